import { describe, it, expect } from 'vitest';
import { validateCitizen } from './citizen-schema';
import type { CitizenInput } from './citizen-schema';
import { TODAY, validCitizen, validConsent } from './citizen-fixtures';

const check = (input: unknown) => validateCitizen(input, { today: () => TODAY });
const errorsOf = (patch: Partial<CitizenInput>) => {
  const result = check({ ...validCitizen(), ...patch });
  return result.ok ? [] : result.errors;
};

describe('validateCitizen', () => {
  it('accepts a complete record and normalises it', () => {
    const result = check({ ...validCitizen(), fullName: '  Hà   Thị Xuân '.normalize('NFD'), citizenId: '038 195 012345' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fullName).toBe('Hà Thị Xuân');
    expect(result.value.citizenId).toBe('038195012345');
    expect(result.value.phone).toBe('0912345678');
  });

  it('accepts a year of birth alone, and treats empty inputs as absent', () => {
    expect(errorsOf({ birthDate: '', birthYear: 1995, citizenId: '', oldIdNumber: '' })).toEqual([]);
  });

  it('requires a date or a year of birth', () => {
    expect(errorsOf({ birthDate: undefined })).toEqual([{ path: 'birthDate', code: 'birth.required' }]);
  });

  it('rejects births in the future, before 1900, or an inconsistent pair', () => {
    expect(errorsOf({ birthDate: '2026-11-27', citizenId: undefined })).toContainEqual({ path: 'birthDate', code: 'birthDate.inFuture' });
    expect(errorsOf({ birthDate: undefined, birthYear: 1899, citizenId: undefined })).toEqual([
      { path: 'birthYear', code: 'birthYear.tooEarly', params: { min: 1900 } },
    ]);
    expect(errorsOf({ birthYear: 1996 })).toContainEqual({ path: 'birthYear', code: 'birthYear.mismatch' });
    expect(errorsOf({ birthDate: '1995-02-30' })).toEqual([{ path: 'birthDate', code: 'birthDate.invalid' }]);
  });

  it('checks the name: length and characters, minority spellings allowed', () => {
    expect(errorsOf({ fullName: "H'Hen Niê" })).toEqual([]);
    expect(errorsOf({ fullName: 'Y-Moan Ƀyă' })).toEqual([]);
    expect(errorsOf({ fullName: 'A' })).toEqual([{ path: 'fullName', code: 'fullName.tooShort', params: { min: 2 } }]);
    expect(errorsOf({ fullName: 'Nguyễn Văn 2' })).toEqual([{ path: 'fullName', code: 'fullName.invalidCharacters' }]);
    expect(errorsOf({ fullName: 'x'.repeat(101) })[0]).toMatchObject({ code: 'fullName.tooLong', params: { max: 100 } });
  });

  it('checks the ID number on its own and against the record', () => {
    expect(errorsOf({ citizenId: '03819501234' })).toEqual([{ path: 'citizenId', code: 'citizenId.format' }]);
    expect(errorsOf({ citizenId: '003195012345' })).toEqual([{ path: 'citizenId', code: 'citizenId.provinceUnknown' }]);
    expect(errorsOf({ sex: 'male' })).toEqual([{ path: 'citizenId', code: 'citizenId.sexMismatch' }]);
    expect(errorsOf({ birthDate: '1994-03-08' })).toEqual([{ path: 'citizenId', code: 'citizenId.birthYearMismatch' }]);
    expect(errorsOf({ oldIdNumber: '12345' })).toEqual([{ path: 'oldIdNumber', code: 'oldId.format' }]);
  });

  it('checks the phone and asks whose phone it is', () => {
    expect(errorsOf({ phone: '0111234567' })).toEqual([{ path: 'phone', code: 'phone.prefixUnknown' }]);
    expect(errorsOf({ phoneOwner: undefined })).toEqual([{ path: 'phoneOwner', code: 'phoneOwner.required' }]);
    expect(errorsOf({ phone: undefined, phoneOwner: undefined })).toEqual([]);
  });

  it('reports nested field paths and generic codes', () => {
    const errors = errorsOf({
      ethnicityCode: '55',
      address: { provinceCode: '038', communeCode: '14923', villageId: 'x' },
      preferredLanguage: 'fr' as 'vi',
    });
    expect(errors).toEqual([
      { path: 'ethnicityCode', code: 'ethnicity.unknown' },
      { path: 'address.provinceCode', code: 'address.provinceInvalid' },
      { path: 'address.villageId', code: 'address.villageRequired' },
      { path: 'preferredLanguage', code: 'common.invalidOption' },
    ]);
    expect(check({ ...validCitizen(), sex: undefined })).toMatchObject({ ok: false, errors: [{ path: 'sex', code: 'common.required' }] });
  });

  it('keeps ID-card photos only with consent for that purpose', () => {
    const consent = { ...validConsent(), purposes: [{ purpose: 'dossierProcessing' as const, decision: 'accepted' as const }] };
    expect(errorsOf({ consent })).toEqual([{ path: 'photos.idFront', code: 'photos.idPhotoNotConsented' }]);
    expect(errorsOf({ consent, photos: {} })).toEqual([]);
  });

  it('requires a representative when the person is or may be a minor', () => {
    const child = { birthDate: undefined, birthYear: 2010, citizenId: undefined };
    expect(errorsOf(child)).toEqual([{ path: 'consent.representative', code: 'consent.representativeRequired' }]);
    const consent = { ...validConsent(), representative: { fullName: 'Hà Văn Pâng', relationship: 'parent' as const } };
    expect(errorsOf({ ...child, consent })).toEqual([]);
  });
});
