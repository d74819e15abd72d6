import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import { listProfiles, setProfilePin, unlockProfile, type UnlockResult } from '../../db/profiles';
import type { ProfileRecord } from '../../db/records';
import { startSession } from '../../lib/session';
import { createCitizenAccountOnline, signInOnline, type CitizenAccountInput, type OnlineSignIn } from '../../sync/session-api';

export const useProfiles = (): ProfileRecord[] | undefined => useLiveQuery(() => listProfiles(getDatabase()), []);

export const signIn = (username: string, password: string): Promise<OnlineSignIn> => signInOnline(getDatabase(), username, password);

export const createCitizenAccount = (input: CitizenAccountInput): Promise<OnlineSignIn> => createCitizenAccountOnline(getDatabase(), input);

export const choosePin = (userId: string, pin: string, rawKey: Uint8Array<ArrayBuffer>): Promise<void> => setProfilePin(getDatabase(), userId, pin, rawKey);

export function openSession(profile: ProfileRecord): void {
  const { userId, username, displayName, role, communes } = profile;
  startSession({ userId, username, displayName, role, communes });
}

export async function unlock(userId: string, pin: string): Promise<UnlockResult> {
  const result = await unlockProfile(getDatabase(), userId, pin);
  if (result.ok) openSession(result.profile);
  return result;
}
