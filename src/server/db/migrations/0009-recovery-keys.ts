import type { Kysely } from 'kysely';

// Issue 8: each user's workspace key on a device is also wrapped by a recovery key that only the server
// holds, so a forgotten or locked PIN costs no data: the person signs in online and sets a new PIN.
// Created on the user's first sign-in; null until then.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('recovery_key', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('recovery_key').execute();
}
