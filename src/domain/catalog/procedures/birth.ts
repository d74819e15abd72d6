import type { DocumentRequirement, FormField, Procedure } from '../catalog-types';
import { choice, date, doc, ethnicityChoice, personRef, procedureKeys, requestForm, text } from '../builders';
import type { Keys } from '../builders';
import { CIVIL_STATUS_EXEMPTIONS, ETHNIC_MINORITY_DISADVANTAGED, SAME_DAY, UNKNOWN_TIME } from './common';

// Birth registration (../shared/reference/procedures.md): same day; must be registered within 60 days
// of birth, free when on time (Civil Status Law art. 11). Later is a late registration: still possible,
// with the fee the provincial council sets.

const ON_TIME_DAYS = 60;

const birthFields = (k: Keys): FormField[] => [
  personRef(k, 'applicant', 'applicant', { required: true }),
  choice(k, 'applicantRelationship', ['father', 'mother', 'grandparent', 'relative', 'other'], { required: true }),
  text(k, 'childName', { required: true, format: 'personName', minLength: 2, maxLength: 100, help: true }),
  choice(k, 'childSex', ['male', 'female'], { required: true }),
  date(k, 'childBirthDate', {
    required: true,
    notAfterToday: true,
    warnAfterDays: { days: ON_TIME_DAYS, code: 'birth.lateRegistration' },
  }),
  choice(k, 'birthPlaceType', ['healthFacility', 'home', 'elsewhere'], { required: true }),
  text(k, 'birthPlace', { required: true, maxLength: 200, help: true }),
  ethnicityChoice(k, 'childEthnicity', { required: true, help: true }),
  personRef(k, 'mother', 'mother', { required: true, differentFrom: ['father'] }),
  choice(k, 'fatherKnown', ['yes', 'no'], { required: true }),
  personRef(k, 'father', 'father', { required: true, visibleWhen: { field: 'fatherKnown', equals: 'yes' }, differentFrom: ['mother'] }),
  choice(k, 'parentsMarried', ['yes', 'no'], { required: true, visibleWhen: { field: 'fatherKnown', equals: 'yes' } }),
  choice(k, 'birthProof', ['birthCertificate', 'witnessStatement'], { required: true, help: true }),
  text(k, 'lateReason', {
    maxLength: 500,
    visibleWhen: { all: [{ field: 'childBirthDate', answered: true }, { not: { field: 'childBirthDate', withinDays: ON_TIME_DAYS } }] },
  }),
];

const birthDocuments = (k: Keys): DocumentRequirement[] => [
  requestForm(k),
  doc(k, 'birthCertificate', { when: { field: 'birthProof', equals: 'birthCertificate' }, help: true }),
  doc(k, 'witnessStatement', { when: { field: 'birthProof', equals: 'witnessStatement' }, help: true }),
  doc(k, 'applicantId', { form: 'present', sensitive: true }),
  doc(k, 'parentsMarriageCertificate', { form: 'present', required: false, when: { field: 'parentsMarried', equals: 'yes' } }),
];

const birthFee = (verified: boolean): Procedure['fee'] => ({
  amounts: { inPerson: null },
  noteKey: 'fee.note.provincialCouncil',
  exemptions: [
    { key: 'onTime', appliesWhen: { field: 'childBirthDate', withinDays: ON_TIME_DAYS } },
    ...CIVIL_STATUS_EXEMPTIONS,
    ETHNIC_MINORITY_DISADVANTAGED,
  ],
  verified,
});

const k1 = procedureKeys('1.001193');
export const birthRegistration: Procedure = {
  code: k1.code, i18nKey: k1.base, sector: 'civilStatus', handlingLevel: 'commune', pictogram: 'birth', verified: true,
  fields: birthFields(k1), documents: birthDocuments(k1), fee: birthFee(true), processing: SAME_DAY, resultAt: 'communeOneStop',
};

/** Birth + permanent residence + health-insurance card for a child under 6 in one procedure: code UNVERIFIED. */
const k2 = procedureKeys('1.001193.02');
export const birthResidenceInsurance: Procedure = {
  code: k2.code, i18nKey: k2.base, sector: 'civilStatus', handlingLevel: 'commune', pictogram: 'birthBundle', verified: false,
  fields: [
    ...birthFields(k2),
    choice(k2, 'residenceWith', ['mother', 'father'], { required: true, help: true }),
    choice(k2, 'insuranceCardDelivery', ['communeDesk', 'post'], { required: true }),
  ],
  documents: birthDocuments(k2), fee: birthFee(false), processing: UNKNOWN_TIME, resultAt: 'communeOneStop',
};

/** Re-registration of a birth whose register entry and certificate are lost (đăng ký lại khai sinh). */
const k3 = procedureKeys('1.004884');
export const birthReRegistration: Procedure = {
  code: k3.code, i18nKey: k3.base, sector: 'civilStatus', handlingLevel: 'commune', pictogram: 'birthReRegistration', verified: false,
  fields: [
    personRef(k3, 'subject', 'subject', { required: true }),
    choice(k3, 'applicantRelationship', ['self', 'father', 'mother', 'guardian', 'relative'], { required: true }),
    personRef(k3, 'applicant', 'applicant', { required: true, visibleWhen: { not: { field: 'applicantRelationship', equals: 'self' } } }),
    text(k3, 'firstRegistrationPlace', { required: true, maxLength: 200, help: true }),
    text(k3, 'lossReason', { maxLength: 500 }),
  ],
  documents: [requestForm(k3), doc(k3, 'birthProofPapers', { form: 'copy', help: true }), doc(k3, 'subjectId', { form: 'present', sensitive: true })],
  fee: { amounts: { inPerson: null }, noteKey: 'fee.note.provincialCouncil', exemptions: CIVIL_STATUS_EXEMPTIONS, verified: false },
  processing: UNKNOWN_TIME,
  resultAt: 'communeOneStop',
};
