import { daysBetween, isIsoDate } from '../calendar/dates';
import { isEthnicityCode } from '../citizen/ethnicities';
import { validateCitizenId } from '../citizen/id-number';
import { validatePhone } from '../citizen/phone';
import { isUuid } from '../../shared/ids';
import type { AnswerValue, Answers, EvalContext, FormField, Procedure } from './catalog-types';
import { evaluateCondition, isAnswered } from './conditions';
import { answerContext } from './visible-fields';
import type { AnswerOptions } from './visible-fields';

// Field-level checks of a procedure's answers, as codes from locales/<lang>/errors.json. Only visible
// fields are checked. Warnings (a late registration) inform; they do not block.

export type AnswerIssue = { field: string; code: string; severity: 'error' | 'warning'; params?: Record<string, unknown> };

export const ANSWER_ERRORS = [
  'field.required', 'field.wrongType', 'field.tooShort', 'field.tooLong', 'field.nameInvalid', 'field.dateInvalid',
  'field.dateInFuture', 'field.dateTooEarly', 'field.notInteger', 'field.belowMin', 'field.aboveMax',
  'field.choiceInvalid', 'field.personRefInvalid', 'field.samePerson',
] as const;

const NAME_PATTERN = /^[\p{L}\p{M}]+(?:[ '’ʼ-][\p{L}\p{M}]+)*$/u;

type Found = Omit<AnswerIssue, 'field' | 'severity'> & { severity?: 'warning' };

function checkValue(field: FormField, value: AnswerValue, context: EvalContext): Found[] {
  switch (field.type) {
    case 'text': {
      if (typeof value !== 'string') return [{ code: 'field.wrongType' }];
      const text = value.normalize('NFC').trim();
      if (field.minLength !== undefined && text.length < field.minLength) return [{ code: 'field.tooShort', params: { min: field.minLength } }];
      if (field.maxLength !== undefined && text.length > field.maxLength) return [{ code: 'field.tooLong', params: { max: field.maxLength } }];
      if (field.format === 'personName' && !NAME_PATTERN.test(text.replace(/\s+/gu, ' '))) return [{ code: 'field.nameInvalid' }];
      if (field.format === 'citizenId') return validateCitizenId(text).map((code) => ({ code }));
      if (field.format === 'phone') return validatePhone(text).map((code) => ({ code }));
      return [];
    }
    case 'date': {
      if (!isIsoDate(value)) return [{ code: 'field.dateInvalid' }];
      if (field.notAfterToday && value > context.today) return [{ code: 'field.dateInFuture' }];
      if (field.notBefore && value < field.notBefore) return [{ code: 'field.dateTooEarly', params: { min: field.notBefore } }];
      const warn = field.warnAfterDays;
      if (warn && daysBetween(value, context.today) > warn.days) return [{ code: warn.code, severity: 'warning', params: { days: warn.days } }];
      return [];
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return [{ code: 'field.wrongType' }];
      if (field.integer && !Number.isInteger(value)) return [{ code: 'field.notInteger' }];
      if (field.min !== undefined && value < field.min) return [{ code: 'field.belowMin', params: { min: field.min } }];
      if (field.max !== undefined && value > field.max) return [{ code: 'field.aboveMax', params: { max: field.max } }];
      return [];
    }
    case 'choice': {
      const chosen = field.multiple ? value : [value];
      if (!Array.isArray(chosen)) return [{ code: 'field.wrongType' }];
      const valid = (v: unknown) => ('optionSet' in field ? isEthnicityCode(v) : field.options.some((o) => o.value === v));
      return chosen.every(valid) ? [] : [{ code: 'field.choiceInvalid' }];
    }
    case 'personRef': {
      if (!isUuid(value)) return [{ code: 'field.personRefInvalid' }];
      const same = (field.differentFrom ?? []).find((other) => context.answers[other] === value);
      return same ? [{ code: 'field.samePerson', params: { other: same } }] : [];
    }
  }
}

export function validateAnswers(procedure: Procedure, answers: Answers, options: AnswerOptions = {}): AnswerIssue[] {
  const { visible, context } = answerContext(procedure, answers, options);
  const issues: AnswerIssue[] = [];
  for (const field of visible) {
    const value = answers[field.id];
    if (!isAnswered(value)) {
      const required = typeof field.required === 'boolean' ? field.required : evaluateCondition(field.required, context);
      if (required) issues.push({ field: field.id, code: 'field.required', severity: 'error' });
      continue;
    }
    for (const found of checkValue(field, value!, context)) issues.push({ field: field.id, severity: 'error', ...found });
  }
  return issues;
}

/** Whether the answers can be submitted: no errors (warnings allowed). */
export function answersAreValid(procedure: Procedure, answers: Answers, options: AnswerOptions = {}): boolean {
  return validateAnswers(procedure, answers, options).every((i) => i.severity === 'warning');
}
