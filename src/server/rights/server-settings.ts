import type { Kysely } from 'kysely';
import { DRAFT_RETENTION, isValidRetentionDays } from '../../domain/privacy/retention';
import type { Database } from '../db/schema';

const DRAFT_RETENTION_KEY = 'draftRetentionDays';

/** Settings every signed-in device applies (delivered by GET /settings/device). */
export type DeviceSettings = { draftRetentionDays: number };

export async function readDeviceSettings(db: Kysely<Database>): Promise<DeviceSettings> {
  const row = await db.selectFrom('server_settings').select('value').where('key', '=', DRAFT_RETENTION_KEY).executeTakeFirst();
  const value: unknown = row ? JSON.parse(row.value) : undefined;
  return { draftRetentionDays: isValidRetentionDays(value) ? value : DRAFT_RETENTION.defaultDays };
}

export async function writeDraftRetentionDays(db: Kysely<Database>, days: number, userId: string, now: Date): Promise<void> {
  if (!isValidRetentionDays(days)) throw new RangeError(`retention must be ${DRAFT_RETENTION.minDays}–${DRAFT_RETENTION.maxDays} days`);
  await db.insertInto('server_settings')
    .values({ key: DRAFT_RETENTION_KEY, value: JSON.stringify(days), updated_by: userId, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(days), updated_by: userId, updated_at: now.toISOString() }))
    .execute();
}

/** A short tag of the settings, sent with every last pull page: a device asks for them only when it changed. */
export function deviceSettingsTag(settings: DeviceSettings): string {
  return `r${settings.draftRetentionDays}`;
}
