import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import { readSyncWarningSettings, SYNC_WARNING_DEFAULTS } from '../../db/device-settings';
import { unsentMutations } from '../../db/outbox';
import { readLastSuccess } from '../../db/sync-state';
import { getCitizen } from '../../db/citizens';

export type UnsentItem = { seq: number; entity: string; label: string; state: 'pending' | 'rejected' | 'done'; error?: { code: string; params?: Record<string, unknown> }; createdAt: string; attempts: number };

/** Every unsent item of this workspace with a human label (the citizen's name, the village's name). */
export function useUnsentItems(userId: string): UnsentItem[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const entries = await unsentMutations(db, userId);
    return Promise.all(entries.map(async (entry) => {
      let label = typeof entry.fields.name === 'string' ? entry.fields.name : '';
      if (entry.entity === 'citizen') label = (await getCitizen(db, userId, entry.entityId))?.data.fullName ?? label;
      return { seq: entry.seq!, entity: entry.entity, label, state: entry.state, error: entry.error, createdAt: entry.createdAt, attempts: entry.attempts };
    }));
  }, [userId]);
}

export { useUnsentCount } from './use-unsent-count';

export const useLastSuccess = (userId: string) => useLiveQuery(async () => (await readLastSuccess(getDatabase(), userId)) ?? null, [userId]);

export const useSyncWarningSettings = () => useLiveQuery(() => readSyncWarningSettings(getDatabase()), []) ?? SYNC_WARNING_DEFAULTS;
