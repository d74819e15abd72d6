import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Upload } from '@tus/server';
import { uploadMetadataSchema } from '../../shared/protocol';
import { BlobHashMismatchError } from '../blobs/blob-store';
import { findBlob, recordBlob } from '../blobs/blob-records';
import type { SyncContext } from '../sync/sync-context';
import { tusError } from './tus-error';

export type FinalizeOptions = { directory: string; removeUpload: (id: string) => Promise<void>; keepUpload: boolean };

/**
 * Moves a complete upload into the blob store once its bytes hash to the SHA-256 the device declared; a
 * mismatch (a corrupted or tampered transfer) deletes the upload and is answered 460 `hash-mismatch`, so
 * the device starts it again. Idempotent, and safe to run from two servers at once: the blob store writes
 * atomically and the database rows are inserted only if absent.
 */
export async function finalizeUpload(ctx: SyncContext, upload: Upload, options: FinalizeOptions): Promise<void> {
  const metadata = uploadMetadataSchema.safeParse(upload.metadata);
  const uploadedBy = upload.metadata?.uploadedBy;
  if (!metadata.success || !uploadedBy) throw tusError(400, 'upload-metadata-invalid', 'The upload has no valid metadata.');
  const { sha256, mime } = metadata.data;
  const at = ctx.now().toISOString();

  if (!(await findBlob(ctx.db, sha256)) || !(await ctx.blobStore.has(sha256))) {
    try {
      await ctx.blobStore.put(sha256, createReadStream(join(options.directory, upload.id)));
    } catch (error) {
      if (!(error instanceof BlobHashMismatchError)) throw error;
      await options.removeUpload(upload.id).catch(() => undefined);
      throw tusError(460, 'hash-mismatch', 'The bytes received do not match their SHA-256: upload the file again.');
    }
  }
  await recordBlob(ctx.db, { sha256, size: upload.size ?? upload.offset, mime }, uploadedBy, at);
  if (!options.keepUpload) await options.removeUpload(upload.id).catch(() => undefined);
}
