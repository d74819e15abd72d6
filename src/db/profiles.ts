import {
  generateDataKey, openWorkspaceKeys, unwrapWithPin, unwrapWithRecoveryKey, wrapWithPin, wrapWithRecoveryKey,
} from '../lib/crypto-keys';
import { PIN_PATTERN } from '../lib/pin';
import type { CauNoiDatabase } from './database';
import { dropWorkspaceKeys, setWorkspaceKeys } from './keyring';
import type { ProfileRecord } from './records';

/** Five wrong PINs lock a profile until its owner signs in online again (anchors.md: MOSIP). */
export const MAX_PIN_ATTEMPTS = 5;

export type SignedInUser = Pick<ProfileRecord, 'userId' | 'username' | 'displayName' | 'role' | 'communes'>;

/**
 * Records an online sign-in. The server's recovery key opens the workspace's data key (or a new key is
 * made on a first sign-in), so a forgotten or locked PIN never costs the data: the person signs in
 * online and chooses a new PIN. Returns the raw key for that PIN step only; it is not kept.
 */
export async function saveSignedInProfile(db: CauNoiDatabase, user: SignedInUser, refreshToken: string, recoveryKey: string, now = new Date()):
  Promise<{ profile: ProfileRecord; rawKey: Uint8Array<ArrayBuffer>; needsPin: boolean }> {
  const existing = await db.profiles.get(user.userId);
  let rawKey = existing?.keys ? await unwrapWithRecoveryKey(existing.keys.byRecovery, recoveryKey) : null;
  // No key yet, or the server's recovery key no longer opens it (an admin reset): start a new workspace key.
  const fresh = !rawKey;
  rawKey ??= generateDataKey();
  const keys = fresh ? { byRecovery: await wrapWithRecoveryKey(rawKey, recoveryKey) } : existing!.keys!;
  const profile: ProfileRecord = {
    ...existing, ...user, keys, refreshToken,
    failedPinAttempts: 0, lockedUntilOnlineSignIn: false, lastOnlineSignInAt: now.toISOString(),
  };
  await db.profiles.put(profile);
  setWorkspaceKeys(user.userId, await openWorkspaceKeys(rawKey));
  return { profile, rawKey, needsPin: !keys.byPin || Boolean(existing?.lockedUntilOnlineSignIn) };
}

/** Wraps the workspace key under a new PIN (after an online sign-in, which provided the raw key). */
export async function setProfilePin(db: CauNoiDatabase, userId: string, pin: string, rawKey: Uint8Array<ArrayBuffer>, iterations?: number): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 6 digits');
  const byPin = await wrapWithPin(rawKey, pin, iterations);
  await db.transaction('rw', db.profiles, async () => {
    const profile = await db.profiles.get(userId);
    if (!profile?.keys) throw new Error('no workspace key to protect');
    await db.profiles.put({ ...profile, keys: { ...profile.keys, byPin }, failedPinAttempts: 0 });
  });
}

export type UnlockResult =
  | { ok: true; profile: ProfileRecord }
  | { ok: false; reason: 'wrongPin'; attemptsLeft: number }
  | { ok: false; reason: 'locked' | 'noPin' | 'unknownProfile' };

/** Offline unlock: the PIN opens the workspace key, which then lives in memory until the next lock. */
export async function unlockProfile(db: CauNoiDatabase, userId: string, pin: string, now = new Date()): Promise<UnlockResult> {
  const profile = await db.profiles.get(userId);
  if (!profile) return { ok: false, reason: 'unknownProfile' };
  if (profile.lockedUntilOnlineSignIn) return { ok: false, reason: 'locked' };
  if (!profile.keys?.byPin) return { ok: false, reason: 'noPin' };
  const rawKey = await unwrapWithPin(profile.keys.byPin, pin);
  if (rawKey) {
    setWorkspaceKeys(userId, await openWorkspaceKeys(rawKey));
    const unlocked = { ...profile, failedPinAttempts: 0, lastUnlockAt: now.toISOString() };
    await db.profiles.put(unlocked);
    return { ok: true, profile: unlocked };
  }
  dropWorkspaceKeys(userId);
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
