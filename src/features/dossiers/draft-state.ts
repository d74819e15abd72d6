import type { DossierDraft } from '../../db/dossier-types';
import type { AnswerValue, DocumentRequirement, PersonRefField, Procedure } from '../../domain/catalog/catalog-types';
import { evaluateCondition, isAnswered } from '../../domain/catalog/conditions';
import type { MissingItem } from '../../domain/catalog/missing-items';
import { answerContext, type AnswerOptions } from '../../domain/catalog/visible-fields';
import type { AttachmentRef } from '../../domain/citizen/attachment-ref';

// Pure edits of a dossier draft: the screen calls these inside update(), so every change autosaves.

export function emptyDossierDraft(id: string, catalogVersion: string, init: { citizenId?: string; procedureCode?: string } = {}): DossierDraft {
  return {
    id, citizenId: init.citizenId ?? '', procedureCode: init.procedureCode ?? '', catalogVersion,
    answers: {}, persons: {}, documents: {}, confirmation: { method: '', witnessName: '' },
  };
}

/** The person the dossier is for: its first person field (birth: the applicant; allowance: the subject). */
export function mainPersonField(procedure: Procedure): PersonRefField | undefined {
  return procedure.fields.find((f): f is PersonRefField => f.type === 'personRef');
}

/** Puts the chosen citizen into the procedure's main person field, unless staff already chose someone else. */
function prefill(draft: DossierDraft, procedure: Procedure | undefined, previousCitizen: string): DossierDraft {
  const field = procedure && mainPersonField(procedure);
  if (!field || !draft.citizenId) return draft;
  const current = draft.answers[field.id];
  if (isAnswered(current) && current !== previousCitizen) return draft;
  return { ...draft, answers: { ...draft.answers, [field.id]: draft.citizenId } };
}

export const withCitizen = (draft: DossierDraft, citizenId: string, procedure: Procedure | undefined): DossierDraft =>
  prefill({ ...draft, citizenId }, procedure, draft.citizenId);

export const withProcedure = (draft: DossierDraft, procedure: Procedure): DossierDraft =>
  prefill({ ...draft, procedureCode: procedure.code }, procedure, draft.citizenId);

/** An empty answer is removed, so "not answered" looks the same however it came about. */
export function setAnswer(draft: DossierDraft, fieldId: string, value: AnswerValue | undefined): DossierDraft {
  const answers = { ...draft.answers };
  if (value === undefined || !isAnswered(value)) delete answers[fieldId];
  else answers[fieldId] = value;
  return { ...draft, answers };
}

export function addPages(draft: DossierDraft, documentId: string, pages: AttachmentRef[]): DossierDraft {
  return { ...draft, documents: { ...draft.documents, [documentId]: [...(draft.documents[documentId] ?? []), ...pages] } };
}

export function movePage(draft: DossierDraft, documentId: string, index: number, delta: -1 | 1): DossierDraft {
  const pages = [...(draft.documents[documentId] ?? [])];
  const target = index + delta;
  if (target < 0 || target >= pages.length) return draft;
  [pages[index], pages[target]] = [pages[target]!, pages[index]!];
  return { ...draft, documents: { ...draft.documents, [documentId]: pages } };
}

export function removePage(draft: DossierDraft, documentId: string, index: number): DossierDraft {
  const pages = (draft.documents[documentId] ?? []).filter((_, i) => i !== index);
  return { ...draft, documents: { ...draft.documents, [documentId]: pages } };
}

export const pageCounts = (draft: DossierDraft): Record<string, number> =>
  Object.fromEntries(Object.entries(draft.documents).map(([id, pages]) => [id, pages.length]));

/** The documents the current answers call for, except the request form the app fills in itself. */
export function applicableDocuments(procedure: Procedure, answers: DossierDraft['answers'], options: AnswerOptions = {}): DocumentRequirement[] {
  const { context } = answerContext(procedure, answers, options);
  return procedure.documents.filter((d) => !d.generated && (!d.when || evaluateCondition(d.when, context)));
}

/** Ready for review once nothing is missing but the papers to show at the desk (they stay as reminders). */
export const readyForReview = (items: readonly MissingItem[]): boolean => items.every((i) => i.kind === 'document' && i.bringToDesk);

export function confirmationComplete(confirmation: DossierDraft['confirmation']): boolean {
  if (confirmation.method === 'witness') return confirmation.witnessName.trim().length >= 2;
  return confirmation.method !== '' && confirmation.signatureImage !== undefined;
}

/** A person who is not in the register (the child's father living elsewhere): named in the draft, answered by a new id. */
export function pickUnregistered(draft: DossierDraft, fieldId: string, fullName: string, id: string = crypto.randomUUID()): DossierDraft {
  return { ...draft, persons: { ...draft.persons, [id]: { fullName: fullName.normalize('NFC').trim() } }, answers: { ...draft.answers, [fieldId]: id } };
}

export function renamePerson(draft: DossierDraft, personId: string, fullName: string): DossierDraft {
  return { ...draft, persons: { ...draft.persons, [personId]: { fullName } } };
}
