import type { CauNoiDatabase } from '../db/database';
import { deleteExpiredDrafts, writeDraftRetentionDays } from '../db/drafts';
import { isValidRetentionDays } from '../domain/privacy/retention';
import { apiRequest } from '../lib/api';

const FETCHED_KEY = 'settings:deviceSettingsFetchedAt';
const TAG_KEY = 'settings:deviceSettingsTag';
/** Without a tag from the pull (an older server), settings are asked at most this often. */
export const DEVICE_SETTINGS_INTERVAL_MS = 6 * 3600_000;

/**
 * Picks up the settings an administrator set on the server (issue 8 §4: how long drafts never submitted are
 * kept) and applies them at once: drafts now past the new period are deleted. Returns whether it asked.
 */
export async function pullDeviceSettings(db: CauNoiDatabase, token: () => Promise<string>, serverTag?: string, now = new Date()): Promise<boolean> {
  // The pull said which settings the server has (its `resources.settings` tag): no request when they are ours,
  // so an empty sync stays one round trip (issue 5).
  if (serverTag !== undefined) {
    if ((await db.meta.get(TAG_KEY))?.value === serverTag) return false;
  } else {
    const fetchedAt = (await db.meta.get(FETCHED_KEY))?.value;
    if (typeof fetchedAt === 'string' && now.getTime() - Date.parse(fetchedAt) < DEVICE_SETTINGS_INTERVAL_MS) return false;
  }
  const { settings } = await apiRequest<{ settings: { draftRetentionDays: unknown } }>('/settings/device', { token: await token() });
  if (isValidRetentionDays(settings.draftRetentionDays)) {
    await writeDraftRetentionDays(db, settings.draftRetentionDays);
    await deleteExpiredDrafts(db, now);
  }
  await db.meta.put({ key: FETCHED_KEY, value: now.toISOString() });
  if (serverTag !== undefined) await db.meta.put({ key: TAG_KEY, value: serverTag });
  return true;
}
