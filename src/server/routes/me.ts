import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { requireUser } from '../auth/authenticate';
import { toPublicUser, loadUserProfile, type PublicUser } from '../auth/user-profile';
import { unauthenticated } from '../http/api-error';

export type MeResponse = { user: PublicUser; deviceId: string };

/** `GET /me`: the signed-in user as stored now (role and communes may have changed since sign-in). */
export function registerMeRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.get('/me', { preHandler: api.authenticate }, async (request): Promise<MeResponse> => {
    const { id, deviceId } = requireUser(request);
    const profile = await loadUserProfile(ctx.db, id);
    if (!profile) throw unauthenticated();
    return { user: toPublicUser(profile), deviceId };
  });
}
