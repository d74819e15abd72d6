import { describe, it, expect } from 'vitest';
import { answersAreValid, validateAnswers } from './validate-answers';
import { birthAnswers, PERSON_A, PERSON_B, PERSON_C, procedure, TODAY } from './catalog-fixtures';

const birth = procedure('1.001193');
const check = (code: string, answers: Record<string, unknown>) => validateAnswers(procedure(code), answers as never, { today: TODAY });

describe('validateAnswers', () => {
  it('accepts complete on-time birth answers', () => {
    expect(check('1.001193', birthAnswers())).toEqual([]);
    expect(answersAreValid(birth, birthAnswers(), { today: TODAY })).toBe(true);
  });

  it('reports every missing required field, and only visible ones', () => {
    const issues = check('1.001193', { fatherKnown: 'no' });
    const missing = issues.filter((i) => i.code === 'field.required').map((i) => i.field);
    expect(missing).toContain('childName');
    expect(missing).toContain('mother');
    expect(missing).not.toContain('father');
  });

  it('checks dates: real, not in the future, late registration as a warning', () => {
    expect(check('1.001193', { ...birthAnswers(), childBirthDate: '2026-02-30' })).toEqual([
      { field: 'childBirthDate', code: 'field.dateInvalid', severity: 'error' },
    ]);
    expect(check('1.001193', { ...birthAnswers(), childBirthDate: '2026-11-27' })).toEqual([
      { field: 'childBirthDate', code: 'field.dateInFuture', severity: 'error' },
    ]);
    const late = check('1.001193', { ...birthAnswers(), childBirthDate: '2026-08-01' });
    expect(late).toEqual([{ field: 'childBirthDate', code: 'birth.lateRegistration', severity: 'warning', params: { days: 60 } }]);
    expect(answersAreValid(birth, { ...birthAnswers(), childBirthDate: '2026-08-01' }, { today: TODAY })).toBe(true);
  });

  it('checks names, choices, ethnicity codes and person references', () => {
    expect(check('1.001193', { ...birthAnswers(), childName: 'Minh 2' })).toEqual([{ field: 'childName', code: 'field.nameInvalid', severity: 'error' }]);
    expect(check('1.001193', { ...birthAnswers(), childSex: 'x' })).toEqual([{ field: 'childSex', code: 'field.choiceInvalid', severity: 'error' }]);
    expect(check('1.001193', { ...birthAnswers(), childEthnicity: '99' })).toEqual([
      { field: 'childEthnicity', code: 'field.choiceInvalid', severity: 'error' },
    ]);
    expect(check('1.001193', { ...birthAnswers(), father: 'Hà Văn B' })).toEqual([{ field: 'father', code: 'field.personRefInvalid', severity: 'error' }]);
  });

  it('refuses the same person in two roles that must differ', () => {
    expect(check('1.001193', { ...birthAnswers(), father: PERSON_A })).toEqual([
      { field: 'mother', code: 'field.samePerson', severity: 'error', params: { other: 'father' } },
      { field: 'father', code: 'field.samePerson', severity: 'error', params: { other: 'mother' } },
    ]);
    const marriage = { partnerOne: PERSON_B, partnerOnePreviousMarriage: 'never', partnerTwo: PERSON_C, partnerTwoPreviousMarriage: 'divorced', bothResideHere: 'yes' };
    expect(check('1.000894', marriage)).toEqual([]);
    expect(check('1.000894', { ...marriage, partnerTwo: PERSON_B })).toHaveLength(2);
  });

  it('checks numbers and multiple choices', () => {
    const base = { householdHead: PERSON_A, requestKind: 'poor' };
    expect(check('1.011607', { ...base, householdSize: 0 })).toEqual([{ field: 'householdSize', code: 'field.belowMin', severity: 'error', params: { min: 1 } }]);
    expect(check('1.011607', { ...base, householdSize: 2.5 })).toEqual([{ field: 'householdSize', code: 'field.notInteger', severity: 'error' }]);
    expect(check('1.011607', { ...base, householdSize: '4' })).toEqual([{ field: 'householdSize', code: 'field.wrongType', severity: 'error' }]);
    const disability = { subject: PERSON_A, applicantRelationship: 'self', assessmentKind: 'first' };
    expect(check('1.001699', { ...disability, disabilityTypes: ['vision', 'mobility'] })).toEqual([]);
    expect(check('1.001699', { ...disability, disabilityTypes: 'vision' })).toEqual([{ field: 'disabilityTypes', code: 'field.wrongType', severity: 'error' }]);
    expect(check('1.001699', { ...disability, disabilityTypes: [] })).toEqual([{ field: 'disabilityTypes', code: 'field.required', severity: 'error' }]);
  });

  it('checks text length limits', () => {
    const answers = { ...birthAnswers(), birthPlace: 'x'.repeat(201) };
    expect(check('1.001193', answers)).toEqual([{ field: 'birthPlace', code: 'field.tooLong', severity: 'error', params: { max: 200 } }]);
  });
});
