import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { citizenAccountSchema } from '../../domain/citizen/citizen-account';
import type { AppContext } from '../app-context';
import { createCitizenAccount } from '../citizen/create-citizen-account';
import { parseBody } from '../http/parse-request';
import { describeRoute } from '../openapi/route-schemas';
import type { SyncContext } from '../sync/sync-context';
import { deviceId, limitBy, type AuthRateLimit } from './auth';

const createAccountBody = citizenAccountSchema.extend({ deviceId, deviceLabel: z.string().trim().min(1).max(100).optional() });

/**
 * `POST /citizen-accounts`: a citizen creates their own account on their own phone and is signed in (201).
 * Rate limited like sign-in, per IP and phone number, so nobody can probe which numbers have accounts.
 */
export function registerCitizenAccountRoutes(api: FastifyInstance, ctx: AppContext, sync: SyncContext, rateLimit: AuthRateLimit | false): void {
  api.post('/citizen-accounts', { config: { ...limitBy(rateLimit, 'phone'), ...describeRoute({ body: createAccountBody, auth: false }) } }, async (request, reply) => {
    const session = await createCitizenAccount(ctx, sync, parseBody(createAccountBody, request.body));
    return reply.code(201).send(session);
  });
}
