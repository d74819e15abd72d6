import { sha256Hex } from '../lib/hash';
import type { CauNoiDatabase } from './database';
import { workspaceKey } from './records';

export type StoredAttachment = { sha256: string; size: number; mime: string };

/** Keeps a photo in the user's workspace under its content hash; the same bytes are stored once. */
export async function storeAttachment(db: CauNoiDatabase, ownerUserId: string, blob: Blob, now = new Date()): Promise<StoredAttachment> {
  const sha256 = await sha256Hex(blob);
  const ref = { sha256, size: blob.size, mime: blob.type || 'application/octet-stream' };
  const key = workspaceKey(ownerUserId, sha256);
  await db.transaction('rw', db.attachments, async () => {
    if (!(await db.attachments.get(key))) {
      await db.attachments.put({ key, ownerUserId, ...ref, blob, uploaded: 0, createdAt: now.toISOString() });
    }
  });
  return ref;
}

export async function readAttachment(db: CauNoiDatabase, ownerUserId: string, sha256: string): Promise<Blob | undefined> {
  return (await db.attachments.get(workspaceKey(ownerUserId, sha256)))?.blob;
}
