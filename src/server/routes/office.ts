import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OFFICER_EVENTS } from '../../domain/dossier/officer-events';
import type { DossierEvent } from '../../domain/dossier/status-machine';
import type { AppContext } from '../app-context';
import { ApiError, notFound } from '../http/api-error';
import { parseBody, parseQuery } from '../http/parse-request';
import { buildDashboard, dashboardQuery } from '../office/dashboard';
import { dashboardCsv } from '../office/dashboard-csv';
import { loadOfficeCitizen, loadOfficeDossier } from '../office/dossier-detail';
import { communesInScope, requireOfficer } from '../office/office-access';
import { listQueue, queueQuery, type QueueItem } from '../office/queue';
import { describeRoute } from '../openapi/route-schemas';
import { auditProfileView } from '../rights/audit-profile-view';
import { listDataRequests } from '../rights/data-requests';
import { loadDossiers } from '../sync/records/dossier-table';
import { readString } from '../sync/records/record-state';
import { transitionDossier } from '../sync/server-writes/transition-dossier';
import type { SyncContext } from '../sync/sync-context';

const idParams = z.object({ id: z.uuid() });
const transitionBody = z.object({
  event: z.enum(OFFICER_EVENTS as [DossierEvent, ...DossierEvent[]]),
  reason: z.string().max(1000).optional(),
  missingItems: z.array(z.string().max(200)).max(30).optional(),
});

const TRANSITION_REFUSALS: Record<string, { status: number; code: string; message: string }> = {
  'dossier.reasonRequired': { status: 422, code: 'reason-required', message: 'Give the reason: the citizen is told why.' },
  'dossier.missingItemsRequired': { status: 422, code: 'missing-items-required', message: 'List what is missing: the field worker photographs exactly that.' },
  'dossier.resumeAtRequired': { status: 422, code: 'resume-at-required', message: 'Where the dossier resumes is not known.' },
};

/**
 * The one-stop shop's back office (issue 6): the queue, a dossier with its history, an officer's decision, a
 * citizen's profile, the dashboard and its CSV. Officers and admins only, each within the communes they serve
 * now (read from the database on every request).
 */
export function registerOfficeRoutes(api: FastifyInstance, ctx: AppContext, sync: SyncContext): void {
  const auth = { preHandler: api.authenticate };

  api.get('/office/communes', { ...auth, config: describeRoute({ summary: 'Communes and villages of the officer' }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    if (user.communeCodes.length === 0) return { communes: [] };
    const communes = await ctx.db.selectFrom('communes').select(['code', 'name']).where('code', 'in', user.communeCodes).orderBy('code').execute();
    const villages = await ctx.db.selectFrom('villages').select(['id', 'name', 'commune_code']).where('commune_code', 'in', user.communeCodes).where('deleted_at', 'is', null).execute();
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi', { numeric: true });
    return {
      communes: communes.map((c) => ({ ...c, villages: villages.filter((v) => v.commune_code === c.code).map(({ id, name }) => ({ id, name })).sort(byName) })),
    };
  });

  api.get('/office/dossiers', { ...auth, config: describeRoute({ query: queueQuery, summary: 'The officer queue' }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const query = parseQuery(queueQuery, request.query);
    return listQueue(ctx.db, communesInScope(user, query.commune), query, sync.now());
  });

  api.get('/office/dossiers/:id', { ...auth, config: describeRoute({ params: idParams }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const found = await loadOfficeDossier(ctx.db, id, user.communeCodes, sync.now());
    if (!found) throw notFound('No dossier with this id in your communes.');
    // The dossier screen shows the applicant's full profile: that view is audited like any other.
    if (found.citizen) await auditProfileView(ctx.db, user, found.citizen, 'dossier', sync.now());
    return found;
  });

  api.post('/office/dossiers/:id/transitions', { ...auth, config: describeRoute({ params: idParams, body: transitionBody }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const body = parseBody(transitionBody, request.body);
    const outcome = await transitionDossier(sync, {
      dossierId: id, event: body.event, userId: user.id, communes: user.communeCodes,
      context: { ...(body.reason !== undefined ? { reason: body.reason } : {}), ...(body.missingItems ? { missingItems: body.missingItems } : {}) },
    });
    if (outcome.ok) return { status: outcome.status, revision: outcome.revision };
    if (outcome.error === 'not-found') throw notFound('No dossier with this id in your communes.');
    if (outcome.error === 'dossier.illegalTransition') {
      const [dossier] = await loadDossiers(ctx.db, [id]);
      const from = dossier ? readString(dossier.fields, 'status') : undefined;
      throw new ApiError(409, 'illegal-transition', `A dossier that is "${from ?? 'unknown'}" cannot take "${body.event}": reload it, someone may have acted on it.`, { from, event: body.event });
    }
    const refusal = TRANSITION_REFUSALS[outcome.error] ?? { status: 422, code: 'transition-refused', message: 'The change was refused.' };
    throw new ApiError(refusal.status, refusal.code, refusal.message);
  });

  api.get('/office/citizens/:id', { ...auth, config: describeRoute({ params: idParams }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const citizen = await loadOfficeCitizen(ctx.db, id, user.communeCodes);
    if (!citizen) throw notFound('No citizen with this id in your communes.');
    const rows = await ctx.db.selectFrom('dossiers').select(['id', 'official_code', 'procedure_code', 'status', 'received_at', 'due_date', 'decided_at'])
      .where('citizen_id', '=', id).where('deleted', '=', 0).where('commune_code', 'in', user.communeCodes).orderBy('received_at', 'desc').execute();
    const dossiers: Array<Pick<QueueItem, 'id' | 'officialCode' | 'procedureCode' | 'status' | 'receivedAt' | 'dueDate' | 'decidedAt'>> = rows.map((r) => ({
      id: r.id, officialCode: r.official_code, procedureCode: r.procedure_code, status: r.status, receivedAt: r.received_at, dueDate: r.due_date, decidedAt: r.decided_at,
    }));
    const requests = await listDataRequests(ctx.db, user.communeCodes, { citizenId: id }, sync.now());
    await auditProfileView(ctx.db, user, citizen, 'citizen', sync.now());
    return { citizen, dossiers, requests };
  });

  api.get('/office/dashboard', { ...auth, config: describeRoute({ query: dashboardQuery }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const query = parseQuery(dashboardQuery, request.query);
    return buildDashboard(ctx.db, communesInScope(user, query.commune), query);
  });

  api.get('/office/dashboard.csv', { ...auth, config: describeRoute({ query: dashboardQuery }) }, async (request, reply) => {
    const user = await requireOfficer(ctx.db, request);
    const query = parseQuery(dashboardQuery, request.query);
    const dashboard = await buildDashboard(ctx.db, communesInScope(user, query.commune), query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="cau-noi-${query.from}-${query.to}.csv"`)
      .send(dashboardCsv(dashboard, query.lang));
  });
}
