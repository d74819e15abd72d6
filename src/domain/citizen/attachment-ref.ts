import { z } from 'zod';

// Records point at files by content hash, never embed them: a photo is uploaded once, in resumable
// chunks, and the same bytes under another record cost nothing. `size` lets the sync screen show
// progress and lets the server refuse a truncated upload.

/** Phone cameras give 2–8 MB JPEGs; the app compresses before storing, so more than this is a bug. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const attachmentRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'attachment.hashInvalid' }),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES, { error: 'attachment.tooLarge' }),
  mime: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, { error: 'attachment.typeInvalid' }),
});

export const imageRefSchema = attachmentRefSchema.extend({
  mime: z.enum(IMAGE_MIME_TYPES, { error: 'attachment.notAnImage' }),
});

export type AttachmentRef = z.infer<typeof attachmentRefSchema>;
