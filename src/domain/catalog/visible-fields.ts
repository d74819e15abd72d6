import { todayInVietnam } from '../calendar/dates';
import type { Answers, EvalContext, FormField, Procedure } from './catalog-types';
import { evaluateCondition } from './conditions';

export type AnswerOptions = { today?: string; facts?: EvalContext['facts'] };

/**
 * The fields to show for the current answers. A hidden field's answer is kept in the draft (the person
 * may switch back) but does not count: a condition on a hidden field sees it as unanswered. Hiding can
 * cascade, so this repeats until nothing changes.
 */
export function visibleFields(procedure: Procedure, answers: Answers, options: AnswerOptions = {}): FormField[] {
  const today = options.today ?? todayInVietnam();
  let visible = procedure.fields;
  for (let round = 0; round <= procedure.fields.length; round += 1) {
    const context: EvalContext = { answers: effectiveAnswers(answers, visible), today, facts: options.facts };
    const next = procedure.fields.filter((f) => !f.visibleWhen || evaluateCondition(f.visibleWhen, context));
    if (next.map((f) => f.id).join() === visible.map((f) => f.id).join()) return next;
    visible = next;
  }
  // Conditions that contradict each other could flip forever; the bound above stops that.
  return [...visible];
}

/** Only the answers of visible fields. */
export function effectiveAnswers(answers: Answers, visible: readonly FormField[]): Answers {
  const ids = new Set(visible.map((f) => f.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

/** The context conditions are evaluated in once visibility is settled. */
export function answerContext(procedure: Procedure, answers: Answers, options: AnswerOptions = {}) {
  const today = options.today ?? todayInVietnam();
  const visible = visibleFields(procedure, answers, { ...options, today });
  const context: EvalContext = { answers: effectiveAnswers(answers, visible), today, facts: options.facts };
  return { visible, context };
}
