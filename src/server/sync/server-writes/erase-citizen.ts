import type { Kysely } from 'kysely';
import { DOSSIER_STATUSES } from '../../../domain/dossier/status-machine';
import { UNDECIDED_STATUSES } from '../../../domain/dossier/deadline';
import type { Database } from '../../db/schema';
import { appendCitizenAudit, type AuditActor } from '../../rights/citizen-audit';
import { appendToChangeLog } from '../change-log';
import type { ServerWriter } from '../push/merge-record';
import { loadCitizens, saveCitizens } from '../records/citizen-table';
import { refreshCitizenAttachments } from './citizen-attachments';

// Statuses in which a procedure is still running for the person: a `toCheck` draft has not been numbered yet.
const RUNNING = DOSSIER_STATUSES.filter((s) => UNDECIDED_STATUSES.includes(s) || s === 'toCheck');

export type EraseOutcome = { ok: true; revision: number } | { ok: false; error: 'not-found' | 'dossiers-pending'; dossiers?: string[] };

/**
 * Erases a person's data when their deletion request is carried out (data-protection.md: the right to have
 * data deleted). Call inside the caller's transaction, after lockSyncWrites.
 *
 * What is erased and what is kept, and why:
 * - The citizen record loses every field (name, ID numbers, phone, address, photos, consent) and the history
 *   of values that lost conflicts; what stays is a tombstone: its id, commune, `deleted` and the revision, so
 *   that every tablet deletes its copy on its next pull and a late push from an offline tablet is refused
 *   (`record-deleted`) instead of bringing the person back.
 * - The audit log keeps its entries: they hold ids, roles, field names and dates, not the person's data, and
 *   they are the proof that the request was carried out.
 * - Dossiers already decided keep their content: they are the commune's administrative records of a
 *   procedure carried out under a legal obligation, not under consent, and are kept under the archive rules.
 *   A deletion is refused while a dossier is still running (received, in processing, waiting for papers):
 *   the officer settles it with the person first (a result, or a refusal at their request), since erasing
 *   the applicant of a running procedure would leave a decision owed to nobody.
 * - The photo files are no longer linked to any record, so nobody can download them any more.
 */
export async function eraseCitizen(trx: Kysely<Database>, writer: ServerWriter, citizenId: string, actor: AuditActor & { id: string }): Promise<EraseOutcome> {
  const [current] = await loadCitizens(trx, [citizenId]);
  if (!current || current.deleted) return { ok: false, error: 'not-found' };
  const running = await trx.selectFrom('dossiers').select('id').where('citizen_id', '=', citizenId).where('deleted', '=', 0).where('status', 'in', RUNNING).execute();
  if (running.length > 0) return { ok: false, error: 'dossiers-pending', dossiers: running.map((r) => r.id) };

  const nowIso = writer.now.toISOString();
  const revision = current.revision + 1;
  const erasedFields = Object.keys(current.fields);
  const tombstone = {
    ...current, revision, deleted: true, fields: {}, fieldClocks: {}, fieldRevisions: {}, history: [], updatedBy: actor.id, updatedAt: nowIso,
  };
  await saveCitizens(trx, [tombstone]);
  await refreshCitizenAttachments(trx, tombstone);
  await appendToChangeLog(trx, [{ entity: 'citizen', entityId: citizenId, communeCode: current.communeCode, revision }], nowIso);
  await appendCitizenAudit(trx, [{ citizenId, communeCode: current.communeCode, actor, action: 'deleted', fields: erasedFields, at: nowIso }]);
  return { ok: true, revision };
}
