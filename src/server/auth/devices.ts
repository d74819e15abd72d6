import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { deviceRevoked } from './auth-errors';

export type DeviceSignIn = { deviceId: string; userId: string; label?: string | undefined; now: Date };

/**
 * Registers the device on first sign-in, or records who uses it now: tablets are shared within a commune
 * office (shared/reference/anchors.md, "several operators per device"). A revoked device stays revoked.
 */
export async function recordDeviceSignIn(db: Kysely<Database>, { deviceId, userId, label, now }: DeviceSignIn) {
  const at = now.toISOString();
  const existing = await db.selectFrom('devices').select(['revoked_at']).where('id', '=', deviceId).executeTakeFirst();
  if (existing?.revoked_at) throw deviceRevoked();
  if (existing) {
    await db
      .updateTable('devices')
      .set({ user_id: userId, last_seen_at: at, ...(label ? { label } : {}) })
      .where('id', '=', deviceId)
      .execute();
    return;
  }
  await db
    .insertInto('devices')
    .values({
      id: deviceId,
      user_id: userId,
      label: label ?? null,
      created_at: at,
      last_seen_at: at,
      revoked_at: null,
      wipe_requested_at: null,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet({ user_id: userId, last_seen_at: at }))
    .execute();
}
