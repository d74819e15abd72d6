import type { CauNoiDatabase } from './database';
import { MIRROR_KEY } from './integrity-key';

/**
 * Erases everything this device keeps (a revoked, lost tablet): the whole database — citizens, dossiers,
 * photos, the outbox, the device's identity. The integrity mirror goes too, so the next start does not report
 * a deliberate wipe as the browser losing data.
 */
export async function wipeLocalData(db: CauNoiDatabase): Promise<void> {
  await db.delete();
  try {
    localStorage.removeItem(MIRROR_KEY);
  } catch {
    // Storage blocked: the database is gone all the same.
  }
}
