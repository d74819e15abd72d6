import type { Catalog } from './catalog-types';
import { birthRegistration, birthReRegistration, birthResidenceInsurance } from './procedures/birth';
import { civilStatusChange, deathRegistration, maritalStatusCertificate, marriageRegistration } from './procedures/civil-status';
import { permanentResidence, temporaryResidence } from './procedures/residence';
import { disabilityAssessment, poorHouseholdConfirmation, socialAllowance } from './procedures/social';

// Bump CATALOG_VERSION (year.month.n) with every change to the data: drafts record the version they were
// made with, and migrateDraft carries them across versions. catalog-version.test.ts fails on a data
// change without a bump.

export const CATALOG_VERSION = '2026.11.1';

export const CATALOG: Catalog = {
  version: CATALOG_VERSION,
  procedures: [
    birthRegistration,
    birthResidenceInsurance,
    deathRegistration,
    marriageRegistration,
    maritalStatusCertificate,
    birthReRegistration,
    civilStatusChange,
    permanentResidence,
    temporaryResidence,
    socialAllowance,
    disabilityAssessment,
    poorHouseholdConfirmation,
  ],
};

export function findProcedure(catalog: Catalog, code: string) {
  return catalog.procedures.find((p) => p.code === code);
}
