import type { FastifyInstance } from 'fastify';
import type { AgencyKeysResponse } from '../../shared/papers';
import type { AppContext } from '../app-context';
import { describeRoute } from '../openapi/route-schemas';
import { listAgencyPublicKeys } from '../papers/agency-keys';

/**
 * `GET /agency-keys` (public): every receiving agency's public signing keys, retired ones included, for
 * devices to keep and check scanned papers offline. Public keys are not secret; caches must revalidate so a
 * rotation reaches devices.
 */
export function registerAgencyKeyRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.get('/agency-keys', { config: describeRoute({ summary: 'Public keys of receiving agencies', auth: false }) }, async (_request, reply): Promise<AgencyKeysResponse> => {
    void reply.header('cache-control', 'public, no-cache');
    return { keys: await listAgencyPublicKeys(ctx.db) };
  });
}
