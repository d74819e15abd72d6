import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { appendToChangeLog, type ChangeLogEntry } from '../change-log';
import { collectAttachmentHashes } from '../records/attachment-refs';
import { chunk } from '../records/chunk';
import { saveCitizens } from '../records/citizen-table';
import { saveDossiers } from '../records/dossier-table';
import type { RecordState } from '../records/record-state';
import { saveVillages } from '../records/village-table';
import type { WorkingSet } from './working-set';

/** Writes what the push changed: records, their attachment references, citizen links, the change log. */
export async function saveWorkingSet(db: Kysely<Database>, ws: WorkingSet, at: string): Promise<void> {
  const changed = ws.changed();
  const of = (entity: RecordState['entity']) => changed.filter((s) => s.entity === entity);
  await saveCitizens(db, of('citizen'));
  await saveVillages(db, of('village'));
  await saveDossiers(db, of('dossier'));
  await saveAttachmentRefs(db, changed.filter((s) => s.entity !== 'village'));

  const links = ws.newLinks();
  for (const part of chunk(links)) {
    await db
      .insertInto('citizen_links')
      .values(part.map((l) => ({ alias_id: l.aliasId, citizen_id: l.citizenId, created_at: at })))
      .execute();
  }

  const entries: ChangeLogEntry[] = [];
  for (const state of changed) {
    entries.push({ entity: state.entity, entityId: state.id, communeCode: state.communeCode, revision: state.revision });
    // A record that moved is logged in its old commune too: that commune's devices learn it left.
    if (state.loadedCommuneCode !== null && state.loadedCommuneCode !== state.communeCode) {
      entries.push({ entity: state.entity, entityId: state.id, communeCode: state.loadedCommuneCode, revision: state.revision });
    }
  }
  await appendToChangeLog(db, entries, at);
}

/**
 * Which records point at which blobs, and in which commune: this decides who may download a photo.
 * A deleted record no longer grants access to its attachments.
 */
async function saveAttachmentRefs(db: Kysely<Database>, states: readonly RecordState[]): Promise<void> {
  for (const part of chunk(states)) {
    for (const entity of ['citizen', 'dossier'] as const) {
      const ids = part.filter((s) => s.entity === entity).map((s) => s.id);
      if (ids.length > 0) await db.deleteFrom('record_attachments').where('entity', '=', entity).where('entity_id', 'in', ids).execute();
    }
    const rows = part.flatMap((state) =>
      state.deleted
        ? []
        : collectAttachmentHashes(state.fields).map((sha256) => ({ entity: state.entity, entity_id: state.id, sha256, commune_code: state.communeCode })),
    );
    for (const rowsPart of chunk(rows)) await db.insertInto('record_attachments').values(rowsPart).execute();
  }
}
