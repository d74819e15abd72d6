import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { AppContext } from '../app-context';
import type { UserRole } from '../db/schema';
import { unauthenticated } from '../http/api-error';
import { accountInactive, deviceRevoked } from './auth-errors';

export type AuthenticatedUser = { id: string; role: UserRole; communes: string[]; deviceId: string };

// Declaration merging is the one place an `interface` is needed: Fastify's types are extended this way.
declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    /** Set by `app.authenticate`; null on routes that do not use it. */
    user: AuthenticatedUser | null;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    authenticate: preHandlerAsyncHookHandler;
  }
}

/**
 * Verifies the bearer access token, then checks the database so that revoking a device or deactivating
 * a user takes effect on the next request rather than when the 15-minute token expires.
 */
export function createAuthenticate({ db, accessTokens }: AppContext): preHandlerAsyncHookHandler {
  return async (request) => {
    const match = /^Bearer +([^ ]+)$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1]) throw unauthenticated();
    const claims = await accessTokens.verify(match[1]).catch(() => {
      throw unauthenticated('The access token is invalid or expired.');
    });
    const state = await db
      .selectFrom('users')
      .select((eb) => [
        'users.active',
        eb.selectFrom('devices').select('devices.revoked_at').where('devices.id', '=', claims.deviceId).as('device_revoked_at'),
      ])
      .where('users.id', '=', claims.userId)
      .executeTakeFirst();
    if (!state) throw unauthenticated();
    if (state.device_revoked_at) throw deviceRevoked();
    if (state.active !== 1) throw accountInactive();
    request.user = { id: claims.userId, role: claims.role, communes: claims.communes, deviceId: claims.deviceId };
  };
}

/** The signed-in user of a route protected by `app.authenticate`. */
export function requireUser(request: FastifyRequest): AuthenticatedUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}
