import type { CitizenInput } from './citizen-schema';
import type { Consent } from './consent';

// Valid records for tests, so each test changes only what it is about.

export const TODAY = '2026-11-26';

export const validConsent = (): Consent => ({
  purposes: [
    { purpose: 'dossierProcessing', decision: 'accepted' },
    { purpose: 'idPhotoStorage', decision: 'accepted' },
    { purpose: 'contactByPhone', decision: 'declined' },
  ],
  dataCategories: ['identity', 'idNumbers', 'address', 'idCardImages'],
  noticeVersion: '2026.1',
  noticeLanguage: 'tmm',
  noticeModes: ['readAloud'],
  method: 'witness',
  witnessName: 'Hà Văn Lả',
  staffUserId: 'staff-14923-01',
  recordedAt: '2026-11-26T09:15:00+07:00',
});

export const validCitizen = (): CitizenInput => ({
  id: '6f1c2a3e-1b2c-4d5e-8f90-1234567890ab',
  fullName: 'Hà Thị Xuân',
  birthDate: '1995-03-08',
  sex: 'female',
  ethnicityCode: '03',
  citizenId: '038195012345',
  phone: '+84 912 345 678',
  phoneOwner: 'own',
  address: { provinceCode: '38', communeCode: '14923', villageId: '0b7e4d1a-5c3f-4a2b-9d8e-7f6a5b4c3d2e' },
  preferredLanguage: 'tmm',
  photos: { idFront: { sha256: 'a'.repeat(64), size: 180_000, mime: 'image/jpeg' } },
  consent: validConsent(),
});
