import { describe, it, expect } from 'vitest';
import { visibleFields } from './visible-fields';
import type { Procedure } from './catalog-types';
import { birthAnswers, procedure, TODAY } from './catalog-fixtures';

const ids = (p: Procedure, answers: Record<string, unknown>) =>
  visibleFields(p, answers as never, { today: TODAY }).map((f) => f.id);

describe('visibleFields', () => {
  const birth = procedure('1.001193');

  it('shows the father fields only when the father is known', () => {
    expect(ids(birth, { fatherKnown: 'yes' })).toContain('father');
    expect(ids(birth, { fatherKnown: 'no' })).not.toContain('father');
    expect(ids(birth, { fatherKnown: 'no' })).not.toContain('parentsMarried');
  });

  it('asks why only for a late birth registration', () => {
    expect(ids(birth, birthAnswers())).not.toContain('lateReason');
    expect(ids(birth, { ...birthAnswers(), childBirthDate: '2026-01-05' })).toContain('lateReason');
    expect(ids(birth, { ...birthAnswers(), childBirthDate: undefined })).not.toContain('lateReason');
  });

  it('keeps the declaration order', () => {
    const visible = ids(birth, birthAnswers());
    expect(visible.indexOf('childName')).toBeLessThan(visible.indexOf('childBirthDate'));
  });

  it('cascades: a field shown by a hidden field stays hidden', () => {
    const p: Procedure = {
      ...birth,
      fields: [
        { id: 'a', type: 'choice', options: [], labelKey: 'k', required: false },
        { id: 'b', type: 'text', labelKey: 'k', required: false, visibleWhen: { field: 'a', equals: 'yes' } },
        { id: 'c', type: 'text', labelKey: 'k', required: false, visibleWhen: { field: 'b', equals: 'show' } },
      ],
    };
    expect(ids(p, { a: 'yes', b: 'show' })).toEqual(['a', 'b', 'c']);
    expect(ids(p, { a: 'no', b: 'show' })).toEqual(['a']);
  });
});
