import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { matchesNameQuery } from '../text/normalize';
import { citizenIndexFields, narrowingWords, searchKeysForQuery } from './search-index';

describe('citizenIndexFields', () => {
  it('derives normalised search fields', () => {
    const fields = citizenIndexFields({
      fullName: 'Hà Thị Xuân',
      birthDate: '1995-03-08',
      citizenId: '038 195 012345',
      oldIdNumber: '172.345.678',
      phone: '+84 912 345 678',
      address: { communeCode: '14923' },
    });
    expect(fields).toEqual({
      nameTokens: ['ha', 'thi', 'xuan'],
      idNumber: '038195012345',
      oldIdNumber: '172345678',
      phone: '0912345678',
      birthYear: 1995,
      communeCode: '14923',
    });
    expect(matchesNameQuery(fields.nameTokens, 'xuan ha')).toBe(true);
  });

  it('leaves out what is unknown', () => {
    expect(citizenIndexFields({ fullName: 'Lò Văn Pâng', birthYear: 1948, address: { communeCode: '14980' } })).toEqual({
      nameTokens: ['lo', 'van', 'pang'],
      birthYear: 1948,
      communeCode: '14980',
    });
  });
});

describe('searchKeysForQuery', () => {
  it('recognises numbers by their shape', () => {
    expect(searchKeysForQuery('038 195 012345')).toEqual([{ field: 'idNumber', value: '038195012345' }]);
    expect(searchKeysForQuery('172345678')).toEqual([{ field: 'oldIdNumber', value: '172345678' }]);
    expect(searchKeysForQuery('+84 912 345 678')).toEqual([{ field: 'phone', value: '0912345678' }]);
  });

  it('treats anything else as folded name words', () => {
    expect(searchKeysForQuery('Hà Xuân')).toEqual([{ field: 'nameTokens', words: ['ha', 'xuan'] }]);
    expect(searchKeysForQuery('  ')).toEqual([]);
  });
});

describe('narrowingWords', () => {
  it('drops repeats and words that start another query word: each remaining word needs a token of its own', () => {
    expect(narrowingWords(['ng', 'nguyen', 'van', 'v', 'an'])).toEqual(['nguyen', 'van', 'an']);
    expect(narrowingWords(['ha', 'ha', 'thi'])).toEqual(['ha', 'thi']);
    expect(narrowingWords(['an', 'anh'])).toEqual(['anh']);
    expect(narrowingWords(['lo'])).toEqual(['lo']);
  });

  it('keeps exactly what a person must match: words that start no other word', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-d]{1,3}$/), { maxLength: 6 }), (words) => {
      const kept = narrowingWords(words);
      for (const word of kept) expect(kept.filter((other) => other.startsWith(word))).toEqual([word]);
      // A name matches all the words exactly when it matches the kept ones (prefixes follow from longer words).
      for (const word of words) expect(kept.some((k) => k.startsWith(word))).toBe(true);
    }));
  });
});
