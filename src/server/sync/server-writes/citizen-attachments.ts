import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { collectAttachmentHashes } from '../records/attachment-refs';
import type { RecordState } from '../records/record-state';

/**
 * Re-derives which photos a citizen record grants access to, after a server write removed some (a withdrawn
 * consent to keep ID-card photos, an erasure): a photo no record points at can no longer be downloaded.
 */
export async function refreshCitizenAttachments(db: Kysely<Database>, state: RecordState): Promise<void> {
  await db.deleteFrom('record_attachments').where('entity', '=', 'citizen').where('entity_id', '=', state.id).execute();
  const hashes = state.deleted ? [] : collectAttachmentHashes(state.fields);
  if (hashes.length > 0) {
    await db.insertInto('record_attachments').values(hashes.map((sha256) => ({ entity: 'citizen', entity_id: state.id, sha256, commune_code: state.communeCode }))).execute();
  }
}
