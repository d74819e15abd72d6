import { describe, it, expect } from 'vitest';
import { validateWith } from '../validation/field-errors';
import { consentSchema, hasActiveConsent, purposeWithdrawal } from './consent';
import type { Consent } from './consent';
import { validConsent } from './citizen-fixtures';
import { DATA_CATEGORY_CODES, isSensitiveCategory } from './consent-terms';

const codes = (patch: Partial<Consent>) => {
  const result = validateWith(consentSchema, { ...validConsent(), ...patch });
  return result.ok ? [] : result.errors.map((e) => `${e.path}:${e.code}`);
};

describe('consent', () => {
  it('accepts a witnessed consent with one explicit yes', () => {
    expect(codes({})).toEqual([]);
  });

  it('needs at least one purpose accepted: silence or refusal is not consent', () => {
    expect(codes({ purposes: [] })).toEqual(['purposes:consent.noPurposeAccepted']);
    expect(codes({ purposes: [{ purpose: 'dossierProcessing', decision: 'declined' }] })).toEqual(['purposes:consent.noPurposeAccepted']);
  });

  it('records each purpose once', () => {
    const twice = [
      { purpose: 'dossierProcessing', decision: 'accepted' },
      { purpose: 'dossierProcessing', decision: 'declined' },
    ] as const;
    expect(codes({ purposes: [...twice] })).toEqual(['purposes.1:consent.purposeRepeated']);
  });

  it('requires the witness name for a witnessed consent', () => {
    expect(codes({ witnessName: undefined })).toEqual(['witnessName:consent.witnessNameRequired']);
    expect(codes({ witnessName: 'A' })).toEqual(['witnessName:fullName.tooShort']);
  });

  it('requires the signature or thumbprint image for those methods', () => {
    expect(codes({ method: 'thumbprint', witnessName: undefined })).toEqual(['signatureImage:consent.signatureImageRequired']);
    const image = { sha256: 'b'.repeat(64), size: 9000, mime: 'image/png' as const };
    expect(codes({ method: 'signature', signatureImage: image })).toEqual([]);
  });

  it('requires the notice to name the categories an accepted purpose uses', () => {
    expect(codes({ dataCategories: ['identity'] })).toEqual(['dataCategories:consent.categoryMissing']);
  });

  it('requires at least one notice mode and a withdrawal after the record', () => {
    expect(codes({ noticeModes: [] })).toEqual(['noticeModes:common.tooFew']);
    expect(codes({ withdrawnAt: '2026-11-25T10:00:00+07:00' })).toEqual(['withdrawnAt:consent.withdrawnBeforeRecorded']);
  });

  it('stops counting a purpose once consent is withdrawn', () => {
    const consent: Consent = { ...validConsent(), withdrawnAt: '2026-12-01T08:00:00+07:00' };
    expect(hasActiveConsent(consent, 'idPhotoStorage', new Date('2026-11-30T00:00:00Z'))).toBe(true);
    expect(hasActiveConsent(consent, 'idPhotoStorage', new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(hasActiveConsent(consent, 'contactByPhone', new Date('2026-11-30T00:00:00Z'))).toBe(false);
    expect(hasActiveConsent(consent, 'idPhotoStorage')).toBe(false);
    expect(hasActiveConsent(validConsent(), 'idPhotoStorage')).toBe(true);
  });

  it('withdraws one purpose and keeps the others, once, only one that was accepted, never before consent', () => {
    const withdrawal = { purpose: 'idPhotoStorage' as const, at: '2026-12-01T08:00:00+07:00', staffUserId: 'officer-1' };
    const consent: Consent = { ...validConsent(), withdrawals: [withdrawal] };
    expect(codes({ withdrawals: [withdrawal] })).toEqual([]);
    expect(hasActiveConsent(consent, 'idPhotoStorage')).toBe(false);
    expect(hasActiveConsent(consent, 'idPhotoStorage', new Date('2026-11-30T00:00:00Z'))).toBe(true);
    expect(hasActiveConsent(consent, 'dossierProcessing')).toBe(true);
    expect(purposeWithdrawal(consent, 'idPhotoStorage')).toEqual(withdrawal);
    expect(codes({ withdrawals: [withdrawal, withdrawal] })).toEqual(['withdrawals.1:consent.purposeRepeated']);
    expect(codes({ withdrawals: [{ ...withdrawal, purpose: 'contactByPhone' }] })).toEqual(['withdrawals.0:consent.withdrawalNotAccepted']);
    expect(codes({ withdrawals: [{ ...withdrawal, at: '2026-11-25T08:00:00+07:00' }] })).toEqual(['withdrawals.0:consent.withdrawnBeforeRecorded']);
  });

  it('marks ID-card images, ethnicity and health as sensitive', () => {
    expect(DATA_CATEGORY_CODES.filter(isSensitiveCategory).sort()).toEqual(['ethnicity', 'health', 'idCardImages']);
  });
});
