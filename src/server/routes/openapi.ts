import type { FastifyInstance } from 'fastify';
import { buildOpenApi, type OpenApiDocument } from '../openapi/build-openapi';
import type { CollectedRoute } from '../openapi/collect-routes';

/** `GET /openapi.json` — public: the description of every route the app registered. */
export function registerOpenApiRoute(api: FastifyInstance, routes: readonly CollectedRoute[], version: string): void {
  let document: OpenApiDocument | undefined;
  // Built on first request: by then every route, including those registered after this one, is known.
  api.get('/openapi.json', () => (document ??= buildOpenApi(routes.filter((r) => r.url.startsWith('/api/')), version)));
}
