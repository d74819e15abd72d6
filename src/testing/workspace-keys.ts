import { setWorkspaceKeys } from '../db/keyring';
import { generateDataKey, openWorkspaceKeys } from '../lib/crypto-keys';

/** Unlocks a workspace with a fresh random key, as a PIN unlock would (tests only). */
export async function openTestWorkspace(userId: string): Promise<void> {
  setWorkspaceKeys(userId, await openWorkspaceKeys(generateDataKey()));
}
