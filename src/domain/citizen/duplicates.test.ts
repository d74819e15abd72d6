import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findLikelyDuplicates, namesSimilar, withinOneEdit } from './duplicates';
import type { DuplicateSubject } from './duplicates';

const person = (id: string, fullName: string, more: Partial<DuplicateSubject> = {}): DuplicateSubject => ({
  id,
  fullName,
  birthYear: 1960,
  address: { communeCode: '14923' },
  ...more,
});

describe('withinOneEdit', () => {
  it('allows one change, insertion or deletion', () => {
    expect(withinOneEdit('an', 'an')).toBe(true);
    expect(withinOneEdit('an', 'anh')).toBe(true);
    expect(withinOneEdit('thi', 'th')).toBe(true);
    expect(withinOneEdit('van', 'vam')).toBe(true);
    expect(withinOneEdit('van', 'vna')).toBe(false);
    expect(withinOneEdit('an', 'binh')).toBe(false);
  });

  it('is symmetric', () => {
    fc.assert(fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
      expect(withinOneEdit(a, b)).toBe(withinOneEdit(b, a));
    }));
  });
});

describe('namesSimilar', () => {
  it('pairs words in any order, each at most one edit away', () => {
    expect(namesSimilar(['nguyen', 'van', 'an'], ['an', 'nguyen', 'van'])).toBe(true);
    expect(namesSimilar(['nguyen', 'van', 'an'], ['nguyen', 'van', 'anh'])).toBe(true);
    expect(namesSimilar(['nguyen', 'van', 'an'], ['nguyen', 'an'])).toBe(false);
    expect(namesSimilar(['ha', 'ha'], ['ha', 'hai'])).toBe(true);
    expect(namesSimilar(['ha', 'ha'], ['ha', 'lo'])).toBe(false);
  });
});

describe('findLikelyDuplicates', () => {
  const candidate = person('new', 'Nguyễn Văn An', { citizenId: '038060012345' });

  it('finds the same ID number anywhere', () => {
    const other = person('a', 'Lò Thị Pâng', { citizenId: '038 060 012345', address: { communeCode: '14980' } });
    expect(findLikelyDuplicates(candidate, [other])).toEqual([{ id: 'a', reasons: ['sameCitizenId'] }]);
  });

  it('finds a similar name ignoring marks and case, same birth year, same commune', () => {
    const existing = [
      person('a', 'NGUYEN VAN ANH'),
      person('b', 'Nguyễn Văn An', { birthYear: 1961 }),
      person('c', 'Nguyễn Văn An', { address: { communeCode: '14980' } }),
      person('d', 'Nguyễn Văn Bình'),
      person('e', 'Nguyễn Văn An', { birthYear: undefined, birthDate: '1960-05-01', citizenId: '038060012345' }),
    ];
    expect(findLikelyDuplicates(candidate, existing)).toEqual([
      { id: 'a', reasons: ['similarNameSameBirthYear'] },
      { id: 'e', reasons: ['sameCitizenId', 'similarNameSameBirthYear'] },
    ]);
  });

  it('never reports the record itself', () => {
    expect(findLikelyDuplicates(candidate, [candidate])).toEqual([]);
  });
});
