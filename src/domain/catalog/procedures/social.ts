import type { Procedure } from '../catalog-types';
import { choice, doc, number, personRef, procedureKeys, requestForm, text } from '../builders';
import { UNKNOWN_TIME } from './common';

// Social protection at the commune: free (../shared/reference/procedures.md).

const FREE: Procedure['fee'] = { amounts: { inPerson: 0 }, exemptions: [], verified: true };

const ka = procedureKeys('1.001776');
export const socialAllowance: Procedure = {
  code: ka.code, i18nKey: ka.base, sector: 'socialProtection', handlingLevel: 'commune', pictogram: 'allowance', verified: true,
  fields: [
    personRef(ka, 'subject', 'subject', { required: true }),
    choice(ka, 'applicantRelationship', ['self', 'child', 'spouse', 'relative', 'guardian', 'other'], { required: true }),
    personRef(ka, 'applicant', 'applicant', { required: true, visibleWhen: { not: { field: 'applicantRelationship', equals: 'self' } } }),
    choice(ka, 'beneficiaryGroup', ['elderly', 'disabled', 'orphan', 'singleParentPoor', 'other'], { required: true, help: true }),
    choice(ka, 'paymentMethod', ['cash', 'bankAccount'], { required: true }),
    text(ka, 'bankAccount', { required: true, maxLength: 30, visibleWhen: { field: 'paymentMethod', equals: 'bankAccount' } }),
  ],
  documents: [
    requestForm(ka),
    doc(ka, 'subjectId', { form: 'present', sensitive: true }),
    doc(ka, 'disabilityCertificate', { form: 'copy', when: { field: 'beneficiaryGroup', equals: 'disabled' }, sensitive: true }),
    doc(ka, 'parentsDeathOrAbsenceProof', { form: 'copy', when: { field: 'beneficiaryGroup', equals: 'orphan' }, help: true }),
  ],
  fee: FREE,
  processing: UNKNOWN_TIME,
  resultAt: 'communeOneStop',
};

const kd = procedureKeys('1.001699');
export const disabilityAssessment: Procedure = {
  code: kd.code, i18nKey: kd.base, sector: 'socialProtection', handlingLevel: 'commune', pictogram: 'disability', verified: true,
  fields: [
    personRef(kd, 'subject', 'subject', { required: true }),
    choice(kd, 'applicantRelationship', ['self', 'father', 'mother', 'guardian', 'relative'], { required: true }),
    personRef(kd, 'applicant', 'applicant', { required: true, visibleWhen: { not: { field: 'applicantRelationship', equals: 'self' } } }),
    choice(kd, 'disabilityTypes', ['mobility', 'hearingSpeech', 'vision', 'mental', 'intellectual', 'other'], {
      required: true,
      multiple: true,
    }),
    choice(kd, 'assessmentKind', ['first', 'reassessment'], { required: true }),
  ],
  documents: [
    requestForm(kd),
    // Medical papers help the council but a person without any can still be assessed.
    doc(kd, 'medicalPapers', { form: 'copy', required: false, sensitive: true, help: true }),
    doc(kd, 'subjectId', { form: 'present', sensitive: true }),
  ],
  fee: FREE,
  processing: UNKNOWN_TIME,
  resultAt: 'communeOneStop',
};

/** Code UNVERIFIED in the reference. */
const kh = procedureKeys('1.011607');
export const poorHouseholdConfirmation: Procedure = {
  code: kh.code, i18nKey: kh.base, sector: 'socialProtection', handlingLevel: 'commune', pictogram: 'poorHousehold', verified: false,
  fields: [
    personRef(kh, 'householdHead', 'householdHead', { required: true }),
    choice(kh, 'requestKind', ['poor', 'nearPoor'], { required: true, help: true }),
    number(kh, 'householdSize', { required: true, integer: true, min: 1, max: 50 }),
    text(kh, 'reason', { maxLength: 500 }),
  ],
  documents: [requestForm(kh), doc(kh, 'householdHeadId', { form: 'present', sensitive: true })],
  fee: FREE,
  processing: UNKNOWN_TIME,
  resultAt: 'communeOneStop',
};
