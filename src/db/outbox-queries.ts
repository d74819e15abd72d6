import type { CauNoiDatabase } from './database';
import type { OutboxEntry } from './types';

// Queue look-ups that need no key: kept apart from outbox.ts (which seals and opens entries) so that the
// badge counting unsent work on every screen does not pull the crypto code onto the 2G critical path.

/** Pending entries of one workspace, in queue order, read through [ownerUserId+state]: done ones are never read. */
export function pendingEntries(db: CauNoiDatabase, ownerUserId: string): Promise<OutboxEntry[]> {
  return db.outbox.where('[ownerUserId+state]').equals([ownerUserId, 'pending']).toArray();
}

const UNSENT_STATES = (ownerUserId: string): Array<[string, string]> => [[ownerUserId, 'pending'], [ownerUserId, 'rejected']];

/** Entries the server has not acknowledged (pending or needing attention), in queue order. */
export async function unsentEntries(db: CauNoiDatabase, ownerUserId: string): Promise<OutboxEntry[]> {
  return (await db.outbox.where('[ownerUserId+state]').anyOf(UNSENT_STATES(ownerUserId)).toArray()).sort((a, b) => a.seq! - b.seq!);
}

export function countUnsentEntries(db: CauNoiDatabase, ownerUserId: string): Promise<number> {
  return db.outbox.where('[ownerUserId+state]').anyOf(UNSENT_STATES(ownerUserId)).count();
}
