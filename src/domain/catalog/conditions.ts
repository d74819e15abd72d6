import { daysBetween, isIsoDate } from '../calendar/dates';
import type { AnswerValue, Condition, EvalContext } from './catalog-types';

// Conditions are data (catalog-types.ts) so a catalog update can change when a field or document
// applies without shipping code.

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function matches(value: AnswerValue | undefined, expected: string | number | boolean): boolean {
  // A multiple-choice answer "equals" an option when it includes it.
  return Array.isArray(value) ? value.includes(String(expected)) : value === expected;
}

export function evaluateCondition(condition: Condition, context: EvalContext): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, context));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, context));
  if ('not' in condition) return !evaluateCondition(condition.not, context);
  if ('fact' in condition) return context.facts?.[condition.fact] === true;
  const value = context.answers[condition.field];
  if ('equals' in condition) return matches(value, condition.equals);
  if ('in' in condition) return condition.in.some((option) => matches(value, option));
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  if (!isIsoDate(value)) return false;
  const age = daysBetween(value, context.today);
  return age >= 0 && age <= condition.withinDays;
}
