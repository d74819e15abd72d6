import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../domain/privacy/audit-actions';
import type { Database } from '../db/schema';

export const auditQuery = z.object({
  citizen: z.uuid().optional(),
  user: z.string().min(1).max(64).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** Inclusive dates in Vietnam (YYYY-MM-DD). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.output<typeof auditQuery>;

export type AuditItem = {
  id: string; at: string; action: string; citizenId: string; citizenName: string | null; communeCode: string;
  actor: { id: string | null; role: string; displayName: string | null }; fields: string[]; detail: Record<string, unknown> | null;
};
export type AuditPage = { items: AuditItem[]; total: number; page: number; pageSize: number };

// A Vietnam date as the UTC instant its day starts (UTC+7 all year).
const startOfVietnamDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+07:00`)).toISOString();
const startOfNextVietnamDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+07:00`) + 86_400_000).toISOString();

/** The audit log of the given communes, newest first, filtered and paged, for an administrator. */
export async function listAudit(db: Kysely<Database>, communes: readonly string[], query: AuditQuery): Promise<AuditPage> {
  if (communes.length === 0) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  let base = db.selectFrom('citizen_audit').where('citizen_audit.commune_code', 'in', [...communes]);
  if (query.citizen) base = base.where('citizen_audit.citizen_id', '=', query.citizen);
  if (query.user) base = base.where('citizen_audit.actor_id', '=', query.user);
  if (query.action) base = base.where('citizen_audit.action', '=', query.action);
  if (query.from) base = base.where('citizen_audit.created_at', '>=', startOfVietnamDay(query.from));
  if (query.to) base = base.where('citizen_audit.created_at', '<', startOfNextVietnamDay(query.to));
  const { total } = await base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('users', 'users.id', 'citizen_audit.actor_id')
    .leftJoin('citizens', 'citizens.id', 'citizen_audit.citizen_id')
    .select([
      'citizen_audit.id', 'citizen_audit.created_at', 'citizen_audit.action', 'citizen_audit.citizen_id', 'citizen_audit.commune_code',
      'citizen_audit.actor_id', 'citizen_audit.actor_role', 'citizen_audit.fields', 'citizen_audit.detail', 'users.display_name', 'citizens.full_name',
    ])
    .orderBy('citizen_audit.created_at', 'desc')
    .orderBy('citizen_audit.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    total: Number(total),
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      id: r.id, at: r.created_at, action: r.action, citizenId: r.citizen_id, citizenName: r.full_name || null, communeCode: r.commune_code,
      actor: { id: r.actor_id, role: r.actor_role, displayName: r.display_name },
      fields: r.fields ? (JSON.parse(r.fields) as string[]) : [],
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    })),
  };
}
