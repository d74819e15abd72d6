import { getDatabase } from '../../db/database';
import { saveAgencyKeys } from '../../db/agency-keys';
import { apiRequest } from '../../lib/api';
import { agencyKeysResponseSchema } from '../../shared/papers';
import { useSyncStatus } from '../../sync/sync-status';

/** Fetches the agencies' public keys and keeps them on the device; quietly does nothing offline. */
export async function refreshAgencyKeys(): Promise<boolean> {
  try {
    const { keys } = agencyKeysResponseSchema.parse(await apiRequest<unknown>('/agency-keys'));
    await saveAgencyKeys(getDatabase(), keys);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keys are synced ahead of time, so a paper can be checked in a village with no signal: at start, whenever the
 * network comes back, and after every successful sync (an agency's key is made with its first paper, and a
 * rotation adds one).
 */
export function startAgencyKeysRefresh(): void {
  if (navigator.onLine) void refreshAgencyKeys();
  addEventListener('online', () => void refreshAgencyKeys());
  useSyncStatus.subscribe((state, previous) => {
    if (state.lastSuccessAt && state.lastSuccessAt !== previous.lastSuccessAt) void refreshAgencyKeys();
  });
}
