import { describe, expect, it } from 'vitest';
import {
  blindIndex, generateDataKey, openBlob, openJson, openWorkspaceKeys, randomBytes, sealBlob, sealJson, toBase64,
  unwrapWithPin, unwrapWithRecoveryKey, wrapWithPin, wrapWithRecoveryKey,
} from './crypto-keys';

const FAST = 1000; // the production count (600,000) is asserted in pin.test.ts

describe('per-user keys on a shared device', () => {
  it('wraps the data key under the PIN and under the recovery key; a wrong PIN opens nothing', async () => {
    const dataKey = generateDataKey();
    const byPin = await wrapWithPin(dataKey, '2468', FAST);
    expect(await unwrapWithPin(byPin, '2468')).toEqual(dataKey);
    expect(await unwrapWithPin(byPin, '1357')).toBeNull();
    const recoveryKey = toBase64(randomBytes(32));
    const byRecovery = await wrapWithRecoveryKey(dataKey, recoveryKey);
    expect(await unwrapWithRecoveryKey(byRecovery, recoveryKey)).toEqual(dataKey);
    expect(await unwrapWithRecoveryKey(byRecovery, toBase64(randomBytes(32)))).toBeNull();
  });

  it('seals records and photos so that another user’s key cannot open them', async () => {
    const mine = await openWorkspaceKeys(generateDataKey());
    const theirs = await openWorkspaceKeys(generateDataKey());
    const sealed = await sealJson(mine.dataKey, { fullName: 'Hà Thị Xuân', citizenId: '038195012345' });
    expect(JSON.stringify(sealed)).not.toMatch(/Xuân|038195012345/);
    expect(await openJson(mine.dataKey, sealed)).toEqual({ fullName: 'Hà Thị Xuân', citizenId: '038195012345' });
    await expect(openJson(theirs.dataKey, sealed)).rejects.toThrow();
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 1, 2, 3])], { type: 'image/jpeg' });
    const sealedPhoto = await sealBlob(mine.dataKey, photo);
    expect(new Uint8Array(await (await openBlob(mine.dataKey, sealedPhoto, 'image/jpeg')).arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 1, 2, 3]));
    await expect(openBlob(theirs.dataKey, sealedPhoto, 'image/jpeg')).rejects.toThrow();
  });

  it('seals into one byte array (IV, then ciphertext) and still opens the base64 records of schema version 6', async () => {
    const { dataKey } = await openWorkspaceKeys(generateDataKey());
    const sealed = await sealJson(dataKey, { fullName: 'Lò Văn Pâng' });
    expect(ArrayBuffer.isView(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed)).not.toContain('Pâng');
    const tampered = sealed.slice();
    tampered[tampered.length - 1]! ^= 1;
    await expect(openJson(dataKey, tampered)).rejects.toThrow(); // the GCM tag covers every byte
    // The layout version 6 wrote: base64 IV and ciphertext in an object.
    const iv = randomBytes(12);
    const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, dataKey, new TextEncoder().encode(JSON.stringify({ fullName: 'Hà Thị Xuân' }))));
    expect(await openJson(dataKey, { iv: toBase64(iv), data: toBase64(ciphertext) })).toEqual({ fullName: 'Hà Thị Xuân' });
  });

  it('makes blind indexes that match equal values only, and differ between users', async () => {
    const mine = await openWorkspaceKeys(generateDataKey());
    const theirs = await openWorkspaceKeys(generateDataKey());
    expect(await blindIndex(mine.indexKey, 'xuan')).toBe(await blindIndex(mine.indexKey, 'xuan'));
    expect(await blindIndex(mine.indexKey, 'xuan')).not.toBe(await blindIndex(mine.indexKey, 'xua'));
    expect(await blindIndex(mine.indexKey, 'xuan')).not.toBe(await blindIndex(theirs.indexKey, 'xuan'));
  });
});
