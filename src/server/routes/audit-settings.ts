import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DRAFT_RETENTION } from '../../domain/privacy/retention';
import type { AppContext } from '../app-context';
import { requireUser } from '../auth/authenticate';
import { parseBody, parseQuery } from '../http/parse-request';
import { requireAdmin } from '../office/office-access';
import { describeRoute } from '../openapi/route-schemas';
import { auditQuery, listAudit } from '../rights/audit-log';
import { readDeviceSettings, writeDraftRetentionDays } from '../rights/server-settings';
import type { SyncContext } from '../sync/sync-context';

const settingsBody = z.object({ draftRetentionDays: z.number().int().min(DRAFT_RETENTION.minDays).max(DRAFT_RETENTION.maxDays) });

/**
 * The audit log of citizens' data, for administrators of the communes it belongs to (issue 8 §4), and the
 * settings devices apply: the retention of drafts never submitted, set by an admin, read by every device at sync.
 */
export function registerAuditSettingsRoutes(api: FastifyInstance, ctx: AppContext, sync: SyncContext): void {
  const auth = { preHandler: api.authenticate };

  api.get('/admin/audit', { ...auth, config: describeRoute({ query: auditQuery, summary: "The audit log of citizens' data" }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    return listAudit(ctx.db, admin.communeCodes, parseQuery(auditQuery, request.query));
  });

  api.get('/admin/settings', { ...auth, config: describeRoute({ summary: 'Settings applied by every device' }) }, async (request) => {
    await requireAdmin(ctx.db, request);
    return { settings: await readDeviceSettings(ctx.db), limits: { draftRetentionDays: DRAFT_RETENTION } };
  });

  api.put('/admin/settings', { ...auth, config: describeRoute({ body: settingsBody }) }, async (request) => {
    const admin = await requireAdmin(ctx.db, request);
    const body = parseBody(settingsBody, request.body);
    await writeDraftRetentionDays(ctx.db, body.draftRetentionDays, admin.id, sync.now());
    return { settings: await readDeviceSettings(ctx.db) };
  });

  api.get('/settings/device', { ...auth, config: describeRoute({ summary: 'Settings this device applies (draft retention)' }) }, async (request) => {
    requireUser(request);
    return { settings: await readDeviceSettings(ctx.db) };
  });
}
