import type { FastifyInstance } from 'fastify';
import { CATALOG_BODY, CATALOG_ETAG } from '../catalog/catalog-body';

// The procedure catalog as versioned data (issue 4): devices keep it offline and pick up a new version
// when the network returns, with a conditional request (a 304 when nothing changed).

/** `GET /catalog` — public: the commune's procedures are public information. */
export function registerCatalogRoutes(api: FastifyInstance): void {
  api.get('/catalog', async (request, reply) => {
    void reply.header('etag', CATALOG_ETAG).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === CATALOG_ETAG) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(CATALOG_BODY);
  });
}
