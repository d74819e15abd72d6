import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The user's recovery key (issue 8), created on first use. It is sent only inside a fresh session, over
 * the same channel as the tokens, and lets a device reopen the user's workspace after an online sign-in.
 */
export async function ensureRecoveryKey(db: Kysely<Database>, userId: string): Promise<string> {
  // Conditional update: two first sign-ins at once agree on one key.
  await db.updateTable('users').set({ recovery_key: randomBytes(32).toString('base64') }).where('id', '=', userId).where('recovery_key', 'is', null).execute();
  const row = await db.selectFrom('users').select('recovery_key').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.recovery_key!;
}
