import type { CauNoiDatabase } from '../db/database';
import { getDeviceIdentity } from '../db/device';
import { openOutboxEntries } from '../db/outbox';
import { applyPushResults } from './apply-push-results';
import { pushMutations, type WireMutation } from './protocol-client';
import { useSyncStatus } from './sync-status';

/** Mutations per request: few round trips on a 400 ms link, small enough to finish before a drop. */
export const PUSH_BATCH_SIZE = 250;

/**
 * Sends the user's pending outbox in order, batch by batch. Each batch is applied by the server in one
 * transaction and answered per mutation; a replay after a lost answer is answered the same way.
 * Entries carried in from another device keep that device's id (the server's idempotency key).
 */
export async function pushOutbox(db: CauNoiDatabase, userId: string, token: () => Promise<string>): Promise<void> {
  const { deviceId: thisDevice } = await getDeviceIdentity(db);
  const pending = await openOutboxEntries(await db.outbox.where('ownerUserId').equals(userId).filter((e) => e.state === 'pending').sortBy('seq'));
  useSyncStatus.setState({ phase: 'pushing', itemsDone: 0, itemsTotal: pending.length, bytesDone: 0, bytesTotal: 0 });
  const byDevice = new Map<string, typeof pending>();
  for (const entry of pending) {
    const device = entry.deviceId ?? thisDevice;
    (byDevice.get(device) ?? byDevice.set(device, []).get(device)!).push(entry);
  }
  for (const [deviceId, entries] of byDevice) {
    for (let i = 0; i < entries.length; i += PUSH_BATCH_SIZE) {
      const batch = entries.slice(i, i + PUSH_BATCH_SIZE);
      const mutations: WireMutation[] = batch.map(({ mutationId, entity, entityId, op, baseRevision, hlc, fields }) => ({ mutationId, entity, entityId, op, baseRevision, hlc, fields }));
      const results = await pushMutations(await token(), deviceId, mutations);
      await applyPushResults(db, userId, batch, results);
      useSyncStatus.setState((s) => ({ itemsDone: s.itemsDone + batch.length }));
    }
  }
}
