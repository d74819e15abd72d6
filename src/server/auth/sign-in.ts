import { randomUUID } from 'node:crypto';
import type { AppContext } from '../app-context';
import { accountInactive, invalidCredentials } from './auth-errors';
import { recordDeviceSignIn } from './devices';
import { issueSession, type SessionResponse } from './issue-session';
import { verifyPassword } from './passwords';
import { loadUserProfile } from './user-profile';

export type SignInInput = { username: string; password: string; deviceId: string; deviceLabel?: string | undefined };

/** Checks the password, binds the device, and opens a new refresh-token family. */
export async function signIn(ctx: AppContext, input: SignInInput, now = new Date()): Promise<SessionResponse> {
  const row = await ctx.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'active'])
    .where('username', '=', input.username)
    .executeTakeFirst();
  // Unknown user and wrong password cost the same argon2 work and get the same answer.
  const passwordOk = await verifyPassword(row?.password_hash ?? (await ctx.dummyPasswordHash()), input.password);
  if (!row || !passwordOk) throw invalidCredentials();
  // Told only after the right password, so it reveals nothing to a guesser.
  if (row.active !== 1) throw accountInactive();

  await recordDeviceSignIn(ctx.db, { deviceId: input.deviceId, userId: row.id, label: input.deviceLabel, now });
  const user = await loadUserProfile(ctx.db, row.id);
  if (!user) throw invalidCredentials();
  return issueSession(ctx.db, ctx.accessTokens, { user, deviceId: input.deviceId, familyId: randomUUID(), now });
}
