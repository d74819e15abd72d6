import type { Kysely, Selectable } from 'kysely';
import { normalizeIdNumber } from '../../../domain/citizen/id-number';
import { foldDiacritics } from '../../../domain/text/normalize';
import type { CitizensTable, Database } from '../../db/schema';
import { chunk } from './chunk';
import { parseJsonObject, readObject, readString, type RecordState } from './record-state';

// Citizens: the JSON record plus the columns the back office searches on, derived from it on every write.

const COLUMNS = [
  'id', 'commune_code', 'province_code', 'village_id', 'full_name', 'id_number', 'old_id_number', 'revision', 'fields',
  'field_clocks', 'field_revisions', 'history', 'deleted', 'created_by', 'updated_by', 'created_at', 'updated_at',
] as const;

export async function loadCitizens(db: Kysely<Database>, ids: readonly string[]): Promise<RecordState[]> {
  const states: RecordState[] = [];
  for (const part of chunk([...new Set(ids)])) {
    const rows = await db.selectFrom('citizens').select(COLUMNS).where('id', 'in', part).execute();
    states.push(...rows.map(toState));
  }
  return states;
}

/** Living citizens holding any of these ID numbers (any province: the caller compares provinces). */
export async function loadCitizensByIdNumber(db: Kysely<Database>, idNumbers: readonly string[]): Promise<RecordState[]> {
  const states: RecordState[] = [];
  for (const part of chunk([...new Set(idNumbers)])) {
    const rows = await db.selectFrom('citizens').select(COLUMNS).where('id_number', 'in', part).where('deleted', '=', 0).execute();
    states.push(...rows.map(toState));
  }
  return states;
}

export async function saveCitizens(db: Kysely<Database>, states: readonly RecordState[]): Promise<void> {
  for (const part of chunk(states)) {
    await db
      .insertInto('citizens')
      .values(part.map(toRow))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          commune_code: eb.ref('excluded.commune_code'),
          province_code: eb.ref('excluded.province_code'),
          village_id: eb.ref('excluded.village_id'),
          full_name: eb.ref('excluded.full_name'),
          id_number: eb.ref('excluded.id_number'),
          old_id_number: eb.ref('excluded.old_id_number'),
          search_name: eb.ref('excluded.search_name'),
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

/** The ID number as indexed: digits only, or null. */
export function citizenIdNumber(fields: RecordState['fields']): string | null {
  const raw = readString(fields, 'citizenId');
  const normalized = raw === undefined ? '' : normalizeIdNumber(raw);
  return normalized === '' ? null : normalized;
}

export function citizenProvince(fields: RecordState['fields']): string | null {
  const province = readObject(fields, 'address')?.provinceCode;
  return typeof province === 'string' ? province : null;
}

function toRow(state: RecordState): Selectable<CitizensTable> {
  const address = readObject(state.fields, 'address');
  const oldId = readString(state.fields, 'oldIdNumber');
  const fullName = (readString(state.fields, 'fullName') ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
  return {
    id: state.id,
    commune_code: state.communeCode,
    province_code: citizenProvince(state.fields) ?? '',
    village_id: typeof address?.villageId === 'string' ? address.villageId : null,
    full_name: fullName,
    search_name: foldDiacritics(fullName),
    id_number: citizenIdNumber(state.fields),
    old_id_number: oldId ? normalizeIdNumber(oldId) || null : null,
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

function toState(row: Omit<Selectable<CitizensTable>, 'search_name'>): RecordState {
  return {
    entity: 'citizen',
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
