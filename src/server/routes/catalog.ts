import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { CATALOG } from '../../domain/catalog/catalog-data';

// The procedure catalog as versioned data (issue 4): devices keep it offline and pick up a new version
// when the network returns. The ETag is a hash of the content, so an unchanged catalog costs one small
// 304 on a 2G link.
const body = JSON.stringify({ version: CATALOG.version, catalog: CATALOG });
const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** `GET /catalog` — public: the commune's procedures are public information. */
export function registerCatalogRoutes(api: FastifyInstance): void {
  api.get('/catalog', async (request, reply) => {
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
