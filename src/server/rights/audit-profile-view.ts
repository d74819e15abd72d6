import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { OfficeCitizen } from '../office/dossier-detail';
import { appendCitizenAudit, type AuditActor } from './citizen-audit';

/**
 * Records that someone saw a person's full profile (identity, ID numbers, contact, address, photos): the audit
 * log holds every such view (issue 8 §4), by whom and through which screen, never what was shown.
 */
export async function auditProfileView(db: Kysely<Database>, actor: AuditActor, citizen: OfficeCitizen, via: 'citizen' | 'dossier', at: Date): Promise<void> {
  await appendCitizenAudit(db, [{
    citizenId: citizen.id, communeCode: citizen.communeCode, actor, action: 'view-profile', fields: Object.keys(citizen.fields), detail: { via }, at: at.toISOString(),
  }]);
}
