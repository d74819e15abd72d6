import type { Kysely } from 'kysely';
import type { Database, SyncVillageTables } from '../../db/schema';
import { chunk } from './chunk';
import { parseJsonObject, readString, type RecordState } from './record-state';

// Villages predate sync (migration 0003): their fields are the table's own columns (`communeCode`, `name`),
// with the sync columns 0004 added beside them. A village written outside sync has no field clocks: the
// first synced edit of a field wins over it.

const COLUMNS = [
  'id', 'commune_code', 'name', 'created_by', 'created_at', 'updated_at', 'deleted_at', 'revision', 'field_clocks',
  'field_revisions', 'history',
] as const;

export async function loadVillages(db: Kysely<Database>, ids: readonly string[]): Promise<RecordState[]> {
  const states: RecordState[] = [];
  const villages = db.withTables<SyncVillageTables>();
  for (const part of chunk([...new Set(ids)])) {
    const rows = await villages.selectFrom('villages').select(COLUMNS).where('id', 'in', part).execute();
    for (const row of rows) {
      states.push({
        entity: 'village',
        id: row.id,
        stored: true,
        revision: row.revision,
        fields: { communeCode: row.commune_code, name: row.name },
        fieldClocks: parseJsonObject(row.field_clocks),
        fieldRevisions: parseJsonObject(row.field_revisions),
        history: parseJsonObject(row.history),
        deleted: row.deleted_at !== null,
        communeCode: row.commune_code,
        loadedCommuneCode: row.commune_code,
        createdBy: row.created_by,
        updatedBy: null,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    }
  }
  return states;
}

export async function saveVillages(db: Kysely<Database>, states: readonly RecordState[]): Promise<void> {
  const villages = db.withTables<SyncVillageTables>();
  for (const part of chunk(states)) {
    await villages
      .insertInto('villages')
      .values(
        part.map((state) => ({
          id: state.id,
          commune_code: state.communeCode,
          name: readString(state.fields, 'name') ?? '',
          created_by: state.createdBy,
          created_at: state.createdAt,
          updated_at: state.updatedAt,
          deleted_at: state.deleted ? state.updatedAt : null,
          revision: state.revision,
          field_clocks: JSON.stringify(state.fieldClocks),
          field_revisions: JSON.stringify(state.fieldRevisions),
          history: JSON.stringify(state.history),
        })),
      )
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          updated_at: eb.ref('excluded.updated_at'),
          deleted_at: eb.ref('excluded.deleted_at'),
          revision: eb.ref('excluded.revision'),
          field_clocks: eb.ref('excluded.field_clocks'),
          field_revisions: eb.ref('excluded.field_revisions'),
          history: eb.ref('excluded.history'),
        })),
      )
      .execute();
  }
}
