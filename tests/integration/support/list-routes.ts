import type { FastifyInstance } from 'fastify';

export type RegisteredRoute = { method: string; url: string };

/**
 * Every route the app registered, read from Fastify's own route tree (`printRoutes`), so that a route added
 * tomorrow is in the list without anyone remembering to add it. Each line of the tree is a path segment under
 * its parent (four characters of indent per level) with the methods that end there.
 */
export function listRoutes(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const parent = depth > 0 ? stack[depth - 1]! : '';
    const label = match[2]!;
    // A wildcard is printed as `*` under its parent without the slash before it (`/uploads` → `*`).
    const url = label === '*' && parent !== '' && !parent.endsWith('/') ? `${parent}/*` : parent + label;
    stack[depth] = url;
    stack.length = depth + 1;
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method, url });
  }
  return routes;
}
