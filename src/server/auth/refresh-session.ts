import type { AppContext } from '../app-context';
import {
  accountInactive,
  deviceRevoked,
  invalidRefreshToken,
  refreshTokenReused,
  sessionExpired,
} from './auth-errors';
import { issueSession, revokeFamily, type SessionResponse } from './issue-session';
import { hashRefreshToken } from './refresh-token';
import { loadUserProfile } from './user-profile';

export type RefreshInput = { refreshToken: string; deviceId: string };

/**
 * Rotates a refresh token: the presented one is marked used and a new one joins the same family.
 * A token presented a second time means it was copied (or two tabs raced): the whole family is revoked
 * and the device must sign in again (OAuth 2.0 Security BCP, refresh token rotation).
 */
export async function refreshSession(ctx: AppContext, input: RefreshInput, now = new Date()): Promise<SessionResponse> {
  const { db } = ctx;
  const token = await db
    .selectFrom('refresh_tokens')
    .selectAll()
    .where('token_hash', '=', hashRefreshToken(input.refreshToken))
    .executeTakeFirst();
  if (!token || token.revoked_at) throw invalidRefreshToken();
  if (token.device_id !== input.deviceId) {
    // A token bound to another device is a stolen token.
    await revokeFamily(db, token.family_id, now);
    throw invalidRefreshToken();
  }
  if (token.used_at) {
    await revokeFamily(db, token.family_id, now);
    throw refreshTokenReused();
  }
  if (token.expires_at <= now.toISOString()) throw sessionExpired();

  const device = await db.selectFrom('devices').select('revoked_at').where('id', '=', token.device_id).executeTakeFirst();
  const user = await loadUserProfile(db, token.user_id);
  if (!device || device.revoked_at || !user || !user.active) {
    await revokeFamily(db, token.family_id, now);
    throw !user || !user.active ? accountInactive() : deviceRevoked();
  }

  const session = await db.transaction().execute(async (trx) => {
    // Conditional on `used_at is null`: of two concurrent refreshes with the same token, exactly one wins.
    const marked = await trx
      .updateTable('refresh_tokens')
      .set({ used_at: now.toISOString() })
      .where('id', '=', token.id)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) return undefined;
    await trx.updateTable('devices').set({ last_seen_at: now.toISOString() }).where('id', '=', token.device_id).execute();
    return issueSession(trx, ctx.accessTokens, { user, deviceId: token.device_id, familyId: token.family_id, now });
  });
  if (!session) {
    await revokeFamily(db, token.family_id, now);
    throw refreshTokenReused();
  }
  return session;
}
