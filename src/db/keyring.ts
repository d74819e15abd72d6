import type { WorkspaceKeys } from '../lib/crypto-keys';

// The unlocked workspaces' keys, in memory only (issue 8): set by an unlock with the PIN (or an
// online sign-in through the recovery key), dropped when the tablet locks. Nothing here is persisted.
const keyring = new Map<string, WorkspaceKeys>();

export class WorkspaceLockedError extends Error {
  constructor(readonly userId: string) {
    super('This workspace is locked: unlock it with the PIN first');
    this.name = 'WorkspaceLockedError';
  }
}

export function setWorkspaceKeys(userId: string, keys: WorkspaceKeys): void {
  keyring.set(userId, keys);
}

/** Forgets every key (lock, switch user) or one user's. */
export function dropWorkspaceKeys(userId?: string): void {
  if (userId) keyring.delete(userId);
  else keyring.clear();
}

export function workspaceKeys(userId: string): WorkspaceKeys {
  const keys = keyring.get(userId);
  if (!keys) throw new WorkspaceLockedError(userId);
  return keys;
}

export const isWorkspaceOpen = (userId: string): boolean => keyring.has(userId);
