import type { CauNoiDatabase } from './database';
import { getDeviceIdentity, nextDeviceSequence } from './device';
import { openFor, sealFor } from './seal';
import type { OutboxEntry, OutboxView } from './types';

export type NewMutation = Pick<OutboxView, 'ownerUserId' | 'entity' | 'op' | 'entityId' | 'baseRevision' | 'fields' | 'hlc'>;

/**
 * Queues a mutation. Must be called inside the transaction that writes the record itself (STYLE.md
 * habit 2): the record and its outbox entry are saved together or not at all.
 */
export async function enqueueMutation(db: CauNoiDatabase, { fields, ...mutation }: NewMutation, now = new Date(), preSealed?: OutboxEntry['sealedFields']): Promise<OutboxEntry> {
  const { deviceId } = await getDeviceIdentity(db);
  const entry: OutboxEntry = {
    ...mutation,
    // Sealed by the caller before its transaction when it can (WebCrypto inside one costs a Dexie.waitFor).
    sealedFields: preSealed ?? (await sealFor(mutation.ownerUserId, fields)),
    fieldNames: Object.keys(fields),
    mutationId: await nextDeviceSequence(db, 'mutation'),
    deviceId,
    createdAt: now.toISOString(),
    state: 'pending',
    attempts: 0,
  };
  entry.seq = await db.outbox.add(entry);
  return entry;
}

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

export async function openOutboxEntries(entries: OutboxEntry[]): Promise<OutboxView[]> {
  return Promise.all(entries.map(async ({ sealedFields, ...rest }) => ({ ...rest, fields: await openFor<Record<string, unknown>>(rest.ownerUserId, sealedFields) })));
}

/** Unsent work of one workspace (pending or needing attention), oldest first, opened. */
export async function unsentMutations(db: CauNoiDatabase, ownerUserId: string): Promise<OutboxView[]> {
  return openOutboxEntries(await unsentEntries(db, ownerUserId));
}
