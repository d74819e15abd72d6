import { describe, it, expect } from 'vitest';
import { matchesNameQuery } from '../text/normalize';
import { citizenIndexFields, searchKeysForQuery } from './search-index';

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
