import type { FastifyInstance } from 'fastify';
import { claimHandoverSchema, createHandoverSchema } from '../../domain/dossier/handover';
import { requireUser } from '../auth/authenticate';
import { claimHandover } from '../handovers/claim-handover';
import { createHandover } from '../handovers/create-handover';
import { parseBody } from '../http/parse-request';
import { describeRoute } from '../openapi/route-schemas';
import type { SyncContext } from '../sync/sync-context';

/** `POST /handovers` (a draft leaves a device, 201 with its code), `POST /handovers/claim` (it arrives on another). */
export function registerHandoverRoutes(api: FastifyInstance, ctx: SyncContext): void {
  api.post('/handovers', { config: describeRoute({ body: createHandoverSchema }), preHandler: api.authenticate }, async (request, reply) => {
    const created = await createHandover(ctx, requireUser(request), parseBody(createHandoverSchema, request.body));
    return reply.code(201).send(created);
  });

  api.post('/handovers/claim', { config: describeRoute({ body: claimHandoverSchema }), preHandler: api.authenticate }, async (request) =>
    claimHandover(ctx, requireUser(request), parseBody(claimHandoverSchema, request.body).code),
  );
}
