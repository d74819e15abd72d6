import { createHlc } from '../shared/hlc';
import type { CauNoiDatabase } from './database';
import { getDeviceIdentity } from './device';

// This device's hybrid logical clock (src/shared/hlc.ts). The last stamp is kept in the database so
// that a reload, or a tablet whose clock jumps backwards, never issues a stamp lower than one already used.
const KEY = 'hlc:last';

/** The next HLC for a local edit: later than every stamp this device has issued or seen. */
export async function nextHlc(db: CauNoiDatabase, now = Date.now()): Promise<string> {
  const { deviceId } = await getDeviceIdentity(db);
  return db.transaction('rw', db.meta, async () => {
    const last = (await db.meta.get(KEY))?.value as string | undefined;
    const stamp = createHlc(deviceId, { initial: last }).tick(now);
    await db.meta.put({ key: KEY, value: stamp });
    return stamp;
  });
}

/** Moves the clock past a stamp seen in pulled data, so the next local edit sorts after it. */
export async function observeHlc(db: CauNoiDatabase, remote: string, now = Date.now()): Promise<void> {
  const { deviceId } = await getDeviceIdentity(db);
  await db.transaction('rw', db.meta, async () => {
    const last = (await db.meta.get(KEY))?.value as string | undefined;
    try {
      await db.meta.put({ key: KEY, value: createHlc(deviceId, { initial: last }).receive(remote, now) });
    } catch {
      // A stamp from a tablet with a wildly wrong clock is not allowed to drag this clock forward.
    }
  });
}
