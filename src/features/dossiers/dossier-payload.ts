import type { DossierDraft, DossierPayload } from '../../db/dossier-types';
import type { CitizenDraftSubmission } from '../../domain/dossier/citizen-draft';
import type { Procedure } from '../../domain/catalog/catalog-types';
import { applicableFee } from '../../domain/catalog/fee';
import type { Facts } from '../../domain/catalog/facts';
import { missingItems } from '../../domain/catalog/missing-items';
import { answersAreValid } from '../../domain/catalog/validate-answers';
import { answerContext } from '../../domain/catalog/visible-fields';
import { todayInVietnam } from '../../domain/calendar/dates';
import type { WorkCalendar } from '../../domain/calendar/working-days';
import { resultDueDate } from '../../domain/dossier/result-due-date';
import { applicableDocuments, confirmationComplete, pageCounts, readyForReview } from './draft-state';

export type PayloadContext = { communeCode: string; facts: Facts; now: Date; calendar: WorkCalendar };
export type DossierContent = Omit<DossierPayload, 'localReference' | 'submittedAt'>;

/** 'HH:MM' in Vietnam: the same-day cut-off (15:00) is the office's clock, not the tablet's zone. */
export const vietnamTime = (now: Date): string => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(11, 16);

/**
 * What a complete draft sends: only the answers of fields that apply, the pages of documents that
 * apply, the people it names who are not registered, the fee quoted and the appointment date.
 * Throws when the draft is not complete: the screen only offers "submit" when it is.
 */
export function buildDossierContent(draft: DossierDraft, procedure: Procedure, { communeCode, facts, now, calendar }: PayloadContext): DossierContent {
  const today = todayInVietnam(now);
  if (!confirmationComplete(draft.confirmation)) throw new Error('dossier draft is not complete');
  const { answers, persons, documents } = applicableContent(draft, procedure, { today, facts });
  const { method, signatureImage, witnessName } = draft.confirmation;
  const confirmedAt = now.toISOString();
  return {
    citizenId: draft.citizenId,
    procedureCode: procedure.code,
    catalogVersion: draft.catalogVersion,
    communeCode,
    answers,
    persons,
    documents,
    confirmation: method === 'witness' || method === ''
      ? { method: 'witness', witnessName: witnessName.trim(), confirmedAt }
      : { method, signatureImage: signatureImage!, confirmedAt },
    fee: applicableFee(procedure, { channel: 'inPerson', answers: draft.answers, facts, today }),
    resultDue: resultDueDate(procedure.processing, { date: today, time: vietnamTime(now) }, calendar),
  };
}

export type CitizenDraftContent = Omit<CitizenDraftSubmission, 'localReference' | 'submittedAt'>;

/**
 * What a citizen's own phone sends (issue 7 §7): the same answers, people and pages as a full dossier, without
 * the desk's part (confirmation, fee quote, appointment), which staff add when they check it.
 */
export function buildCitizenDraftContent(draft: DossierDraft, procedure: Procedure, { communeCode, now }: Pick<PayloadContext, 'communeCode' | 'now'>): CitizenDraftContent {
  const { answers, persons, documents } = applicableContent(draft, procedure, { today: todayInVietnam(now), facts: {} });
  return { citizenId: draft.citizenId, procedureCode: procedure.code, catalogVersion: draft.catalogVersion, communeCode, answers, persons, documents };
}

/** The answers of fields that apply, the people they name who are not registered, the pages of documents that apply. */
function applicableContent(draft: DossierDraft, procedure: Procedure, options: { today: string; facts: Facts }): Pick<DossierContent, 'answers' | 'persons' | 'documents'> {
  const items = missingItems(procedure, draft.answers, pageCounts(draft), options);
  if (!readyForReview(items) || !answersAreValid(procedure, draft.answers, options)) throw new Error('dossier draft is not complete');
  const { context } = answerContext(procedure, draft.answers, options);
  // Plain arrays: the answers go through structured clone and JSON, where a readonly type means nothing.
  const answers = Object.fromEntries(Object.entries(context.answers).map(([id, value]) => [id, Array.isArray(value) ? [...(value as readonly string[])] : value])) as DossierContent['answers'];
  const named = new Set(Object.values(answers).filter((v): v is string => typeof v === 'string'));
  const documents = Object.fromEntries(
    applicableDocuments(procedure, draft.answers, options).filter((d) => (draft.documents[d.id] ?? []).length > 0).map((d) => [d.id, draft.documents[d.id]!]),
  );
  return { answers, persons: Object.fromEntries(Object.entries(draft.persons).filter(([id]) => named.has(id))), documents };
}
