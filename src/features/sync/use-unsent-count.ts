import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import { countUnsent } from '../../db/sync-state';

/** The badge's figure, on every screen: kept apart from the sync screen's code, which loads lazily. */
export const useUnsentCount = (userId: string | undefined): number =>
  useLiveQuery(() => (userId ? countUnsent(getDatabase(), userId) : 0), [userId]) ?? 0;
