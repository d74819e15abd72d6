import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import { dropWorkspaceKeys } from '../../db/keyring';
import { countLocalWork, wipeUserData, type LocalWork } from '../../db/wipe-user-data';
import { endSession } from '../../lib/session';
import { signOutOnline } from '../../sync/session-api';

/** What signing out would lose right now, kept live (a sync finishing in the background updates it). */
export const useLocalWork = (userId: string): LocalWork | undefined =>
  useLiveQuery(() => countLocalWork(getDatabase(), userId), [userId]);

/**
 * Signs this user out of this device: the server first (so a stolen copy of the refresh token is useless),
 * then their data and keys. `wipeUserData` refuses — and deletes nothing — if anything is still unsent.
 */
export async function signOutOfDevice(userId: string): Promise<void> {
  const db = getDatabase();
  await signOutOnline(db, userId);
  await wipeUserData(db, userId);
  dropWorkspaceKeys(userId);
  endSession();
}
