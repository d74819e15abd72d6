import type { DocumentRequirement, FormField, Procedure } from '../catalog-types';
import { choice, date, doc, personRef, procedureKeys, requestForm, text } from '../builders';
import type { Keys } from '../builders';
import { RESIDENCE_EXEMPTIONS } from './common';

// Residence registration at the commune police, on form CT01 (../shared/reference/procedures.md).
// Proof of lawful residence is needed unless the place is already in the national database.

const residenceFields = (k: Keys): FormField[] => [
  personRef(k, 'subject', 'subject', { required: true }),
  text(k, 'address', { required: true, maxLength: 300, help: true }),
  choice(k, 'residenceBasis', ['ownHome', 'relativeHome', 'rentedHome', 'other'], { required: true }),
  personRef(k, 'homeOwner', 'householdHead', {
    required: true,
    visibleWhen: { field: 'residenceBasis', in: ['relativeHome', 'rentedHome'] },
    differentFrom: ['subject'],
  }),
  choice(k, 'placeInNationalDatabase', ['yes', 'no', 'unknown'], { required: true, help: true }),
];

const residenceDocuments = (k: Keys): DocumentRequirement[] => [
  requestForm(k),
  doc(k, 'lawfulResidenceProof', { form: 'copy', when: { not: { field: 'placeInNationalDatabase', equals: 'yes' } }, help: true }),
  doc(k, 'ownerConsent', { required: false, when: { field: 'residenceBasis', in: ['relativeHome', 'rentedHome'] }, help: true }),
];

const kp = procedureKeys('1.004222');
export const permanentResidence: Procedure = {
  code: kp.code, i18nKey: kp.base, sector: 'residence', handlingLevel: 'commune', pictogram: 'residence', verified: false,
  fields: residenceFields(kp),
  documents: residenceDocuments(kp),
  fee: { amounts: { inPerson: 20_000, online: 10_000 }, exemptions: RESIDENCE_EXEMPTIONS, verified: true },
  processing: { workingDays: 7, verified: false },
  resultAt: 'communePolice',
};

const kt = procedureKeys('1.004194');
export const temporaryResidence: Procedure = {
  code: kt.code, i18nKey: kt.base, sector: 'residence', handlingLevel: 'commune', pictogram: 'temporaryResidence', verified: false,
  fields: [...residenceFields(kt), date(kt, 'stayUntil', { required: true, help: true })],
  documents: residenceDocuments(kt),
  fee: { amounts: { inPerson: 15_000, online: 7_000 }, exemptions: RESIDENCE_EXEMPTIONS, verified: true },
  processing: { workingDays: 3, verified: false },
  resultAt: 'communePolice',
};
