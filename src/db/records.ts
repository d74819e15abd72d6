import type { Citizen } from '../domain/citizen/citizen-schema';
import type { PinWrapped, Sealed, Wrapped } from '../lib/crypto-keys';

/** `citizen`: a villager's own account on their own phone (issue 7 §7); its workspace holds only their own work. */
export type Role = 'staff' | 'officer' | 'admin' | 'citizen';
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
 * The keyed blind indexes stored beside a sealed citizen (src/db/citizen-index.ts derives them): HMACs of
 * normalised values under the workspace's index key, never plaintext.
 */
export type CitizenIndexColumns = {
  /** One blind per folded name token ("nguyen", "van", "an"). */
  tokenKeys: string[];
  /** One key per unordered pair of those tokens, made from their blinds: two-word searches read few keys. */
  pairKeys: string[];
  idKey?: string;
  oldIdKey?: string;
  phoneKey?: string;
  birthYear?: string;
};

/**
 * A citizen as stored on this device, in one staff member's workspace. Personal fields are sealed
 * (AES-GCM); search reads only the keyed blind indexes beside them, never plaintext.
 */
export type CitizenRecord = CitizenIndexColumns & {
  key: string;
  id: string;
  ownerUserId: string;
  /** Administrative unit, not personal: it scopes what a staff member may see. */
  communeCode: string;
  /** Server revision this copy is based on; 0 until the server has it. */
  revision: number;
  syncState: SyncState;
  createdAt: string;
  updatedAt: string;
  sealed: Sealed;
  /** Local ids that turned out to be this person (the server already had them: same ID number). */
  linkedFrom?: string[];
};

/** A citizen record opened with the workspace's key: what screens and sync work with (indexes are recomputed on sealing). */
export type CitizenView = Omit<CitizenRecord, 'sealed' | keyof CitizenIndexColumns> & CitizenSecret;

/**
 * A name token known in one workspace, by its blind (key = ownerUserId:blind), with the blinds of its
 * prefixes: a typed prefix ("ngu") finds the whole tokens it starts ("nguyen", "nguyet") here, then the
 * citizens through their token and pair keys. Written before the citizens that use the token; a token
 * no citizen uses any more only costs an empty look-up.
 */
export type SearchTokenRecord = { key: string; prefixKeys: string[] };

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
