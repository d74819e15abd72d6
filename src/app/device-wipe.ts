import { getDatabase } from '../db/database';
import { wipeLocalData } from '../db/wipe-device';
import { onDeviceRevoked } from '../lib/api';
import { endSession } from '../lib/session';

const WIPED_KEY = 'caunoi.deviceWiped';

/**
 * A revoked tablet (reported lost) wipes itself at its next contact with the server: the first answer
 * `device-revoked` deletes the local database, and the app restarts empty with a plain message.
 */
export function installDeviceWipe(): void {
  let wiping = false;
  onDeviceRevoked(() => {
    if (wiping) return;
    wiping = true;
    endSession();
    void wipeLocalData(getDatabase())
      .catch((error: unknown) => console.error('wiping the revoked device failed', error))
      .finally(() => {
        try {
          localStorage.setItem(WIPED_KEY, new Date().toISOString());
        } catch {
          // The message is lost, the data is still gone.
        }
        // A fresh start: nothing of the old session stays in memory.
        location.replace('/');
      });
  });
}

export function deviceWipedAt(): string | undefined {
  try {
    return localStorage.getItem(WIPED_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function acknowledgeDeviceWipe(): void {
  try {
    localStorage.removeItem(WIPED_KEY);
  } catch {
    // Nothing to do.
  }
}
