import type { CauNoiDatabase } from '../db/database';
import { getDeviceIdentity } from '../db/device';
import { openOutboxEntries } from '../db/outbox';
import { pendingEntries } from '../db/outbox-queries';
import type { OutboxEntry } from '../db/types';
import { applyPushResults } from './apply-push-results';
import { nextBatchSize } from './batch-size';
import { pushMutations, type WireMutation } from './protocol-client';
import { useSyncStatus } from './sync-status';

/** Mutations in the first request: small enough to get through a 2G link (~20 KB gzip) before a drop. */
export const PUSH_BATCH_SIZE = 250;
/** The server's body limit holds about 2,000 citizens of JSON; the batch never grows past that. */
export const MAX_PUSH_BATCH_SIZE = 2000;

type Queue = { deviceId: string; entries: OutboxEntry[] };

/**
 * Sends the user's pending outbox in order, batch by batch. Each batch is applied by the server in one
 * transaction and answered per mutation; a replay after a lost answer is answered the same way.
 * Entries carried in from another device keep that device's id (the server's idempotency key).
 *
 * Two things keep a long queue fast without hurting a slow link: the batch grows while answers come back
 * quickly and shrinks when they are slow (batch-size.ts), and the answers of one batch are stored while
 * the next one is on the wire. Batches still reach the server one after the other, in queue order.
 */
export async function pushOutbox(db: CauNoiDatabase, userId: string, token: () => Promise<string>): Promise<void> {
  const { deviceId: thisDevice } = await getDeviceIdentity(db);
  const pending = await pendingEntries(db, userId);
  useSyncStatus.setState({ phase: 'pushing', itemsDone: 0, itemsTotal: pending.length, bytesDone: 0, bytesTotal: 0 });
  const queues: Queue[] = [];
  for (const entry of pending) {
    const deviceId = entry.deviceId ?? thisDevice;
    const queue = queues.find((q) => q.deviceId === deviceId) ?? (queues[queues.push({ deviceId, entries: [] }) - 1]!);
    queue.entries.push(entry);
  }

  let size = PUSH_BATCH_SIZE;
  let storing: Promise<void> = Promise.resolve();
  try {
    for (const { deviceId, entries } of queues) {
      for (let i = 0; i < entries.length;) {
        const batch = await openOutboxEntries(entries.slice(i, i + size));
        i += batch.length;
        const mutations: WireMutation[] = batch.map(({ mutationId, entity, entityId, op, baseRevision, hlc, fields }) => ({ mutationId, entity, entityId, op, baseRevision, hlc, fields }));
        const started = performance.now();
        const results = await pushMutations(await token(), deviceId, mutations);
        const elapsed = performance.now() - started;
        // The previous batch's answers must be stored before this one's (a record's "sent" depends on both).
        await storing;
        storing = applyPushResults(db, userId, batch, results).then(() => {
          useSyncStatus.setState((s) => ({ itemsDone: s.itemsDone + batch.length }));
        });
        size = nextBatchSize(size, batch.length, elapsed, { min: 50, max: MAX_PUSH_BATCH_SIZE });
      }
    }
  } finally {
    // Never leave with answers unstored: a failure of the next request must not lose this batch's outcome.
    await storing;
  }
}
