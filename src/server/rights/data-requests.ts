import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { todayInVietnam } from '../../domain/calendar/dates';
import { buildWorkCalendar } from '../../domain/calendar/working-days';
import {
  dataRequestDeadlines, requestDeadlineState, type DataRequestKind, type DataRequestStatus, type RequestDeadlineState,
} from '../../domain/privacy/data-requests';
import type { DataRequestsTable, Database } from '../db/schema';
import { lockSyncWrites } from '../sync/lock-sync-writes';
import { loadCitizens } from '../sync/records/citizen-table';
import { eraseCitizen } from '../sync/server-writes/erase-citizen';
import type { SyncContext } from '../sync/sync-context';
import { appendCitizenAudit, type AuditActor } from './citizen-audit';

export type DataRequestView = {
  id: string; citizenId: string; citizenName: string; communeCode: string; kind: DataRequestKind; status: DataRequestStatus;
  note: string | null; receivedAt: string; acknowledgeBy: string; dueDate: string; deadline: RequestDeadlineState;
  completedAt: string | null; outcome: string | null;
};

const calendar = buildWorkCalendar();
type Actor = AuditActor & { id: string };

const toView = (row: Selectable<DataRequestsTable> & { full_name: string | null }, today: string): DataRequestView => ({
  id: row.id, citizenId: row.citizen_id, citizenName: row.full_name ?? '', communeCode: row.commune_code, kind: row.kind as DataRequestKind,
  status: row.status as DataRequestStatus, note: row.note, receivedAt: row.received_at, acknowledgeBy: row.acknowledge_by, dueDate: row.due_date,
  deadline: requestDeadlineState(row.status as DataRequestStatus, row.due_date, today), completedAt: row.completed_at, outcome: row.outcome,
});

export type RequestFilter = { citizenId?: string | undefined; status?: DataRequestStatus | undefined };

/** Requests of the given communes, the most urgent first (open ones by due date, then the settled ones). */
export async function listDataRequests(db: Kysely<Database>, communes: readonly string[], filter: RequestFilter, now: Date): Promise<DataRequestView[]> {
  if (communes.length === 0) return [];
  let query = db.selectFrom('data_requests').leftJoin('citizens', 'citizens.id', 'data_requests.citizen_id').selectAll('data_requests').select('citizens.full_name')
    .where('data_requests.commune_code', 'in', [...communes]);
  if (filter.citizenId) query = query.where('data_requests.citizen_id', '=', filter.citizenId);
  if (filter.status) query = query.where('data_requests.status', '=', filter.status);
  const rows = await query.orderBy((eb) => eb.case().when('data_requests.status', '=', 'open').then(0).else(1).end()).orderBy('data_requests.due_date').orderBy('data_requests.received_at').limit(500).execute();
  const today = todayInVietnam(now);
  return rows.map((row) => toView(row, today));
}

export type RecordRequestInput = { citizenId: string; kind: DataRequestKind; note?: string | undefined; actor: Actor; communes: readonly string[] };

/** Records a request with its statutory dates, and audits it in the same transaction. */
export async function recordDataRequest(ctx: SyncContext, input: RecordRequestInput): Promise<DataRequestView | undefined> {
  return ctx.db.transaction().execute(async (trx) => {
    const [citizen] = await loadCitizens(trx, [input.citizenId]);
    if (!citizen || citizen.deleted || !input.communes.includes(citizen.communeCode)) return undefined;
    const now = ctx.now();
    const id = randomUUID();
    const { acknowledgeBy, dueDate } = dataRequestDeadlines(input.kind, now, calendar);
    await trx.insertInto('data_requests').values({
      id, citizen_id: citizen.id, commune_code: citizen.communeCode, kind: input.kind, status: 'open', note: input.note?.trim() || null,
      received_at: now.toISOString(), acknowledge_by: acknowledgeBy, due_date: dueDate, created_by: input.actor.id,
      completed_at: null, completed_by: null, outcome: null,
    }).execute();
    await appendCitizenAudit(trx, [{
      citizenId: citizen.id, communeCode: citizen.communeCode, actor: input.actor, action: input.kind === 'deletion' ? 'deletion-requested' : 'request-recorded',
      detail: { kind: input.kind, requestId: id }, at: now.toISOString(),
    }]);
    const row = await trx.selectFrom('data_requests').leftJoin('citizens', 'citizens.id', 'data_requests.citizen_id').selectAll('data_requests').select('citizens.full_name').where('data_requests.id', '=', id).executeTakeFirstOrThrow();
    return toView(row, todayInVietnam(now));
  });
}

export type CompleteRequestInput = { requestId: string; outcome: 'done' | 'refused'; note?: string | undefined; actor: Actor; communes: readonly string[] };
export type CompleteOutcome =
  | { ok: true; request: DataRequestView }
  | { ok: false; error: 'not-found' | 'already-closed' | 'dossiers-pending'; dossiers?: string[] };

/**
 * Marks a request done (or refused, with the reason). A deletion carried out erases the person's data in the
 * same transaction (eraseCitizen says what is kept and why), so the request is never "done" with the data
 * still there.
 */
export async function completeDataRequest(ctx: SyncContext, input: CompleteRequestInput): Promise<CompleteOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockSyncWrites(trx, ctx.dialect);
    const request = await trx.selectFrom('data_requests').selectAll().where('id', '=', input.requestId).executeTakeFirst();
    if (!request || !input.communes.includes(request.commune_code)) return { ok: false, error: 'not-found' } as const;
    if (request.status !== 'open') return { ok: false, error: 'already-closed' } as const;
    const now = ctx.now();
    if (request.kind === 'deletion' && input.outcome === 'done') {
      const erased = await eraseCitizen(trx, { serverClock: ctx.serverClock, now }, request.citizen_id, input.actor);
      if (!erased.ok && erased.error === 'dossiers-pending') return { ok: false, error: 'dossiers-pending', dossiers: erased.dossiers ?? [] } as const;
    }
    await trx.updateTable('data_requests')
      .set({ status: input.outcome, completed_at: now.toISOString(), completed_by: input.actor.id, outcome: input.note?.trim() || null })
      .where('id', '=', request.id).execute();
    await appendCitizenAudit(trx, [{
      citizenId: request.citizen_id, communeCode: request.commune_code, actor: input.actor, action: 'request-completed',
      detail: { kind: request.kind, requestId: request.id, outcome: input.outcome }, at: now.toISOString(),
    }]);
    const row = await trx.selectFrom('data_requests').leftJoin('citizens', 'citizens.id', 'data_requests.citizen_id').selectAll('data_requests').select('citizens.full_name').where('data_requests.id', '=', request.id).executeTakeFirstOrThrow();
    return { ok: true, request: toView(row, todayInVietnam(now)) } as const;
  });
}
