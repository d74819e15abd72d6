import { z } from 'zod';

// Attachments (photos, scanned papers, signatures) travel apart from records, content-addressed, over tus
// (resumable uploads, https://tus.io) at /api/v1/uploads. The tus `Upload-Metadata` header carries these
// fields; the server checks the bytes against `sha256` before keeping them. A record that references an
// attachment is accepted only once the server has it (`HEAD /api/v1/blobs/<sha256>` answers 200).

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

/** Served back as themselves; anything else would be a way to put active content on our origin. */
export const UPLOAD_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'audio/webm', 'audio/ogg', 'audio/mp4'] as const;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** Upload-Metadata values (tus sends them as base64 strings; size is decimal text). */
export const uploadMetadataSchema = z.object({
  sha256: sha256Schema,
  mime: z.enum(UPLOAD_MIME_TYPES),
  size: z.string().regex(/^[1-9]\d{0,9}$/),
});
export type UploadMetadata = z.infer<typeof uploadMetadataSchema>;
