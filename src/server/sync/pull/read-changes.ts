import type { Kysely } from 'kysely';
import { DEFAULT_PULL_LIMIT, type Change, type EntityName, type PullRequest, type PullResponse } from '../../../shared/protocol';
import type { AuthenticatedUser } from '../../auth/authenticate';
import { CATALOG_ETAG } from '../../catalog/catalog-body';
import { deviceSettingsTag, readDeviceSettings } from '../../rights/server-settings';
import type { Database } from '../../db/schema';
import { loadCitizens } from '../records/citizen-table';
import { loadDossiers } from '../records/dossier-table';
import { recordKey, type RecordState } from '../records/record-state';
import { loadVillages } from '../records/village-table';
import type { SyncContext } from '../sync-context';
import { loadUserCommunes } from '../user-communes';
import { adoptUnloggedVillages } from './adopt-unlogged-villages';
import { communeScope, decodeCursor, encodeCursor } from './cursor';

type LogRow = { seq: number; entity: EntityName; entityId: string };

/** What a device keeps offline besides records, by tag (protocol version 2): it fetches only what changed. */
async function resourceTags(db: Kysely<Database>): Promise<Record<string, string>> {
  return { catalog: CATALOG_ETAG, settings: deviceSettingsTag(await readDeviceSettings(db)) };
}

/**
 * The changes after a cursor, in the user's communes, a page at a time. Each record appears once, at its
 * current revision (the change log is compacted, and a record logged twice in one page is sent once, at
 * its last place). A record that left the user's communes is sent as deleted, without its fields.
 */
export async function readChanges(ctx: SyncContext, user: AuthenticatedUser, request: PullRequest): Promise<PullResponse> {
  const communes = user.role === 'citizen' ? await citizenCommune(ctx.db, user.id) : await loadUserCommunes(ctx.db, user.id);
  const communeCodes = [...communes.keys()];
  const scope = communeScope(communeCodes);
  const after = decodeCursor(request.cursor, scope);
  const limit = request.limit ?? DEFAULT_PULL_LIMIT;
  if (communeCodes.length === 0) return { changes: [], cursor: encodeCursor(after, scope), hasMore: false, resources: await resourceTags(ctx.db) };

  if (user.role !== 'citizen') await adoptUnloggedVillages(ctx.db, ctx.dialect, communeCodes, ctx.now().toISOString());
  let query = ctx.db
    .selectFrom('change_log')
    .select(['seq', 'entity', 'entity_id'])
    .where('commune_code', 'in', communeCodes)
    .where('seq', '>', after);
  // A citizen's phone gets their own dossiers and nothing else of the commune (issue 7 §7).
  if (user.role === 'citizen') {
    query = query.where('entity', '=', 'dossier').where('entity_id', 'in', (eb) => eb.selectFrom('dossiers').select('dossiers.id')
      .where((w) => w.or([w('dossiers.created_by', '=', user.id), w('dossiers.citizen_id', 'in', w.selectFrom('citizen_accounts').select('citizen_id').where('user_id', '=', user.id))])));
  }
  const rows = await query
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const hasMore = rows.length > limit;
  const page: LogRow[] = rows.slice(0, limit).map((r) => ({ seq: Number(r.seq), entity: r.entity as EntityName, entityId: r.entity_id }));
  const last = page.at(-1)?.seq ?? after;

  const latest = new Map<string, LogRow>();
  for (const row of page) latest.set(recordKey(row.entity, row.entityId), row);
  const records = await loadRecords(ctx.db, [...latest.values()]);
  const changes: Change[] = [];
  for (const row of [...latest.values()].sort((a, b) => a.seq - b.seq)) {
    const record = records.get(recordKey(row.entity, row.entityId));
    if (record) changes.push(toChange(record, row.seq, communes.has(record.communeCode)));
  }
  // The resource tags ride on the last page only: a device reads them when it has caught up.
  return { changes, cursor: encodeCursor(last, scope), hasMore, ...(hasMore ? {} : { resources: await resourceTags(ctx.db) }) };
}

async function loadRecords(db: Kysely<Database>, rows: readonly LogRow[]): Promise<Map<string, RecordState>> {
  const ids = (entity: EntityName) => rows.filter((r) => r.entity === entity).map((r) => r.entityId);
  const states = [
    ...(await loadCitizens(db, ids('citizen'))),
    ...(await loadVillages(db, ids('village'))),
    ...(await loadDossiers(db, ids('dossier'))),
  ];
  return new Map(states.map((s) => [recordKey(s.entity, s.id), s]));
}

function toChange(record: RecordState, seq: number, visible: boolean): Change {
  const base = { entity: record.entity, entityId: record.id, revision: record.revision, seq };
  // Deleted, or moved out of reach: the device drops its copy. No personal data leaves with it.
  if (record.deleted || !visible) return { ...base, deleted: true, fields: {}, fieldClocks: {} };
  return {
    ...base,
    deleted: false,
    fields: record.fields,
    fieldClocks: record.fieldClocks,
    ...(record.history.length > 0 ? { history: record.history } : {}),
  };
}

/** A citizen's one commune, the one of their account (they are never assigned to communes). */
async function citizenCommune(db: Kysely<Database>, userId: string): Promise<Map<string, string>> {
  const row = await db.selectFrom('citizen_accounts').innerJoin('communes', 'communes.code', 'citizen_accounts.commune_code')
    .select(['communes.code', 'communes.province_code']).where('citizen_accounts.user_id', '=', userId).executeTakeFirst();
  return new Map(row ? [[row.code, row.province_code]] : []);
}
