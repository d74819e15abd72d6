export type AttachmentRefLike = { sha256: string; size: number; mime: string };

const isRef = (value: unknown): value is AttachmentRefLike =>
  typeof value === 'object' && value !== null && typeof (value as AttachmentRefLike).sha256 === 'string' && /^[0-9a-f]{64}$/.test((value as AttachmentRefLike).sha256) && typeof (value as AttachmentRefLike).size === 'number';

/** Every photo a mutation points to (ID photos, signatures, document pages), however deep. */
export function listAttachmentRefs(value: unknown, found = new Map<string, AttachmentRefLike>()): AttachmentRefLike[] {
  if (isRef(value)) found.set(value.sha256, value);
  else if (Array.isArray(value)) for (const item of value) listAttachmentRefs(item, found);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) listAttachmentRefs(item, found);
  return [...found.values()];
}
