import type { AgencyPublicKey } from '../shared/papers';
import type { CauNoiDatabase } from './database';

// The receiving agencies' public keys, kept on the device (meta) so a scanned paper verifies with no network.
const KEY = 'agencyKeys';

export type StoredAgencyKeys = { keys: AgencyPublicKey[]; fetchedAt: string };

export async function getAgencyKeys(db: CauNoiDatabase): Promise<StoredAgencyKeys | undefined> {
  return (await db.meta.get(KEY))?.value as StoredAgencyKeys | undefined;
}

/** Replaces the kept list with the server's: a key the server withdrew must stop verifying here too. */
export async function saveAgencyKeys(db: CauNoiDatabase, keys: AgencyPublicKey[], now = new Date()): Promise<void> {
  await db.meta.put({ key: KEY, value: { keys, fetchedAt: now.toISOString() } satisfies StoredAgencyKeys });
}
