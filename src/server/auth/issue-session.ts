import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ensureRecoveryKey } from './recovery-key';
import { ACCESS_TOKEN_TTL_SECONDS, type AccessTokens } from './access-token';
import { REFRESH_TOKEN_TTL_MS, generateRefreshToken, hashRefreshToken } from './refresh-token';
import { toPublicUser, type PublicUser, type UserProfile } from './user-profile';

export type SessionResponse = {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: PublicUser;
  /** Wraps the user's workspace key on devices (issue 8): only ever sent with a fresh session. */
  recoveryKey: string;
};

export type IssueSessionInput = { user: UserProfile; deviceId: string; familyId: string; now: Date };

/** Stores a new refresh token (hash only) in the family and signs an access token for the same device. */
export async function issueSession(
  db: Kysely<Database>,
  accessTokens: AccessTokens,
  { user, deviceId, familyId, now }: IssueSessionInput,
): Promise<SessionResponse> {
  const refreshToken = generateRefreshToken();
  await db
    .insertInto('refresh_tokens')
    .values({
      id: randomUUID(),
      user_id: user.id,
      device_id: deviceId,
      family_id: familyId,
      token_hash: hashRefreshToken(refreshToken),
      expires_at: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS).toISOString(),
      used_at: null,
      revoked_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  const accessToken = await accessTokens.sign({
    userId: user.id,
    role: user.role,
    communes: user.communes.map((c) => c.code),
    deviceId,
  });
  const recoveryKey = await ensureRecoveryKey(db, user.id);
  return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, user: toPublicUser(user), recoveryKey };
}

/** Ends every token of a family: used on sign-out and when a token is replayed or misused. */
export async function revokeFamily(db: Kysely<Database>, familyId: string, now: Date): Promise<void> {
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
}
