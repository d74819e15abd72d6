import type { CauNoiDatabase } from './database';
import { getDeviceIdentity, nextDeviceSequence } from './device';
import type { OutboxEntry } from './types';

export type NewMutation = Pick<OutboxEntry, 'ownerUserId' | 'entity' | 'op' | 'entityId' | 'baseRevision' | 'fields' | 'hlc'>;

/**
 * Queues a mutation. Must be called inside the transaction that writes the record itself (STYLE.md
 * habit 2): the record and its outbox entry are saved together or not at all.
 */
export async function enqueueMutation(db: CauNoiDatabase, mutation: NewMutation, now = new Date()): Promise<OutboxEntry> {
  const { deviceId } = await getDeviceIdentity(db);
  const entry: OutboxEntry = {
    ...mutation,
    mutationId: await nextDeviceSequence(db, 'mutation'),
    deviceId,
    createdAt: now.toISOString(),
    state: 'pending',
    attempts: 0,
  };
  entry.seq = await db.outbox.add(entry);
  return entry;
}

/** Unsent work of one workspace (pending or needing attention), oldest first. */
export function unsentMutations(db: CauNoiDatabase, ownerUserId: string): Promise<OutboxEntry[]> {
  return db.outbox.where('ownerUserId').equals(ownerUserId).filter((entry) => entry.state !== 'done').sortBy('seq');
}
