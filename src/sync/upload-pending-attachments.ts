import type { CauNoiDatabase } from '../db/database';
import { openOutboxEntries } from '../db/outbox';
import { pendingEntries } from '../db/outbox-queries';
import { workspaceKey, type AttachmentRecord } from '../db/records';
import { openAttachment } from '../db/attachments';
import { listAttachmentRefs } from './list-attachment-refs';
import { missingBlobs } from './protocol-client';
import { useSyncStatus } from './sync-status';
import { uploadAttachment } from './upload-attachment';

/**
 * Photos on the wire at once. A few in parallel hide the round trips of each tus upload on a fast link;
 * on 2G they share the same thin pipe, so more would only spread the loss of a dropped connection.
 */
const PARALLEL_UPLOADS = 3;

/**
 * Uploads the photos of every pending mutation before the mutation itself is pushed: a record is
 * "sent" only when its attachments are, and the server refuses a record whose photos it lacks.
 * One request asks which photos the server already has (uploaded from another tablet, or before a
 * crash); only the others are uploaded.
 */
export async function uploadPendingAttachments(db: CauNoiDatabase, userId: string, token: () => Promise<string>): Promise<void> {
  const pending = await openOutboxEntries(await pendingEntries(db, userId));
  const refs = listAttachmentRefs(pending.map((e) => e.fields));
  if (refs.length === 0) return;
  const records = (await db.attachments.bulkGet(refs.map((r) => workspaceKey(userId, r.sha256)))).filter((a): a is AttachmentRecord => a !== undefined && a.uploaded === 0);
  if (records.length === 0) return;
  const bytesTotal = records.reduce((sum, a) => sum + a.size, 0);
  useSyncStatus.setState({ phase: 'uploading', itemsDone: 0, itemsTotal: records.length, bytesDone: 0, bytesTotal });

  const missing = await missingBlobs(await token(), records.map((a) => a.sha256));
  const present = records.filter((a) => !missing.has(a.sha256));
  if (present.length > 0) await db.attachments.bulkUpdate(present.map((a) => ({ key: a.key, changes: { uploaded: 1 } })));
  let bytesDone = present.reduce((sum, a) => sum + a.size, 0);
  useSyncStatus.setState({ itemsDone: present.length, bytesDone });

  const queue = records.filter((a) => missing.has(a.sha256));
  const inFlight = new Map<string, number>();
  const progress = () => useSyncStatus.setState({ bytesDone: bytesDone + [...inFlight.values()].reduce((a, b) => a + b, 0) });
  const worker = async (): Promise<void> => {
    try {
      await uploadEach();
    } catch (error) {
      queue.length = 0; // the others finish the photo they are sending and stop
      throw error;
    }
  };
  const uploadEach = async (): Promise<void> => {
    for (let attachment = queue.shift(); attachment; attachment = queue.shift()) {
      const current = attachment;
      await uploadAttachment(await openAttachment(current), { sha256: current.sha256, mime: current.mime }, token, (sent) => {
        inFlight.set(current.sha256, sent);
        progress();
      });
      // tus reports success only after the server checked the hash and kept the file.
      await db.attachments.update(current.key, { uploaded: 1 });
      inFlight.delete(current.sha256);
      bytesDone += current.size;
      useSyncStatus.setState((s) => ({ itemsDone: s.itemsDone + 1, bytesDone }));
    }
  };
  // The first failure stops the others from taking new photos; the failed one is tried again next sync.
  const workers = Array.from({ length: Math.min(PARALLEL_UPLOADS, queue.length) }, worker);
  const outcomes = await Promise.allSettled(workers);
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
}
