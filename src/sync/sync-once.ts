import type { CauNoiDatabase } from '../db/database';
import { writeLastSuccess } from '../db/sync-state';
import { refreshIntegrityMirror } from '../db/integrity';
import { ApiError } from '../lib/api';
import { ensureAccessToken } from './session-api';
import { pullServerChanges } from './pull-server-changes';
import { pushOutbox } from './push-outbox';
import { pullCatalog } from './pull-catalog';
import { pullDeviceSettings } from './pull-device-settings';
import { uploadPendingAttachments } from './upload-pending-attachments';
import { useSyncStatus } from './sync-status';

/**
 * One full sync for the signed-in user: photos first, then records, then what changed on the server,
 * then the procedure catalog if it has a new version. With nothing to send and nothing new, that is one
 * request: the pull (issue 5: an empty incremental sync is one round trip).
 * "Synced" is recorded only when all three finished; any failure leaves everything in the outbox.
 */
export async function syncOnce(db: CauNoiDatabase, userId: string): Promise<void> {
  const token = () => ensureAccessToken(db, userId);
  try {
    await uploadPendingAttachments(db, userId, token);
    await pushOutbox(db, userId, token);
    const pulled = await pullServerChanges(db, userId, token);
    await pullCatalog(db, userId, pulled.resources?.catalog);
    // Not worth failing a sync for: the last known settings stay in force until the next try.
    await pullDeviceSettings(db, token, pulled.resources?.settings).catch((error: unknown) => console.warn('device settings not refreshed', error));
    const now = new Date().toISOString();
    await writeLastSuccess(db, userId, now);
    await refreshIntegrityMirror(db);
    useSyncStatus.setState({ phase: 'idle', lastSuccessAt: now, lastError: undefined });
  } catch (error) {
    const code = error instanceof ApiError ? error.code : (error as { name?: string } | null)?.name === 'QuotaExceededError' ? 'quota' : 'unknown';
    useSyncStatus.setState({ phase: 'idle', lastError: code });
    throw error;
  }
}
