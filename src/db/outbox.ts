import type { CauNoiDatabase } from './database';
import { getDeviceIdentity, nextDeviceSequence } from './device';
import { openFor, sealFor } from './seal';
import { unsentEntries } from './outbox-queries';
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

export async function openOutboxEntries(entries: OutboxEntry[]): Promise<OutboxView[]> {
  return Promise.all(entries.map(async ({ sealedFields, ...rest }) => ({ ...rest, fields: await openFor<Record<string, unknown>>(rest.ownerUserId, sealedFields) })));
}

/** Unsent work of one workspace (pending or needing attention), oldest first, opened. */
export async function unsentMutations(db: CauNoiDatabase, ownerUserId: string): Promise<OutboxView[]> {
  return openOutboxEntries(await unsentEntries(db, ownerUserId));
}
