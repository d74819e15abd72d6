import type { Fields, Mutation } from '../../../shared/protocol';
import { collectAttachmentHashes } from '../records/attachment-refs';
import { rejected, type Outcome } from './outcome';
import type { WorkingSet } from './working-set';

/**
 * The mutation's fields without `id`: the record's id is `entityId`, never a field. A device that sends
 * `id` anyway must send the same one.
 */
export function fieldsWithoutId(m: Mutation): { fields: Fields } | { rejection: Outcome } {
  if (!Object.hasOwn(m.fields, 'id')) return { fields: m.fields };
  if (m.fields.id !== m.entityId) return { rejection: rejected(m.entityId, 'entity-id-mismatch') };
  return { fields: Object.fromEntries(Object.entries(m.fields).filter(([name]) => name !== 'id')) };
}

/** Refuses fields the entity does not have, rather than storing them unread. */
export function rejectUnknownFields(m: Mutation, fields: Fields, known: ReadonlySet<string>): Outcome | undefined {
  const unknown = Object.keys(fields).filter((name) => !known.has(name));
  return unknown.length > 0 ? rejected(m.entityId, 'field-unknown', { fields: unknown.sort() }) : undefined;
}

/**
 * Attachments a patch points at that the server does not have. A record counts as sent only with its
 * attachments, so the device uploads first; this rejection is retryable (not recorded).
 */
export function rejectMissingAttachments(m: Mutation, fields: Fields, ws: WorkingSet): Outcome | undefined {
  const missing = collectAttachmentHashes(fields).filter((hash) => !ws.hasBlob(hash));
  return missing.length > 0 ? rejected(m.entityId, 'attachment-missing', { missing }) : undefined;
}
