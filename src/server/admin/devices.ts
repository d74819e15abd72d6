import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { notFound } from '../http/api-error';
import type { OfficeUser } from '../office/office-access';
import { manageableStaff } from './staff-accounts';

export type DeviceView = {
  id: string; label: string | null; createdAt: string; lastSeenAt: string; revokedAt: string | null; wipeRequestedAt: string | null;
  /** The last person who signed in on it (tablets are shared). */
  lastUserId: string | null;
};

const COLUMNS = ['id', 'label', 'created_at', 'last_seen_at', 'revoked_at', 'wipe_requested_at', 'user_id'] as const;
const toView = (d: { id: string; label: string | null; created_at: string; last_seen_at: string; revoked_at: string | null; wipe_requested_at: string | null; user_id: string | null }): DeviceView => ({
  id: d.id, label: d.label, createdAt: d.created_at, lastSeenAt: d.last_seen_at, revokedAt: d.revoked_at, wipeRequestedAt: d.wipe_requested_at, lastUserId: d.user_id,
});

/** Every device the user has signed in on (their refresh tokens remember it), newest use first. */
export async function listUserDevices(db: Kysely<Database>, admin: OfficeUser, userId: string): Promise<DeviceView[]> {
  await manageableStaff(db, admin, userId);
  const viaTokens = db.selectFrom('refresh_tokens').select('device_id').where('user_id', '=', userId);
  const rows = await db.selectFrom('devices').select([...COLUMNS])
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('id', 'in', viaTokens)]))
    .orderBy('last_seen_at', 'desc').execute();
  return rows.map(toView);
}

/**
 * A lost or stolen tablet: every token it holds stops working at once (the device is revoked, so even a valid
 * access token is refused on its next request with `device-revoked`), and the app wipes its local data when it
 * next reaches the server. The admin must administer the device's last user.
 */
export async function revokeDevice(db: Kysely<Database>, admin: OfficeUser, deviceId: string, now: Date): Promise<DeviceView> {
  const device = await db.selectFrom('devices').select([...COLUMNS]).where('id', '=', deviceId).executeTakeFirst();
  if (!device?.user_id) throw notFound('No such device.');
  await manageableStaff(db, admin, device.user_id).catch(() => {
    throw notFound('No such device.');
  });
  const at = now.toISOString();
  // Its refresh tokens are left to the refresh route, which refuses them with `device-revoked` (and then revokes
  // them): revoking them here would answer `invalid-refresh-token`, and the app would not know to wipe itself.
  await db.updateTable('devices')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)), wipe_requested_at: eb.fn.coalesce('wipe_requested_at', eb.val(at)) }))
    .where('id', '=', deviceId)
    .execute();
  return toView((await db.selectFrom('devices').select([...COLUMNS]).where('id', '=', deviceId).executeTakeFirstOrThrow()));
}
