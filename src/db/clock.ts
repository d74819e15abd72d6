import type { CauNoiDatabase } from './database';
import { getDeviceIdentity } from './device';

// This device's hybrid logical clock. The last value is kept in the database so that a reload,
// or a tablet whose clock jumps backwards, never issues an HLC lower than one already used.
const KEY = 'hlc:last';

const format = (wall: number, counter: number, node: string) => `${wall.toString().padStart(15, '0')}-${counter.toString().padStart(5, '0')}-${node}`;
const parse = (hlc: string) => {
  const [wall, counter] = hlc.split('-');
  return { wall: Number(wall), counter: Number(counter) };
};

/** The next HLC for a local edit: later than every HLC this device has issued or seen. */
export async function nextHlc(db: CauNoiDatabase, now = Date.now()): Promise<string> {
  const { deviceId } = await getDeviceIdentity(db);
  return db.transaction('rw', db.meta, async () => {
    const last = (await db.meta.get(KEY))?.value as string | undefined;
    const previous = last ? parse(last) : { wall: 0, counter: 0 };
    const next = now > previous.wall ? format(now, 0, deviceId) : format(previous.wall, previous.counter + 1, deviceId);
    await db.meta.put({ key: KEY, value: next });
    return next;
  });
}
