import type { Kysely } from 'kysely';
import { sameValue } from '../../shared/reconcile/canonical-json';
import type { Database } from '../db/schema';
import { loadCitizens } from '../sync/records/citizen-table';
import type { RecordState } from '../sync/records/record-state';
import { appendCitizenAudit, type AuditActor, type AuditEntry } from './citizen-audit';

/**
 * Audit entries for the citizens a push is about to save: which fields each one changed, compared with the
 * row still in the database. Call in the push's transaction before the records are written.
 */
export async function auditPushedCitizens(db: Kysely<Database>, states: readonly RecordState[], actor: AuditActor, at: string): Promise<void> {
  const citizens = states.filter((s) => s.entity === 'citizen');
  if (citizens.length === 0) return;
  const stored = new Map((await loadCitizens(db, citizens.map((s) => s.id))).map((s) => [s.id, s]));
  const entries: AuditEntry[] = [];
  for (const state of citizens) {
    const before = stored.get(state.id);
    const base = { citizenId: state.id, communeCode: state.communeCode, actor, at };
    if (!before) {
      entries.push({ ...base, action: 'create', fields: Object.keys(state.fields) });
    } else if (state.deleted && !before.deleted) {
      entries.push({ ...base, action: 'delete' });
    } else {
      const names = new Set([...Object.keys(before.fields), ...Object.keys(state.fields)]);
      const changed = [...names].filter((name) => !sameValue(before.fields[name], state.fields[name]));
      // A push whose values all lost a conflict changed no data (only the record's history): nothing to log.
      if (changed.length > 0) entries.push({ ...base, action: 'change', fields: changed });
    }
  }
  await appendCitizenAudit(db, entries);
}
