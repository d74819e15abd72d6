import { checkPin, createPinVerifier, PIN_PATTERN } from '../lib/pin';
import type { CauNoiDatabase } from './database';
import type { ProfileRecord } from './records';

/** Five wrong PINs lock a profile until its owner signs in online again (anchors.md: MOSIP). */
export const MAX_PIN_ATTEMPTS = 5;

export type SignedInUser = Pick<ProfileRecord, 'userId' | 'username' | 'displayName' | 'role' | 'communes'>;

/** Records an online sign-in: the profile is unlocked again and its wrong-PIN count reset. */
export async function saveSignedInProfile(db: CauNoiDatabase, user: SignedInUser, refreshToken: string, now = new Date()): Promise<ProfileRecord> {
  return db.transaction('rw', db.profiles, async () => {
    const existing = await db.profiles.get(user.userId);
    const profile: ProfileRecord = {
      ...existing,
      ...user,
      refreshToken,
      failedPinAttempts: 0,
      lockedUntilOnlineSignIn: false,
      lastOnlineSignInAt: now.toISOString(),
    };
    await db.profiles.put(profile);
    return profile;
  });
}

export async function setProfilePin(db: CauNoiDatabase, userId: string, pin: string, iterations?: number): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 6 digits');
  const verifier = await createPinVerifier(pin, iterations);
  await db.profiles.update(userId, { pin: verifier, failedPinAttempts: 0 });
}

export type UnlockResult =
  | { ok: true; profile: ProfileRecord }
  | { ok: false; reason: 'wrongPin'; attemptsLeft: number }
  | { ok: false; reason: 'locked' | 'noPin' | 'unknownProfile' };

export async function unlockProfile(db: CauNoiDatabase, userId: string, pin: string, now = new Date()): Promise<UnlockResult> {
  const profile = await db.profiles.get(userId);
  if (!profile) return { ok: false, reason: 'unknownProfile' };
  if (profile.lockedUntilOnlineSignIn) return { ok: false, reason: 'locked' };
  if (!profile.pin) return { ok: false, reason: 'noPin' };
  if (await checkPin(pin, profile.pin)) {
    const unlocked = { ...profile, failedPinAttempts: 0, lastUnlockAt: now.toISOString() };
    await db.profiles.put(unlocked);
    return { ok: true, profile: unlocked };
  }
  // Count the failure in a transaction of its own, so two quick attempts cannot both read the old count.
  return db.transaction('rw', db.profiles, async () => {
    const current = (await db.profiles.get(userId))!;
    const failedPinAttempts = current.failedPinAttempts + 1;
    const locked = failedPinAttempts >= MAX_PIN_ATTEMPTS;
    await db.profiles.update(userId, { failedPinAttempts, lockedUntilOnlineSignIn: locked });
    return locked ? { ok: false, reason: 'locked' as const } : { ok: false, reason: 'wrongPin' as const, attemptsLeft: MAX_PIN_ATTEMPTS - failedPinAttempts };
  });
}

export async function listProfiles(db: CauNoiDatabase): Promise<ProfileRecord[]> {
  return (await db.profiles.toArray()).sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
}
