import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError, notFound } from './api-error';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html, sw.js, registerSW.js and manifest.webmanifest must be revalidated on every load, or a
// device would keep running an old app version after an update.
const REVALIDATE = 'no-cache';

/** `/citizens/42` is an app route; `/favicon.ico` or anything under `/assets/` is a file. */
const looksLikeFile = (pathname: string) => pathname.startsWith('/assets/') || /\.[a-z0-9]{1,12}$/i.test(pathname);

/**
 * Serves the built app: hashed files under /assets/ are cached forever, everything else is revalidated,
 * and unknown GETs that are not files fall back to index.html so the client router can handle them.
 * Unknown /api/* answers a JSON 404.
 */
export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<void> {
  const root = resolve(staticDir);
  const hasApp = existsSync(resolve(root, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, {
      root,
      cacheControl: false,
      // The build writes brotli (quality 11) and gzip next to each asset: sent as they are, smaller than
      // what the compress plugin makes on the fly, at no CPU cost per request (issue 9 §2–§3).
      preCompressed: true,
      setHeaders: (reply: FastifyReply, path: string) => {
        const inAssets = relative(root, path).startsWith(`assets${sep}`);
        void reply.header('cache-control', inAssets ? IMMUTABLE : REVALIDATE);
      },
    });
  } else {
    app.log.warn({ staticDir: root }, 'no built app found (run `npm run build`): only the API is served');
  }

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPageRequest = request.method === 'GET' || request.method === 'HEAD';
    if (pathname === '/api' || pathname.startsWith('/api/') || !isPageRequest || looksLikeFile(pathname)) {
      throw notFound();
    }
    if (!hasApp) throw new ApiError(404, 'not-found', 'The app is not built on this server.');
    return reply.header('cache-control', REVALIDATE).sendFile('index.html');
  });
}
