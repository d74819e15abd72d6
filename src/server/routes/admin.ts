import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { listUserDevices, revokeDevice } from '../admin/devices';
import { createStaff, createStaffBody, listStaff, resetStaffPassword, updateStaff, updateStaffBody } from '../admin/staff-accounts';
import { ApiError, notFound } from '../http/api-error';
import { parseBody, parseQuery } from '../http/parse-request';
import { communesInScope, requireAdmin } from '../office/office-access';
import { describeRoute } from '../openapi/route-schemas';
import { listAgencyPublicKeys } from '../papers/agency-keys';
import { defaultReceivingAgency, loadReceivingAgencies } from '../sync/official-code/receiving-agency';
import { writeVillage } from '../sync/server-writes/write-village';
import type { SyncContext } from '../sync/sync-context';

const idParams = z.object({ id: z.uuid() });
const deviceParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/) });
const villageName = z.string().transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' ')).pipe(z.string().min(1).max(100));
const createVillageBody = z.object({ communeCode: z.string().regex(/^\d{5}$/), name: villageName });
const renameVillageBody = z.object({ name: villageName });
const rotateKeyBody = z.object({ communeCode: z.string().regex(/^\d{5}$/) });

/**
 * Administration (issue 6 §5), admins only and within the communes they administer: staff accounts, villages,
 * lost tablets, and the agencies' signing keys.
 */
export function registerAdminRoutes(api: FastifyInstance, ctx: AppContext, sync: SyncContext): void {
  const auth = { preHandler: api.authenticate };

  api.get('/admin/users', { ...auth, config: describeRoute({ summary: 'Staff accounts of the admin communes' }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    return { users: await listStaff(ctx.db, admin) };
  });

  api.post('/admin/users', { ...auth, config: describeRoute({ body: createStaffBody }) }, async (request, reply) => {
    const admin = await requireAdmin(ctx.db, request);
    const created = await createStaff(ctx, admin, parseBody(createStaffBody, request.body));
    void reply.code(201);
    return { user: created.account, password: created.password };
  });

  api.patch('/admin/users/:id', { ...auth, config: describeRoute({ params: idParams, body: updateStaffBody }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    return { user: await updateStaff(ctx, admin, id, parseBody(updateStaffBody, request.body)) };
  });

  api.post('/admin/users/:id/password', { ...auth, config: describeRoute({ params: idParams }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    return resetStaffPassword(ctx, admin, id);
  });

  api.get('/admin/users/:id/devices', { ...auth, config: describeRoute({ params: idParams }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    return { devices: await listUserDevices(ctx.db, admin, id) };
  });

  api.post('/admin/devices/:id/revoke', { ...auth, config: describeRoute({ params: deviceParams }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    const { id } = parseQuery(deviceParams, request.params);
    return { device: await revokeDevice(ctx.db, admin, id, sync.now()) };
  });

  api.post('/admin/villages', { ...auth, config: describeRoute({ body: createVillageBody }) }, async (request, reply) => {
    const admin = await requireAdmin(ctx.db, request);
    const body = parseBody(createVillageBody, request.body);
    communesInScope(admin, body.communeCode);
    const id = randomUUID();
    await writeVillage(sync, { id, name: body.name, userId: admin.id, communes: admin.communeCodes, create: true, communeCode: body.communeCode });
    void reply.code(201);
    return { village: { id, communeCode: body.communeCode, name: body.name } };
  });

  api.patch('/admin/villages/:id', { ...auth, config: describeRoute({ params: idParams, body: renameVillageBody }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    const { id } = parseQuery(idParams, request.params);
    const { name } = parseBody(renameVillageBody, request.body);
    const outcome = await writeVillage(sync, { id, name, userId: admin.id, communes: admin.communeCodes, create: false });
    if (!outcome.ok) throw notFound('No village with this id in your communes.');
    return { village: { id, name } };
  });

  api.get('/admin/agencies', { ...auth, config: describeRoute({ summary: 'Receiving agencies and their signing keys' }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    if (admin.communeCodes.length === 0) return { agencies: [] };
    const communes = await ctx.db.selectFrom('communes').select(['code', 'name', 'province_code']).where('code', 'in', admin.communeCodes).orderBy('code').execute();
    const configured = await loadReceivingAgencies(ctx.db, admin.communeCodes);
    const keys = await listAgencyPublicKeys(ctx.db);
    return {
      agencies: communes.map((c) => {
        const agencyCode = (configured.get(c.code) ?? defaultReceivingAgency(c.province_code)).agencyCode;
        return { communeCode: c.code, communeName: c.name, agencyCode, keys: keys.filter((k) => k.agencyCode === agencyCode) };
      }),
    };
  });

  api.post('/admin/agency-keys/rotate', { ...auth, config: describeRoute({ body: rotateKeyBody }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    const { communeCode } = parseBody(rotateKeyBody, request.body);
    communesInScope(admin, communeCode);
    if (!sync.papers) throw new ApiError(503, 'signing-unavailable', 'This server does not sign papers.');
    const commune = await ctx.db.selectFrom('communes').select('province_code').where('code', '=', communeCode).executeTakeFirstOrThrow();
    const agency = (await loadReceivingAgencies(ctx.db, [communeCode])).get(communeCode) ?? defaultReceivingAgency(commune.province_code);
    return { kid: await sync.papers.rotate(ctx.db, agency.agencyCode, sync.now()) };
  });
}
