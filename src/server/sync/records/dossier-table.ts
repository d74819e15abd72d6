import type { Kysely, Selectable } from 'kysely';
import type { Database, DossiersTable } from '../../db/schema';
import { chunk } from './chunk';
import { parseJsonObject, readString, type RecordState } from './record-state';

// Dossiers: the JSON record plus the columns officers filter on (commune, status, procedure, official code).

const COLUMNS = [
  'id', 'commune_code', 'citizen_id', 'procedure_code', 'status', 'official_code', 'agency_code', 'local_reference',
  'submitted_at', 'received_at', 'due_date', 'decided_at', 'revision', 'fields', 'field_clocks', 'field_revisions', 'history', 'deleted',
  'created_by', 'updated_by', 'created_at', 'updated_at',
] as const;

export async function loadDossiers(db: Kysely<Database>, ids: readonly string[]): Promise<RecordState[]> {
  const states: RecordState[] = [];
  for (const part of chunk([...new Set(ids)])) {
    const rows = await db.selectFrom('dossiers').select(COLUMNS).where('id', 'in', part).execute();
    states.push(...rows.map(toState));
  }
  return states;
}

export async function saveDossiers(db: Kysely<Database>, states: readonly RecordState[]): Promise<void> {
  for (const part of chunk(states)) {
    await db
      .insertInto('dossiers')
      .values(part.map(toRow))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          commune_code: eb.ref('excluded.commune_code'),
          citizen_id: eb.ref('excluded.citizen_id'),
          procedure_code: eb.ref('excluded.procedure_code'),
          status: eb.ref('excluded.status'),
          official_code: eb.ref('excluded.official_code'),
          agency_code: eb.ref('excluded.agency_code'),
          local_reference: eb.ref('excluded.local_reference'),
          submitted_at: eb.ref('excluded.submitted_at'),
          received_at: eb.ref('excluded.received_at'),
          due_date: eb.ref('excluded.due_date'),
          decided_at: eb.ref('excluded.decided_at'),
          revision: eb.ref('excluded.revision'),
          fields: eb.ref('excluded.fields'),
          field_clocks: eb.ref('excluded.field_clocks'),
          field_revisions: eb.ref('excluded.field_revisions'),
          history: eb.ref('excluded.history'),
          deleted: eb.ref('excluded.deleted'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

function toRow(state: RecordState): Selectable<DossiersTable> {
  const text = (name: string) => readString(state.fields, name) ?? null;
  return {
    id: state.id,
    commune_code: state.communeCode,
    citizen_id: text('citizenId') ?? '',
    procedure_code: text('procedureCode') ?? '',
    status: text('status') ?? 'received',
    official_code: text('officialCode'),
    agency_code: text('agencyCode'),
    local_reference: text('localReference'),
    submitted_at: text('submittedAt'),
    received_at: text('receivedAt'),
    due_date: text('dueDate'),
    decided_at: text('decidedAt'),
    revision: state.revision,
    fields: JSON.stringify(state.fields),
    field_clocks: JSON.stringify(state.fieldClocks),
    field_revisions: JSON.stringify(state.fieldRevisions),
    history: JSON.stringify(state.history),
    deleted: state.deleted ? 1 : 0,
    created_by: state.createdBy,
    updated_by: state.updatedBy,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}

function toState(row: Selectable<DossiersTable>): RecordState {
  return {
    entity: 'dossier',
    id: row.id,
    stored: true,
    revision: row.revision,
    fields: parseJsonObject(row.fields),
    fieldClocks: parseJsonObject(row.field_clocks),
    fieldRevisions: parseJsonObject(row.field_revisions),
    history: parseJsonObject(row.history),
    deleted: row.deleted === 1,
    communeCode: row.commune_code,
    loadedCommuneCode: row.commune_code,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
