import type { CauNoiDatabase } from '../db/database';
import { unsentMutations } from '../db/outbox';
import { workspaceKey } from '../db/records';
import { openAttachment } from '../db/attachments';
import { ApiError } from '../lib/api';
import { listAttachmentRefs } from './list-attachment-refs';
import { useSyncStatus } from './sync-status';
import { uploadAttachment } from './upload-attachment';

async function serverHas(sha256: string, token: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/v1/blobs/${sha256}`, { method: 'HEAD', headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    return response.ok;
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Uploads the photos of every pending mutation before the mutation itself is pushed: a record is
 * "sent" only when its attachments are, and the server refuses a record whose photos it lacks.
 */
export async function uploadPendingAttachments(db: CauNoiDatabase, userId: string, token: () => Promise<string>): Promise<void> {
  const pending = (await unsentMutations(db, userId)).filter((e) => e.state === 'pending');
  const refs = listAttachmentRefs(pending.map((e) => e.fields));
  const records = (await db.attachments.bulkGet(refs.map((r) => workspaceKey(userId, r.sha256)))).filter((a) => a && a.uploaded === 0);
  const bytesTotal = records.reduce((sum, a) => sum + (a?.size ?? 0), 0);
  useSyncStatus.setState({ phase: 'uploading', itemsDone: 0, itemsTotal: records.length, bytesDone: 0, bytesTotal });
  let bytesBefore = 0;
  for (const attachment of records) {
    if (!attachment) continue;
    if (!(await serverHas(attachment.sha256, await token()))) {
      await uploadAttachment(await openAttachment(attachment), { sha256: attachment.sha256, mime: attachment.mime }, token, (sent) =>
        useSyncStatus.setState({ bytesDone: bytesBefore + sent }));
    }
    bytesBefore += attachment.size;
    await db.attachments.update(attachment.key, { uploaded: 1 });
    useSyncStatus.setState((s) => ({ itemsDone: s.itemsDone + 1, bytesDone: bytesBefore }));
  }
}
