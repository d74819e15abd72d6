import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { revokeFamily } from './issue-session';
import { hashRefreshToken } from './refresh-token';

/**
 * Revokes the family of the given refresh token. Needs no access token, so a device that has been offline
 * past its access token's 15 minutes can still sign out. Unknown tokens are ignored: signing out twice is fine.
 */
export async function signOut(db: Kysely<Database>, refreshToken: string, now = new Date()): Promise<void> {
  const token = await db
    .selectFrom('refresh_tokens')
    .select('family_id')
    .where('token_hash', '=', hashRefreshToken(refreshToken))
    .executeTakeFirst();
  if (token) await revokeFamily(db, token.family_id, now);
}
