import { describe, expect, it } from 'vitest';
import { randomBytes, toBase64 } from '../lib/crypto-keys';
import { saveCitizen, getCitizen } from './citizens';
import { validCitizen } from '../domain/citizen/citizen-fixtures';
import { validateCitizen } from '../domain/citizen/citizen-schema';
import { CauNoiDatabase } from './database';
import { dropWorkspaceKeys, isWorkspaceOpen, WorkspaceLockedError } from './keyring';
import { MAX_PIN_ATTEMPTS, saveSignedInProfile, setProfilePin, unlockProfile } from './profiles';

const user = { userId: 'u1', username: 'canbo.bathuoc', displayName: 'Cán bộ Bá Thước', role: 'staff' as const, communes: [{ code: '14923', name: 'Xã Bá Thước' }] };
const recoveryKey = toBase64(randomBytes(32));
// Few iterations keep the test fast; the logic is the same as with 600,000.
const FAST = 1000;

async function signInWithPin(db: CauNoiDatabase, pin: string) {
  const { rawKey, needsPin } = await saveSignedInProfile(db, user, 'refresh-1', recoveryKey);
  if (needsPin) await setProfilePin(db, user.userId, pin, rawKey, FAST);
}

describe('offline PIN unlock on a shared device', () => {
  it('opens the workspace with the right PIN only, and stores no PIN hash', async () => {
    const db = new CauNoiDatabase(`pin-${crypto.randomUUID()}`);
    await signInWithPin(db, '2468');
    expect(JSON.stringify(await db.profiles.get('u1'))).not.toContain('2468');
    dropWorkspaceKeys();
    expect(await unlockProfile(db, 'u1', '1111')).toEqual({ ok: false, reason: 'wrongPin', attemptsLeft: MAX_PIN_ATTEMPTS - 1 });
    expect(isWorkspaceOpen('u1')).toBe(false);
    expect((await unlockProfile(db, 'u1', '2468')).ok).toBe(true);
    expect(isWorkspaceOpen('u1')).toBe(true);
    expect((await db.profiles.get('u1'))?.failedPinAttempts).toBe(0);
  });

  it('locks after 5 wrong PINs until an online sign-in, which keeps the data through the recovery key', async () => {
    const db = new CauNoiDatabase(`lock-${crypto.randomUUID()}`);
    await signInWithPin(db, '135790');
    const citizen = validateCitizen({ ...validCitizen(), photos: {} });
    if (!citizen.ok) throw new Error('fixture');
    await saveCitizen(db, { ownerUserId: 'u1', citizen: citizen.value, hlc: '1' });
    dropWorkspaceKeys();
    for (let i = 1; i < MAX_PIN_ATTEMPTS; i++) expect((await unlockProfile(db, 'u1', '000000')).ok).toBe(false);
    expect(await unlockProfile(db, 'u1', '000000')).toEqual({ ok: false, reason: 'locked' });
    expect(await unlockProfile(db, 'u1', '135790')).toEqual({ ok: false, reason: 'locked' });
    await expect(getCitizen(db, 'u1', citizen.value.id)).rejects.toBeInstanceOf(WorkspaceLockedError);

    // Online sign-in: the server's recovery key opens the same workspace; a new PIN is chosen.
    const again = await saveSignedInProfile(db, user, 'refresh-2', recoveryKey);
    expect(again.needsPin).toBe(true);
    expect((await getCitizen(db, 'u1', citizen.value.id))?.data.fullName).toBe('Hà Thị Xuân');
    await setProfilePin(db, 'u1', '8642', again.rawKey, FAST);
    dropWorkspaceKeys();
    expect((await unlockProfile(db, 'u1', '8642')).ok).toBe(true);
  });

  it('rejects PINs that are not 4 to 6 digits', async () => {
    const db = new CauNoiDatabase(`bad-${crypto.randomUUID()}`);
    const { rawKey } = await saveSignedInProfile(db, user, 'refresh-1', recoveryKey);
    for (const pin of ['12', '12ab', '1234567']) await expect(setProfilePin(db, 'u1', pin, rawKey, FAST)).rejects.toThrow();
  });
});
