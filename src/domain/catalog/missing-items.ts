import type { Answers, Procedure } from './catalog-types';
import { evaluateCondition, isAnswered } from './conditions';
import { answerContext } from './visible-fields';
import type { AnswerOptions } from './visible-fields';

// The checklist shown before a dossier is submitted: required answers still empty, and required
// documents not yet photographed. Documents shown at the desk (`present`) stay on the list as a
// reminder to bring them; the request form is generated, so it is never missing.

export type MissingItem =
  | { kind: 'field'; id: string; labelKey: string }
  | { kind: 'document'; id: string; labelKey: string; bringToDesk: boolean };

/** `documentPages`: pages photographed so far, per document id. */
export function missingItems(
  procedure: Procedure,
  answers: Answers,
  documentPages: Readonly<Record<string, number>>,
  options: AnswerOptions = {},
): MissingItem[] {
  const { visible, context } = answerContext(procedure, answers, options);
  const items: MissingItem[] = [];
  for (const field of visible) {
    const required = typeof field.required === 'boolean' ? field.required : evaluateCondition(field.required, context);
    if (required && !isAnswered(answers[field.id])) items.push({ kind: 'field', id: field.id, labelKey: field.labelKey });
  }
  for (const document of procedure.documents) {
    if (!document.required || document.generated) continue;
    if (document.when && !evaluateCondition(document.when, context)) continue;
    const bringToDesk = document.form === 'present';
    if (bringToDesk || (documentPages[document.id] ?? 0) < 1) {
      items.push({ kind: 'document', id: document.id, labelKey: document.labelKey, bringToDesk });
    }
  }
  return items;
}
