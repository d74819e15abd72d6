import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteSchemas } from './route-schemas';

export type CollectedRoute = { method: string; url: string; schemas: RouteSchemas; authenticated: boolean };

/**
 * Records every route as it is registered (an `onRoute` hook on the root instance sees the routes of every
 * plugin registered after it). Call before any route is added.
 */
export function collectRoutes(app: FastifyInstance): CollectedRoute[] {
  const routes: CollectedRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schemas = route.config?.schemas ?? {};
    const authenticated = schemas.auth ?? (usesAuthenticate(route.onRequest, app) || usesAuthenticate(route.preHandler, app));
    for (const method of methods) routes.push({ method: method.toUpperCase(), url: route.url, schemas, authenticated });
  });
  return routes;
}

function usesAuthenticate(hooks: unknown, app: FastifyInstance): boolean {
  const list: unknown[] = Array.isArray(hooks) ? hooks : [hooks];
  return list.some((hook) => hook !== undefined && hook === app.authenticate);
}
