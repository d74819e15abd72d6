import { CATALOG, CATALOG_VERSION, findProcedure } from '../../../domain/catalog/catalog-data';
import type { Answers } from '../../../domain/catalog/catalog-types';
import { validateAnswers } from '../../../domain/catalog/validate-answers';
import { validateWith } from '../../../domain/validation/field-errors';
import type { Mutation } from '../../../shared/protocol';
import { assignOfficialCode } from '../official-code/assign-official-code';
import { readString, type RecordState } from '../records/record-state';
import {
  DOSSIER_CLIENT_FIELDS, DOSSIER_CLOSED_STATUSES, DOSSIER_FIXED_FIELDS, DOSSIER_SERVER_FIELDS, dossierSubmissionSchema,
  dossierSupplementSchema,
} from './dossier-fields';
import { mergeRecord, newRecordState, withServerFields } from './merge-record';
import { fieldsWithoutId, rejectMissingAttachments, rejectUnknownFields } from './mutation-checks';
import { rejected, rejectedByRules, type Outcome } from './outcome';
import type { PushEnvironment } from './push-environment';
import type { WorkingSet } from './working-set';

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
  return current ? supplementDossier(ws, m, own.fields, current, env) : receiveDossier(ws, m, own.fields, env);
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
  const received = withServerFields(
    { ...newRecordState('dossier', m.entityId, env), communeCode },
    { status: 'received', officialCode, agencyCode: agency.agencyCode, receivedAt: env.nowIso, communeCode },
    1,
    env,
  );
  // The device's fields go on top as its edit; `citizenId` names the person's one record even when the
  // device still knows them by an id the server has since linked.
  const merged = mergeRecord('dossier', m.entityId, received, { ...m, fields: { ...fields, citizenId } }, DOSSIER_SERVER_FIELDS, env);
  ws.put(merged.state);
  return { status: 'applied', entityId: m.entityId, revision: merged.state.revision };
}

function supplementDossier(ws: WorkingSet, m: Mutation, fields: Mutation['fields'], current: RecordState, env: PushEnvironment): Outcome {
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
  if (merged.changed) ws.put(merged.state);
  return { status: 'applied', entityId: m.entityId, revision: merged.state.revision };
}

/**
 * The procedure's field rules, with the catalog version the device used. The server checks only answers
 * made with the catalog it has: an older device's answers were checked on the device with its own catalog,
 * and refusing them here would strand a dossier the citizen has already handed in.
 */
function checkAnswers(procedureCode: string, catalogVersion: string, answers: Answers) {
  const procedure = findProcedure(CATALOG, procedureCode);
  if (!procedure || catalogVersion !== CATALOG_VERSION) return undefined;
  const errors = validateAnswers(procedure, answers).filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return undefined;
  return errors.map((e) => ({ path: `answers.${e.field}`, code: e.code, ...(e.params ? { params: e.params } : {}) }));
}
