import type { Citizen } from '../domain/citizen/citizen-schema';
import type { PinWrapped, Sealed, Wrapped } from '../lib/crypto-keys';

export type Role = 'staff' | 'officer' | 'admin';
export type CommuneRef = { code: string; name: string };

/** A staff member who has signed in on this device at least once. */
export type ProfileRecord = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  communes: CommuneRef[];
  /**
   * The workspace's data key, wrapped by a key derived from the PIN (PBKDF2-SHA-256) and by the
   * server-held recovery key (issue 8). A PIN that unwraps it is the right PIN: no PIN hash is stored.
   */
  keys?: { byPin?: PinWrapped; byRecovery: Wrapped };
  /** Wrong PINs since the last good one; at 5 the profile needs an online sign-in (as MOSIP does). */
  failedPinAttempts: number;
  lockedUntilOnlineSignIn: boolean;
  refreshToken?: string;
  lastOnlineSignInAt: string;
  lastUnlockAt?: string;
};

export type SyncState = 'pending' | 'sent' | 'attention';

/** The personal part of a citizen record, encrypted under the workspace's data key (issue 8). */
export type CitizenSecret = {
  data: Citizen;
  /** Values that lost a conflict with another device's edit, shown to staff ("changed on another device"). */
  conflicts?: Array<{ field: string; value: unknown; at: string }>;
};

/**
 * A citizen as stored on this device, in one staff member's workspace. Personal fields are sealed
 * (AES-GCM); search reads only the keyed blind indexes beside them (HMAC of normalised name-token
 * prefixes, ID numbers, phone, birth year), never plaintext.
 */
export type CitizenRecord = {
  key: string;
  id: string;
  ownerUserId: string;
  /** Administrative unit, not personal: it scopes what a staff member may see. */
  communeCode: string;
  nameTokens: string[];
  idKey?: string;
  oldIdKey?: string;
  phoneKey?: string;
  birthYear?: string;
  /** Server revision this copy is based on; 0 until the server has it. */
  revision: number;
  syncState: SyncState;
  createdAt: string;
  updatedAt: string;
  sealed: Sealed;
  /** Local ids that turned out to be this person (the server already had them: same ID number). */
  linkedFrom?: string[];
};

/** A citizen record opened with the workspace's key: what screens and sync work with. */
export type CitizenView = Omit<CitizenRecord, 'sealed'> & CitizenSecret;

/** A photo (ID card, portrait, document page, signature), stored once per workspace by content hash. */
export type AttachmentRecord = {
  key: string;
  ownerUserId: string;
  sha256: string;
  mime: string;
  size: number;
  /** The photo encrypted under the workspace's data key (12-byte IV, then AES-GCM ciphertext). */
  blob: Blob;
  /** 1 once the server has acknowledged every byte (IndexedDB cannot index booleans). */
  uploaded: 0 | 1;
  createdAt: string;
};

export type VillageRecord = { id: string; communeCode: string; name: string; createdBy?: string; pending?: boolean };

export const workspaceKey = (ownerUserId: string, id: string): string => `${ownerUserId}:${id}`;
