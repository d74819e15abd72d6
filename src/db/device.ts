import type { CauNoiDatabase } from './database';

export type DeviceIdentity = { deviceId: string; shortId: string };

// Letters and digits that cannot be confused when read aloud or copied by hand (no 0/O, 1/I/L).
const SHORT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** This device's id, created once. The short id goes into local dossier references. */
export async function getDeviceIdentity(db: CauNoiDatabase): Promise<DeviceIdentity> {
  return db.transaction('rw', db.meta, async () => {
    const existing = (await db.meta.get('device'))?.value as DeviceIdentity | undefined;
    if (existing) return existing;
    const random = crypto.getRandomValues(new Uint8Array(4));
    const shortId = Array.from(random, (byte) => SHORT_ALPHABET[byte % SHORT_ALPHABET.length]).join('');
    const identity = { deviceId: crypto.randomUUID(), shortId };
    await db.meta.put({ key: 'device', value: identity });
    return identity;
  });
}

/** A per-device counter (local references), advanced inside the caller's transaction when there is one. */
export async function nextDeviceSequence(db: CauNoiDatabase, name: string): Promise<number> {
  return db.transaction('rw', db.meta, async () => {
    const key = `sequence:${name}`;
    const next = (((await db.meta.get(key))?.value as number | undefined) ?? 0) + 1;
    await db.meta.put({ key, value: next });
    return next;
  });
}
