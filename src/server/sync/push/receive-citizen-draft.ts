import { CATALOG, findProcedure } from '../../../domain/catalog/catalog-data';
import { citizenDraftSchema } from '../../../domain/dossier/citizen-draft';
import { validateWith } from '../../../domain/validation/field-errors';
import type { Mutation } from '../../../shared/protocol';
import { appendDossierEvent } from '../server-writes/dossier-events';
import { checkAnswers } from './check-answers';
import { DOSSIER_SERVER_FIELDS } from './dossier-fields';
import { mergeRecord, newRecordState, withServerFields } from './merge-record';
import { rejectMissingAttachments } from './mutation-checks';
import { rejected, rejectedByRules, type Outcome } from './outcome';
import type { PushEnvironment } from './push-environment';
import type { WorkingSet } from './working-set';

/**
 * A dossier a citizen prepared on their own phone (issue 7 §7). It is stored as `toCheck`, marked
 * `preparedBy: citizen`, for the commune's staff to check in their queue: no official code, no due date and
 * no receipt yet — those come when staff accept it (`acceptCheck`), because only then has the commune
 * received it. The applicant is always the account holder, whatever the phone sent, and the commune is
 * the account's.
 */
export async function receiveCitizenDraft(ws: WorkingSet, m: Mutation, fields: Mutation['fields'], env: PushEnvironment, citizenId: string): Promise<Outcome> {
  const parsed = validateWith(citizenDraftSchema, fields);
  if (!parsed.ok) return rejectedByRules(m.entityId, parsed.errors);
  const draft = parsed.value;
  const [communeCode] = [...env.communes.keys()];
  if (!communeCode || draft.communeCode !== communeCode) return rejected(m.entityId, 'forbidden-commune', { communeCode: draft.communeCode });
  if (draft.citizenId !== citizenId) return rejected(m.entityId, 'forbidden-commune', { reason: 'citizen-own-dossiers-only' });
  if (!ws.get('citizen', citizenId)) return rejected(m.entityId, 'citizen-missing', { citizenId });
  if (!findProcedure(CATALOG, draft.procedureCode)) return rejected(m.entityId, 'procedure-unknown', { procedureCode: draft.procedureCode });
  const answerErrors = checkAnswers(draft.procedureCode, draft.catalogVersion, draft.answers);
  if (answerErrors) return rejectedByRules(m.entityId, answerErrors);
  const missing = rejectMissingAttachments(m, fields, ws);
  if (missing) return missing;

  const waiting = withServerFields(
    { ...newRecordState('dossier', m.entityId, env), communeCode },
    { status: 'toCheck', preparedBy: 'citizen', communeCode },
    1,
    env,
  );
  const merged = mergeRecord('dossier', m.entityId, waiting, { ...m, fields: { ...fields, citizenId } }, DOSSIER_SERVER_FIELDS, env);
  ws.put(merged.state);
  await appendDossierEvent(env.db, { dossierId: m.entityId, communeCode, actorId: env.userId, event: 'receiveForCheck', from: 'submitted', to: 'toCheck', at: env.nowIso });
  return { status: 'applied', entityId: m.entityId, revision: merged.state.revision };
}
