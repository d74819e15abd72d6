import { describe, expect, it } from 'vitest';
import { CauNoiDatabase } from './database';
import { MAX_PIN_ATTEMPTS, saveSignedInProfile, setProfilePin, unlockProfile } from './profiles';

const user = { userId: 'u1', username: 'canbo.bathuoc', displayName: 'Cán bộ Bá Thước', role: 'staff' as const, communes: [{ code: '14923', name: 'Xã Bá Thước' }] };
// Few iterations keep the test fast; the PIN logic is the same.
const FAST = 1000;

describe('offline PIN unlock on a shared device', () => {
  it('unlocks with the right PIN and refuses a wrong one, counting attempts', async () => {
    const db = new CauNoiDatabase(`pin-${crypto.randomUUID()}`);
    await saveSignedInProfile(db, user, 'refresh-1');
    await setProfilePin(db, 'u1', '2468', FAST);
    expect((await db.profiles.get('u1'))?.pin?.hash).not.toContain('2468');
    expect(await unlockProfile(db, 'u1', '1111')).toEqual({ ok: false, reason: 'wrongPin', attemptsLeft: MAX_PIN_ATTEMPTS - 1 });
    const good = await unlockProfile(db, 'u1', '2468');
    expect(good.ok).toBe(true);
    expect((await db.profiles.get('u1'))?.failedPinAttempts).toBe(0);
  });

  it('locks the profile after 5 wrong PINs until an online sign-in', async () => {
    const db = new CauNoiDatabase(`lock-${crypto.randomUUID()}`);
    await saveSignedInProfile(db, user, 'refresh-1');
    await setProfilePin(db, 'u1', '135790', FAST);
    for (let i = 1; i < MAX_PIN_ATTEMPTS; i++) expect((await unlockProfile(db, 'u1', '000000')).ok).toBe(false);
    expect(await unlockProfile(db, 'u1', '000000')).toEqual({ ok: false, reason: 'locked' });
    // Even the right PIN no longer opens it.
    expect(await unlockProfile(db, 'u1', '135790')).toEqual({ ok: false, reason: 'locked' });
    await saveSignedInProfile(db, user, 'refresh-2');
    expect((await unlockProfile(db, 'u1', '135790')).ok).toBe(true);
  });

  it('rejects PINs that are not 4 to 6 digits', async () => {
    const db = new CauNoiDatabase(`bad-${crypto.randomUUID()}`);
    await saveSignedInProfile(db, user, 'refresh-1');
    await expect(setProfilePin(db, 'u1', '12', FAST)).rejects.toThrow();
    await expect(setProfilePin(db, 'u1', '12ab', FAST)).rejects.toThrow();
    await expect(setProfilePin(db, 'u1', '1234567', FAST)).rejects.toThrow();
  });
});
