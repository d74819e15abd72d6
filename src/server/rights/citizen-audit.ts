import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditAction } from '../../domain/privacy/audit-actions';
import type { Database } from '../db/schema';
import { chunk } from '../sync/records/chunk';

export type AuditActor = { id: string | null; role: string };

export type AuditEntry = {
  citizenId: string;
  communeCode: string;
  actor: AuditActor;
  action: AuditAction;
  /** Names of the fields viewed or changed: never their values, some of which are sensitive (data-protection.md). */
  fields?: readonly string[] | undefined;
  /** Codes only (a purpose, a request kind, a format): nothing a person typed. */
  detail?: Record<string, string | number | boolean> | undefined;
  at: string;
};

/**
 * Appends to the citizens' audit log. Call inside the transaction of the change it records: both commit or
 * neither does. Nothing updates or deletes these rows; the database refuses it too (migration 0014).
 */
export async function appendCitizenAudit(db: Kysely<Database>, entries: readonly AuditEntry[]): Promise<void> {
  for (const part of chunk(entries)) {
    await db
      .insertInto('citizen_audit')
      .values(part.map((e) => ({
        id: randomUUID(),
        citizen_id: e.citizenId,
        commune_code: e.communeCode,
        actor_id: e.actor.id,
        actor_role: e.actor.role,
        action: e.action,
        fields: e.fields && e.fields.length > 0 ? JSON.stringify([...e.fields].sort()) : null,
        detail: e.detail ? JSON.stringify(e.detail) : null,
        created_at: e.at,
      })))
      .execute();
  }
}
