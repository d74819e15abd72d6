import Dexie from 'dexie';
import { sha256Hex } from '../lib/hash';
import { openBlob, sealBlob } from '../lib/crypto-keys';
import type { CauNoiDatabase } from './database';
import { workspaceKeys } from './keyring';
import { workspaceKey, type AttachmentRecord } from './records';

export type StoredAttachment = { sha256: string; size: number; mime: string };

/**
 * Keeps a photo in the user's workspace under the hash of its plaintext (what the server verifies),
 * encrypted under the workspace key; the same bytes are stored once.
 */
export async function storeAttachment(db: CauNoiDatabase, ownerUserId: string, blob: Blob, now = new Date()): Promise<StoredAttachment> {
  const sha256 = await sha256Hex(blob);
  const ref = { sha256, size: blob.size, mime: blob.type || 'application/octet-stream' };
  const key = workspaceKey(ownerUserId, sha256);
  if (await db.attachments.get(key)) return ref;
  const sealed = await sealBlob(workspaceKeys(ownerUserId).dataKey, blob);
  await db.attachments.put({ key, ownerUserId, ...ref, blob: sealed, uploaded: 0, createdAt: now.toISOString() });
  return ref;
}

/** The photo's plaintext bytes, for display or upload. */
export async function openAttachment(record: AttachmentRecord): Promise<Blob> {
  const promise = openBlob(workspaceKeys(record.ownerUserId).dataKey, record.blob, record.mime);
  return Dexie.currentTransaction ? Dexie.waitFor(promise) : promise;
}

export async function readAttachment(db: CauNoiDatabase, ownerUserId: string, sha256: string): Promise<Blob | undefined> {
  const record = await db.attachments.get(workspaceKey(ownerUserId, sha256));
  return record ? openAttachment(record) : undefined;
}
