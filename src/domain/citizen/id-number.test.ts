import { describe, it, expect } from 'vitest';
import { decodeCitizenId, validateCitizenId, validateOldId } from './id-number';
import { CITIZEN_ID_PROVINCES } from './province-codes';

// 038 = Thanh Hóa; S = 1 → female born 1900–1999; YY = 95.
const WOMAN_1995 = '038195012345';

describe('decodeCitizenId', () => {
  it('reads province, sex and year of birth', () => {
    expect(decodeCitizenId(WOMAN_1995)).toEqual({ provinceCode: '038', sex: 'female', birthYear: 1995 });
    expect(decodeCitizenId('002208000001')).toEqual({ provinceCode: '002', sex: 'male', birthYear: 2008 });
    expect(decodeCitizenId('038 3 24 000001')).toMatchObject({ sex: 'female', birthYear: 2024 });
  });

  it('maps every century digit by the rule (floor(S/2)+19)*100', () => {
    expect(decodeCitizenId('001400000000')?.birthYear).toBe(2100);
    expect(decodeCitizenId('001599000000')).toMatchObject({ sex: 'female', birthYear: 2199 });
  });
});

describe('validateCitizenId', () => {
  it('accepts a consistent number', () => {
    expect(validateCitizenId(WOMAN_1995, { birthDate: '1995-03-08', sex: 'female' })).toEqual([]);
    expect(validateCitizenId(WOMAN_1995, { birthYear: 1995 })).toEqual([]);
    expect(validateCitizenId(WOMAN_1995)).toEqual([]);
  });

  it('requires exactly 12 digits', () => {
    expect(validateCitizenId('03819501234')).toEqual(['citizenId.format']);
    expect(validateCitizenId('0381950123456')).toEqual(['citizenId.format']);
    expect(validateCitizenId('03819501234a')).toEqual(['citizenId.format']);
  });

  it('rejects an unknown province code', () => {
    expect(validateCitizenId('003195012345')).toEqual(['citizenId.provinceUnknown']);
    expect(validateCitizenId('097195012345')).toEqual(['citizenId.provinceUnknown']);
  });

  it('checks the century digit and YY against the year of birth', () => {
    expect(validateCitizenId(WOMAN_1995, { birthYear: 1996 })).toEqual(['citizenId.birthYearMismatch']);
    // Right YY, wrong century: born 2095 per the number, 1995 per the papers.
    expect(validateCitizenId('038395012345', { birthDate: '1995-03-08' })).toEqual(['citizenId.birthYearMismatch']);
  });

  it('checks the sex digit against the recorded sex', () => {
    expect(validateCitizenId(WOMAN_1995, { sex: 'male' })).toEqual(['citizenId.sexMismatch']);
    expect(validateCitizenId('038095012345', { sex: 'male', birthYear: 1995 })).toEqual([]);
  });

  it('rejects a number that says the person is not born yet', () => {
    expect(validateCitizenId('038399012345', { currentYear: 2026 })).toEqual(['citizenId.birthInFuture']);
  });

  it('reports every problem at once', () => {
    expect(validateCitizenId('003095012345', { birthYear: 1990, sex: 'female' })).toEqual([
      'citizenId.provinceUnknown',
      'citizenId.birthYearMismatch',
      'citizenId.sexMismatch',
    ]);
  });

  it('knows the 63 pre-2025 province codes, 002 being Hà Giang', () => {
    expect(Object.keys(CITIZEN_ID_PROVINCES)).toHaveLength(63);
    expect(CITIZEN_ID_PROVINCES['002']).toBe('Hà Giang');
    expect(CITIZEN_ID_PROVINCES['079']).toBe('TP Hồ Chí Minh');
  });
});

describe('validateOldId', () => {
  it('accepts 9 digits only', () => {
    expect(validateOldId('172345678')).toEqual([]);
    expect(validateOldId('172 345 678')).toEqual([]);
    expect(validateOldId('17234567')).toEqual(['oldId.format']);
    expect(validateOldId('038195012345')).toEqual(['oldId.format']);
  });
});
