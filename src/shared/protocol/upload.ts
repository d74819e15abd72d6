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

/** Hashes asked about in one request: a few requests even for a field worker's week of photos. */
export const MAX_MISSING_QUERY = 1000;

/**
 * Version 2: `POST /api/v1/blobs/missing` — which of these files the server lacks, in one round trip
 * instead of one `HEAD` per photo (2,000 photos on a 400 ms link would otherwise cost 13 minutes of waiting).
 */
export const missingBlobsRequestSchema = z.object({ sha256: z.array(sha256Schema).min(1).max(MAX_MISSING_QUERY) });
export type MissingBlobsRequest = z.infer<typeof missingBlobsRequestSchema>;
export const missingBlobsResponseSchema = z.object({ missing: z.array(sha256Schema) });
export type MissingBlobsResponse = z.infer<typeof missingBlobsResponseSchema>;
