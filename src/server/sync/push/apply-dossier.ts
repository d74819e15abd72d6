import { todayInVietnam } from '../../../domain/calendar/dates';
import { buildWorkCalendar } from '../../../domain/calendar/working-days';
import { CATALOG, findProcedure } from '../../../domain/catalog/catalog-data';
import { dossierDueDate } from '../../../domain/dossier/dossier-due-date';
import { transition } from '../../../domain/dossier/status-machine';
import { initials } from '../../../domain/text/initials';
import { validateWith } from '../../../domain/validation/field-errors';
import type { Mutation } from '../../../shared/protocol';
import { assignOfficialCode } from '../official-code/assign-official-code';
import { receiveCitizenDraft } from './receive-citizen-draft';
import { checkAnswers } from './check-answers';
import { readString, type RecordState } from '../records/record-state';
import { appendDossierEvent, statusBeforeSupplementRequest } from '../server-writes/dossier-events';
import {
  DOSSIER_CLIENT_FIELDS, DOSSIER_CLOSED_STATUSES, DOSSIER_FIXED_FIELDS, DOSSIER_SERVER_FIELDS, dossierSubmissionSchema,
  dossierSupplementSchema,
} from './dossier-fields';
import { mergeRecord, newRecordState, withServerFields } from './merge-record';
import { fieldsWithoutId, rejectMissingAttachments, rejectUnknownFields } from './mutation-checks';
import { rejected, rejectedByRules, type Outcome } from './outcome';
import type { PushEnvironment } from './push-environment';
import type { WorkingSet } from './working-set';

const calendar = buildWorkCalendar();
const KNOWN_FIELDS: ReadonlySet<string> = new Set([...DOSSIER_CLIENT_FIELDS, ...DOSSIER_SERVER_FIELDS]);
const SERVER_OWNED_AFTER_RECEIPT = [...DOSSIER_SERVER_FIELDS, ...DOSSIER_FIXED_FIELDS];

/**
 * A submitted dossier. On first receipt the server assigns the official code and sets status `received`
 * (both server-owned: a device's attempt to change them is kept in the history, never applied). Later
 * upserts may add answers and documents (a supplement) until the dossier is closed.
 */
export async function applyDossier(ws: WorkingSet, m: Mutation, env: PushEnvironment): Promise<Outcome> {
  if (m.op === 'delete') return rejected(m.entityId, 'delete-not-allowed');
  const own = fieldsWithoutId(m);
  if ('rejection' in own) return own.rejection;
  const unknown = rejectUnknownFields(m, own.fields, KNOWN_FIELDS);
  if (unknown) return unknown;
  const current = ws.get('dossier', m.entityId);
  if (env.citizenSelf) {
    // Someone else's dossier answers like one outside the commune: a phone learns nothing about it.
    if (current && current.createdBy !== env.userId) return rejected(m.entityId, 'forbidden-commune', { reason: 'citizen-own-dossiers-only' });
    if (!current) return receiveCitizenDraft(ws, m, own.fields, env, env.citizenSelf.citizenId);
  }
  return current ? supplementDossier(ws, m, own.fields, current, env) : receiveDossier(ws, m, own.fields, env);
}

/**
 * The receipt, signed with the agency's key (issue 6 §7): what the paper's QR code carries, so anyone can check
 * it offline. The citizen appears by initials only.
 */
function signReceipt(env: PushEnvironment, paper: { code: string; procedureCode: string; fullName: unknown; dueDate: string | null; agency: string; communeCode: string }) {
  return env.papers?.sign(env.db, {
    kind: 'receipt', code: paper.code, proc: paper.procedureCode, who: initials(typeof paper.fullName === 'string' ? paper.fullName : ''),
    on: todayInVietnam(env.now), ...(paper.dueDate ? { due: paper.dueDate } : {}), agency: paper.agency, commune: paper.communeCode,
  }, env.now);
}

async function receiveDossier(ws: WorkingSet, m: Mutation, fields: Mutation['fields'], env: PushEnvironment): Promise<Outcome> {
  const parsed = validateWith(dossierSubmissionSchema, fields);
  if (!parsed.ok) return rejectedByRules(m.entityId, parsed.errors);
  const submission = parsed.value;
  const citizenId = ws.resolveCitizen(submission.citizenId);
  const citizen = ws.get('citizen', citizenId);
  if (!citizen || citizen.deleted) return rejected(m.entityId, 'citizen-missing', { citizenId: submission.citizenId });
  const communeCode = submission.communeCode ?? citizen.communeCode;
  if (!env.communes.has(communeCode)) return rejected(m.entityId, 'forbidden-commune', { communeCode });
  const procedure = findProcedure(CATALOG, submission.procedureCode);
  if (!procedure) return rejected(m.entityId, 'procedure-unknown', { procedureCode: submission.procedureCode });
  const answerErrors = checkAnswers(submission.procedureCode, submission.catalogVersion, submission.answers);
  if (answerErrors) return rejectedByRules(m.entityId, answerErrors);
  const missing = rejectMissingAttachments(m, fields, ws);
  if (missing) return missing;

  // Numbered last, once nothing can refuse the dossier: a refused dossier must not leave a gap in the
  // agency's day sequence (a rolled-back transaction gives its number back).
  const agency = env.agencyFor(communeCode);
  const officialCode = await assignOfficialCode(env.db, agency, env.now);
  const dueDate = dossierDueDate(procedure, submission.submittedAt, env.now, calendar);
  const signedReceipt = await signReceipt(env, {
    code: officialCode, procedureCode: submission.procedureCode, fullName: citizen.fields.fullName, dueDate, agency: agency.agencyCode, communeCode,
  });
  const received = withServerFields(
    { ...newRecordState('dossier', m.entityId, env), communeCode },
    {
      status: 'received', officialCode, agencyCode: agency.agencyCode, receivedAt: env.nowIso, communeCode, dueDate,
      ...(signedReceipt ? { signedReceipt } : {}),
    },
    1,
    env,
  );
  // The device's fields go on top as its edit; `citizenId` names the person's one record even when the
  // device still knows them by an id the server has since linked.
  const merged = mergeRecord('dossier', m.entityId, received, { ...m, fields: { ...fields, citizenId } }, DOSSIER_SERVER_FIELDS, env);
  ws.put(merged.state);
  await appendDossierEvent(env.db, { dossierId: m.entityId, communeCode, actorId: env.userId, event: 'receive', from: 'submitted', to: 'received', at: env.nowIso });
  return { status: 'applied', entityId: m.entityId, revision: merged.state.revision };
}

async function supplementDossier(ws: WorkingSet, m: Mutation, fields: Mutation['fields'], current: RecordState, env: PushEnvironment): Promise<Outcome> {
  if (!env.communes.has(current.communeCode)) return rejected(m.entityId, 'forbidden-commune', { communeCode: current.communeCode });
  if (current.deleted) return rejected(m.entityId, 'record-deleted');
  if (DOSSIER_CLOSED_STATUSES.includes(readString(current.fields, 'status') ?? '')) return rejected(m.entityId, 'dossier-closed');
  const merged = mergeRecord('dossier', m.entityId, current, { ...m, fields }, SERVER_OWNED_AFTER_RECEIPT, env);
  const parsed = validateWith(dossierSupplementSchema, { answers: merged.state.fields.answers, documents: merged.state.fields.documents });
  if (!parsed.ok) return rejectedByRules(m.entityId, parsed.errors);
  const answerErrors = checkAnswers(
    readString(current.fields, 'procedureCode') ?? '',
    readString(current.fields, 'catalogVersion') ?? '',
    parsed.value.answers,
  );
  if (answerErrors) return rejectedByRules(m.entityId, answerErrors);
  const missing = rejectMissingAttachments(m, fields, ws);
  if (missing) return missing;
  if (!merged.changed) return { status: 'applied', entityId: m.entityId, revision: merged.state.revision };
  ws.put(await resumeAfterSupplement(merged.state, fields, env));
  return { status: 'applied', entityId: m.entityId, revision: merged.state.revision };
}

/**
 * Papers or answers arriving for a dossier an officer asked to complete put it back in the officer's queue,
 * where it was when they were asked for (status machine: `supplement`), in this push's transaction, and the
 * audit log says so. The request's reason and list are cleared: the device's banner goes away.
 */
async function resumeAfterSupplement(state: RecordState, fields: Mutation['fields'], env: PushEnvironment): Promise<RecordState> {
  if (readString(state.fields, 'status') !== 'needsSupplement' || !('documents' in fields || 'answers' in fields)) return state;
  const moved = transition('needsSupplement', 'supplement', { resumeAt: await statusBeforeSupplementRequest(env.db, state.id) });
  if (!moved.ok) return state;
  await appendDossierEvent(env.db, {
    dossierId: state.id, communeCode: state.communeCode, actorId: env.userId, event: 'supplement', from: 'needsSupplement', to: moved.status, at: env.nowIso,
  });
  return withServerFields(state, { status: moved.status, statusReason: null, missingItems: null }, state.revision, env);
}
