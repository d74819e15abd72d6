import { describe, it, expect } from 'vitest';
import { evaluateCondition, isAnswered } from './conditions';
import type { EvalContext } from './catalog-types';

const context = (answers: EvalContext['answers'], facts: EvalContext['facts'] = {}): EvalContext => ({ answers, today: '2026-11-26', facts });

describe('evaluateCondition', () => {
  it('compares answers, including multiple choices', () => {
    expect(evaluateCondition({ field: 'a', equals: 'yes' }, context({ a: 'yes' }))).toBe(true);
    expect(evaluateCondition({ field: 'a', equals: 'yes' }, context({ a: 'no' }))).toBe(false);
    expect(evaluateCondition({ field: 'a', equals: 'vision' }, context({ a: ['mobility', 'vision'] }))).toBe(true);
    expect(evaluateCondition({ field: 'a', in: ['x', 'y'] }, context({ a: 'y' }))).toBe(true);
    expect(evaluateCondition({ field: 'a', in: ['x', 'y'] }, context({}))).toBe(false);
  });

  it('knows whether a field is answered', () => {
    expect(evaluateCondition({ field: 'a', answered: true }, context({ a: ' ' }))).toBe(false);
    expect(evaluateCondition({ field: 'a', answered: false }, context({ a: [] }))).toBe(true);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered(false)).toBe(true);
  });

  it('measures days before today, inclusive, never in the future', () => {
    const within = { field: 'd', withinDays: 60 } as const;
    expect(evaluateCondition(within, context({ d: '2026-09-27' }))).toBe(true); // 60 days
    expect(evaluateCondition(within, context({ d: '2026-09-26' }))).toBe(false); // 61 days
    expect(evaluateCondition(within, context({ d: '2026-11-27' }))).toBe(false);
    expect(evaluateCondition(within, context({ d: 'not a date' }))).toBe(false);
  });

  it('reads facts and combines conditions', () => {
    const both = { all: [{ fact: 'ethnicMinority' }, { fact: 'disadvantagedArea' }] } as const;
    expect(evaluateCondition(both, context({}, { ethnicMinority: true, disadvantagedArea: true }))).toBe(true);
    expect(evaluateCondition(both, context({}, { ethnicMinority: true }))).toBe(false);
    expect(evaluateCondition({ any: [{ fact: 'child' }, { fact: 'elderly' }] }, context({}, { elderly: true }))).toBe(true);
    expect(evaluateCondition({ not: { fact: 'child' } }, context({}))).toBe(true);
  });
});
