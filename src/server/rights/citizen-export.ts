import type { Kysely } from 'kysely';
import type { Fields, HistoryEntry } from '../../shared/protocol';
import type { Database } from '../db/schema';
import { loadOfficeCitizen } from '../office/dossier-detail';
import { loadCitizens } from '../sync/records/citizen-table';
import { loadDossiers } from '../sync/records/dossier-table';
import { listAudit, type AuditItem } from './audit-log';
import { listDataRequests, type DataRequestView } from './data-requests';

/** Everything the server holds about one person (the right of access, data-protection.md), as one document. */
export type CitizenExport = {
  exportedAt: string;
  citizen: { id: string; communeCode: string; communeName: string | null; villageName: string | null; fields: Fields; history: HistoryEntry[]; createdAt: string; updatedAt: string };
  dossiers: Array<{ id: string; fields: Fields; createdAt: string; updatedAt: string; events: Array<{ event: string; from: string | null; to: string; note: string | null; at: string }> }>;
  requests: DataRequestView[];
  /** Who looked at or changed this person's data, and when. */
  audit: AuditItem[];
};

const AUDIT_LIMIT = 200;

export async function buildCitizenExport(db: Kysely<Database>, citizenId: string, communes: readonly string[], now: Date): Promise<CitizenExport | undefined> {
  const office = await loadOfficeCitizen(db, citizenId, communes);
  if (!office) return undefined;
  const [record] = await loadCitizens(db, [citizenId]);
  const commune = await db.selectFrom('communes').select('name').where('code', '=', office.communeCode).executeTakeFirst();
  const dossierIds = (await db.selectFrom('dossiers').select('id').where('citizen_id', '=', citizenId).where('deleted', '=', 0).execute()).map((r) => r.id);
  const dossiers = await loadDossiers(db, dossierIds);
  const events = dossierIds.length === 0 ? [] : await db.selectFrom('dossier_events').select(['dossier_id', 'event', 'from_status', 'to_status', 'note', 'created_at'])
    .where('dossier_id', 'in', dossierIds).orderBy('created_at').execute();
  const audit = await listAudit(db, [office.communeCode], { citizen: citizenId, page: 1, pageSize: AUDIT_LIMIT });
  return {
    exportedAt: now.toISOString(),
    citizen: {
      id: citizenId, communeCode: office.communeCode, communeName: commune?.name ?? null, villageName: office.villageName, fields: office.fields,
      history: record?.history ?? [], createdAt: office.createdAt, updatedAt: record?.updatedAt ?? office.createdAt,
    },
    dossiers: dossiers.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((d) => ({
      id: d.id, fields: d.fields, createdAt: d.createdAt, updatedAt: d.updatedAt,
      events: events.filter((e) => e.dossier_id === d.id).map((e) => ({ event: e.event, from: e.from_status, to: e.to_status, note: e.note, at: e.created_at })),
    })),
    requests: await listDataRequests(db, [office.communeCode], { citizenId }, now),
    audit: audit.items,
  };
}
