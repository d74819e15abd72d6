import type { Procedure } from '../catalog-types';
import { choice, date, doc, personRef, procedureKeys, requestForm, text } from '../builders';
import { CIVIL_STATUS_EXEMPTIONS, SAME_DAY, UNKNOWN_TIME } from './common';

// Death, marriage, marital status and corrections (../shared/reference/procedures.md).

const ON_TIME_DEATH_DAYS = 15;

const kd = procedureKeys('1.000656');
export const deathRegistration: Procedure = {
  code: kd.code, i18nKey: kd.base, sector: 'civilStatus', handlingLevel: 'commune', pictogram: 'death', verified: true,
  fields: [
    personRef(kd, 'applicant', 'applicant', { required: true }),
    choice(kd, 'applicantRelationship', ['spouse', 'child', 'father', 'mother', 'relative', 'other'], { required: true }),
    personRef(kd, 'deceased', 'deceased', { required: true, differentFrom: ['applicant'] }),
    date(kd, 'deathDate', { required: true, notAfterToday: true, warnAfterDays: { days: ON_TIME_DEATH_DAYS, code: 'death.lateRegistration' } }),
    text(kd, 'deathPlace', { required: true, maxLength: 200 }),
  ],
  documents: [requestForm(kd), doc(kd, 'deathNotice', { help: true }), doc(kd, 'applicantId', { form: 'present', sensitive: true })],
  fee: {
    amounts: { inPerson: null },
    noteKey: 'fee.note.provincialCouncil',
    exemptions: [{ key: 'onTime', appliesWhen: { field: 'deathDate', withinDays: ON_TIME_DEATH_DAYS } }, ...CIVIL_STATUS_EXEMPTIONS],
    verified: true,
  },
  processing: SAME_DAY,
  resultAt: 'communeOneStop',
};

const km = procedureKeys('1.000894');
export const marriageRegistration: Procedure = {
  code: km.code, i18nKey: km.base, sector: 'civilStatus', handlingLevel: 'commune', pictogram: 'marriage', verified: true,
  fields: [
    personRef(km, 'partnerOne', 'applicant', { required: true, differentFrom: ['partnerTwo'] }),
    choice(km, 'partnerOnePreviousMarriage', ['never', 'divorced', 'widowed'], { required: true }),
    personRef(km, 'partnerTwo', 'spouse', { required: true, differentFrom: ['partnerOne'] }),
    choice(km, 'partnerTwoPreviousMarriage', ['never', 'divorced', 'widowed'], { required: true }),
    choice(km, 'bothResideHere', ['yes', 'no'], { required: true, help: true }),
  ],
  documents: [
    requestForm(km),
    doc(km, 'partnerIds', { form: 'present', count: 2, sensitive: true, help: true }),
    doc(km, 'maritalStatusCertificate', { when: { field: 'bothResideHere', equals: 'no' }, help: true }),
  ],
  // Free for Vietnamese citizens residing in the country (Civil Status Law art. 11).
  fee: { amounts: { inPerson: 0 }, noteKey: 'fee.note.marriageFree', exemptions: [], verified: true },
  // Same day; up to 5 working days when checks are needed.
  processing: { ...SAME_DAY, extendedWorkingDays: 5 },
  resultAt: 'communeOneStop',
};

const ks = procedureKeys('1.004873');
export const maritalStatusCertificate: Procedure = {
  code: ks.code, i18nKey: ks.base, sector: 'civilStatus', handlingLevel: 'commune', pictogram: 'maritalStatus', verified: false,
  fields: [
    personRef(ks, 'subject', 'subject', { required: true }),
    choice(ks, 'maritalStatus', ['single', 'married', 'divorced', 'widowed'], { required: true }),
    choice(ks, 'purpose', ['marriage', 'other'], { required: true }),
    text(ks, 'intendedSpouseName', { required: true, format: 'personName', maxLength: 100, visibleWhen: { field: 'purpose', equals: 'marriage' } }),
    text(ks, 'purposeDetail', { required: true, maxLength: 300, visibleWhen: { field: 'purpose', equals: 'other' } }),
  ],
  documents: [
    requestForm(ks),
    doc(ks, 'subjectId', { form: 'present', sensitive: true }),
    doc(ks, 'endOfMarriageProof', { form: 'copy', when: { field: 'maritalStatus', in: ['divorced', 'widowed'] }, help: true }),
  ],
  fee: { amounts: { inPerson: null }, noteKey: 'fee.note.provincialCouncil', exemptions: CIVIL_STATUS_EXEMPTIONS, verified: true },
  processing: { workingDays: 3, verified: false },
  resultAt: 'communeOneStop',
};

const kc = procedureKeys('1.004859');
export const civilStatusChange: Procedure = {
  code: kc.code, i18nKey: kc.base, sector: 'civilStatus', handlingLevel: 'commune', pictogram: 'civilStatusChange', verified: false,
  fields: [
    personRef(kc, 'subject', 'subject', { required: true }),
    choice(kc, 'applicantRelationship', ['self', 'father', 'mother', 'guardian'], { required: true }),
    personRef(kc, 'applicant', 'applicant', { required: true, visibleWhen: { not: { field: 'applicantRelationship', equals: 'self' } } }),
    choice(kc, 'changeKind', ['correction', 'change'], { required: true, help: true }),
    choice(kc, 'detail', ['fullName', 'birthDate', 'birthPlace', 'ethnicity', 'parents', 'other'], { required: true }),
    text(kc, 'currentValue', { required: true, maxLength: 200 }),
    text(kc, 'requestedValue', { required: true, maxLength: 200 }),
    text(kc, 'reason', { required: true, maxLength: 500 }),
  ],
  documents: [
    requestForm(kc),
    doc(kc, 'correctDetailProof', { form: 'copy', help: true }),
    doc(kc, 'subjectId', { form: 'present', sensitive: true }),
  ],
  fee: { amounts: { inPerson: null }, noteKey: 'fee.note.provincialCouncil', exemptions: CIVIL_STATUS_EXEMPTIONS, verified: false },
  processing: UNKNOWN_TIME,
  resultAt: 'communeOneStop',
};
