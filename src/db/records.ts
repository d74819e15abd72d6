import type { Citizen } from '../domain/citizen/citizen-schema';

export type Role = 'staff' | 'officer' | 'admin';
export type CommuneRef = { code: string; name: string };

/** PBKDF2-SHA-256 verifier of a staff member's PIN; the PIN itself is never stored. */
export type PinVerifier = { salt: string; hash: string; iterations: number };

/** A staff member who has signed in on this device at least once. */
export type ProfileRecord = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  communes: CommuneRef[];
  pin?: PinVerifier;
  /** Wrong PINs since the last good one; at 5 the profile needs an online sign-in (as MOSIP does). */
  failedPinAttempts: number;
  lockedUntilOnlineSignIn: boolean;
  refreshToken?: string;
  lastOnlineSignInAt: string;
  lastUnlockAt?: string;
};

export type SyncState = 'pending' | 'sent' | 'attention';

/**
 * A citizen as stored on this device, in one staff member's workspace.
 * `data` holds the personal fields; search only reads the derived index fields beside it, so the
 * security work can encrypt `data` without touching search.
 */
export type CitizenRecord = {
  key: string;
  id: string;
  ownerUserId: string;
  communeCode: string;
  nameTokens: string[];
  idKey?: string;
  oldIdKey?: string;
  phoneKey?: string;
  birthYear?: number;
  /** Server revision this copy is based on; 0 until the server has it. */
  revision: number;
  syncState: SyncState;
  createdAt: string;
  updatedAt: string;
  data: Citizen;
  /** Values that lost a conflict with another device's edit, shown to staff ("changed on another device"). */
  conflicts?: Array<{ field: string; value: unknown; at: string }>;
  /** Local ids that turned out to be this person (the server already had them: same ID number). */
  linkedFrom?: string[];
};

/** A photo (ID card, portrait, document page, signature), stored once per workspace by content hash. */
export type AttachmentRecord = {
  key: string;
  ownerUserId: string;
  sha256: string;
  mime: string;
  size: number;
  blob: Blob;
  /** 1 once the server has acknowledged every byte (IndexedDB cannot index booleans). */
  uploaded: 0 | 1;
  createdAt: string;
};

export type VillageRecord = { id: string; communeCode: string; name: string; createdBy?: string; pending?: boolean };

export const workspaceKey = (ownerUserId: string, id: string): string => `${ownerUserId}:${id}`;
