/** `GET /admin/audit` (src/server/rights/audit-log.ts), as the screen reads it. */
export type AuditItem = {
  id: string; at: string; action: string; citizenId: string; citizenName: string | null; communeCode: string;
  actor: { id: string | null; role: string; displayName: string | null }; fields: string[]; detail: Record<string, unknown> | null;
};
export type AuditPage = { items: AuditItem[]; total: number; page: number; pageSize: number };
