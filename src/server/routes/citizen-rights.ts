import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CONSENT_PURPOSES } from '../../domain/citizen/consent-terms';
import { DATA_REQUEST_KINDS, DATA_REQUEST_STATUSES } from '../../domain/privacy/data-requests';
import type { AppContext } from '../app-context';
import { ApiError, notFound } from '../http/api-error';
import { parseBody, parseQuery } from '../http/parse-request';
import { loadOfficeCitizen } from '../office/dossier-detail';
import { communesInScope, requireOfficer } from '../office/office-access';
import { describeRoute } from '../openapi/route-schemas';
import { appendCitizenAudit } from '../rights/citizen-audit';
import { buildCitizenExport } from '../rights/citizen-export';
import { renderCitizenPdf } from '../rights/citizen-pdf';
import { completeDataRequest, listDataRequests, recordDataRequest } from '../rights/data-requests';
import { withdrawConsent } from '../sync/server-writes/withdraw-consent';
import type { SyncContext } from '../sync/sync-context';

const idParams = z.object({ id: z.uuid() });
const withdrawalBody = z.object({ purpose: z.enum(CONSENT_PURPOSES) });
const requestBody = z.object({ kind: z.enum(DATA_REQUEST_KINDS), note: z.string().max(1000).optional() });
const completeBody = z.object({ outcome: z.enum(['done', 'refused']), note: z.string().max(1000).optional() });
const requestsQuery = z.object({ status: z.enum(DATA_REQUEST_STATUSES).optional(), commune: z.string().regex(/^\d{5}$/).optional() });

const WITHDRAWAL_REFUSALS = {
  'no-consent': { status: 409, code: 'no-consent', message: 'This person has no consent record to withdraw from.' },
  'not-accepted': { status: 409, code: 'consent-not-given', message: 'The person never consented to this purpose: there is nothing to withdraw.' },
  'already-withdrawn': { status: 409, code: 'consent-already-withdrawn', message: 'This consent was already withdrawn.' },
} as const;

/**
 * Citizens' rights at the one-stop shop (issue 8 §4, ../shared/reference/data-protection.md): withdrawing
 * consent, data-subject requests with their legal time limits, and the export of everything held about a
 * person (JSON and a printable PDF). Officers and admins, within the communes they serve; every step audited.
 */
export function registerCitizenRightsRoutes(api: FastifyInstance, ctx: AppContext, sync: SyncContext): void {
  const auth = { preHandler: api.authenticate };
  const missing = () => notFound('No citizen with this id in your communes.');

  api.get('/office/citizens/:id/dossiers', { ...auth, config: describeRoute({ params: idParams, summary: "A citizen's dossiers, without the profile" }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const rows = await ctx.db.selectFrom('dossiers').select(['id', 'official_code', 'procedure_code', 'status', 'received_at', 'due_date', 'decided_at'])
      .where('citizen_id', '=', id).where('deleted', '=', 0).where('commune_code', 'in', user.communeCodes).orderBy('received_at', 'desc').execute();
    return {
      dossiers: rows.map((r) => ({ id: r.id, officialCode: r.official_code, procedureCode: r.procedure_code, status: r.status, receivedAt: r.received_at, dueDate: r.due_date, decidedAt: r.decided_at })),
    };
  });

  api.post('/office/citizens/:id/consent-withdrawals', { ...auth, config: describeRoute({ params: idParams, body: withdrawalBody }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const { purpose } = parseBody(withdrawalBody, request.body);
    const outcome = await withdrawConsent(sync, { citizenId: id, purpose, actor: { id: user.id, role: user.role }, communes: user.communeCodes });
    if (outcome.ok) return { revision: outcome.revision, withdrawal: outcome.withdrawal };
    if (outcome.error === 'not-found') throw missing();
    const refusal = WITHDRAWAL_REFUSALS[outcome.error];
    throw new ApiError(refusal.status, refusal.code, refusal.message);
  });

  api.get('/office/requests', { ...auth, config: describeRoute({ query: requestsQuery, summary: 'Data-subject requests and their deadlines' }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const query = parseQuery(requestsQuery, request.query);
    return { requests: await listDataRequests(ctx.db, communesInScope(user, query.commune), { status: query.status }, sync.now()) };
  });

  api.post('/office/citizens/:id/requests', { ...auth, config: describeRoute({ params: idParams, body: requestBody }) }, async (request, reply) => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const body = parseBody(requestBody, request.body);
    const recorded = await recordDataRequest(sync, { citizenId: id, kind: body.kind, note: body.note, actor: { id: user.id, role: user.role }, communes: user.communeCodes });
    if (!recorded) throw missing();
    void reply.code(201);
    return { request: recorded };
  });

  api.post('/office/requests/:id/complete', { ...auth, config: describeRoute({ params: idParams, body: completeBody }) }, async (request) => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const body = parseBody(completeBody, request.body);
    const outcome = await completeDataRequest(sync, { requestId: id, outcome: body.outcome, note: body.note, actor: { id: user.id, role: user.role }, communes: user.communeCodes });
    if (outcome.ok) return { request: outcome.request };
    if (outcome.error === 'not-found') throw notFound('No request with this id in your communes.');
    if (outcome.error === 'already-closed') throw new ApiError(409, 'request-closed', 'This request is already settled.');
    throw new ApiError(409, 'dossiers-pending', 'This person still has dossiers in progress: settle them before erasing their data.', { dossiers: outcome.dossiers });
  });

  const exportFor = async (request: Parameters<typeof requireOfficer>[1], format: 'json' | 'pdf') => {
    const user = await requireOfficer(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const now = sync.now();
    const citizen = await loadOfficeCitizen(ctx.db, id, user.communeCodes);
    if (!citizen) throw missing();
    // Logged first, so that the document lists its own export among the uses of the person's data.
    await appendCitizenAudit(ctx.db, [{ citizenId: id, communeCode: citizen.communeCode, actor: { id: user.id, role: user.role }, action: 'export', fields: Object.keys(citizen.fields), detail: { format }, at: now.toISOString() }]);
    const data = await buildCitizenExport(ctx.db, id, user.communeCodes, now);
    if (!data) throw missing();
    return data;
  };
  const fileName = (id: string, ext: string) => `attachment; filename="cau-noi-du-lieu-${id.slice(0, 8)}.${ext}"`;

  api.get('/office/citizens/:id/export.json', { ...auth, config: describeRoute({ params: idParams, summary: 'Everything held about a citizen, as JSON' }) }, async (request, reply) => {
    const data = await exportFor(request, 'json');
    return reply.type('application/json; charset=utf-8').header('content-disposition', fileName(data.citizen.id, 'json')).send(JSON.stringify(data, null, 2));
  });

  api.get('/office/citizens/:id/export.pdf', { ...auth, config: describeRoute({ params: idParams, summary: 'Everything held about a citizen, as a printable PDF in Vietnamese' }) }, async (request, reply) => {
    const data = await exportFor(request, 'pdf');
    const pdf = await renderCitizenPdf(data);
    return reply.type('application/pdf').header('content-disposition', fileName(data.citizen.id, 'pdf')).send(Buffer.from(pdf));
  });
}
