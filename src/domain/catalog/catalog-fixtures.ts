import type { Catalog, Procedure } from './catalog-types';
import { CATALOG } from './catalog-data';

// Helpers for catalog tests.

export const TODAY = '2026-11-26';
export const PERSON_A = '11111111-1111-4111-8111-111111111111';
export const PERSON_B = '22222222-2222-4222-8222-222222222222';
export const PERSON_C = '33333333-3333-4333-8333-333333333333';

export function procedure(code: string): Procedure {
  const found = CATALOG.procedures.find((p) => p.code === code);
  if (!found) throw new Error(`No procedure ${code}`);
  return found;
}

/** A catalog with one procedure replaced, for migration tests. */
export function catalogWith(version: string, replaced: Procedure): Catalog {
  return { version, procedures: CATALOG.procedures.map((p) => (p.code === replaced.code ? replaced : p)) };
}

/** Complete, on-time answers for birth registration. */
export const birthAnswers = () => ({
  applicant: PERSON_A,
  applicantRelationship: 'mother',
  childName: 'Hà Văn Minh',
  childSex: 'male',
  childBirthDate: '2026-11-01',
  birthPlaceType: 'healthFacility',
  birthPlace: 'Trạm y tế xã Bá Thước',
  childEthnicity: '03',
  mother: PERSON_A,
  fatherKnown: 'yes',
  father: PERSON_B,
  parentsMarried: 'yes',
  birthProof: 'birthCertificate',
});
