import type { FeeExemption, ProcessingTime } from '../catalog-types';

// Rules shared by several procedures. Exemption texts: catalog.json `fee.exemption.<key>`.

/** Civil Status Law 2014 art. 11(1)(a): no civil-status fee for families of people with merit, poor households, people with disabilities. */
export const CIVIL_STATUS_EXEMPTIONS: readonly FeeExemption[] = [
  { key: 'meritFamily', appliesWhen: { fact: 'meritFamily' } },
  { key: 'poorHousehold', appliesWhen: { fact: 'poorHousehold' } },
  { key: 'disabled', appliesWhen: { fact: 'disabled' } },
];

/**
 * Provincial councils may exempt ethnic-minority residents of disadvantaged areas from local fees
 * (Circular 85/2019/TT-BTC). Whether Thanh Hóa does, and for which procedures, is UNVERIFIED.
 */
export const ETHNIC_MINORITY_DISADVANTAGED: FeeExemption = {
  key: 'ethnicMinorityDisadvantagedArea',
  appliesWhen: { all: [{ fact: 'ethnicMinority' }, { fact: 'disadvantagedArea' }] },
  verified: false,
};

/** Residence-fee exemptions of Circular 75/2022/TT-BTC art. 4 (not in the reference file; may have changed since): UNVERIFIED. */
export const RESIDENCE_EXEMPTIONS: readonly FeeExemption[] = [
  { key: 'child', appliesWhen: { fact: 'child' }, verified: false },
  { key: 'elderly', appliesWhen: { fact: 'elderly' }, verified: false },
  { key: 'disabled', appliesWhen: { fact: 'disabled' }, verified: false },
  { key: 'meritFamily', appliesWhen: { fact: 'meritFamily' }, verified: false },
  { key: 'poorHousehold', appliesWhen: { fact: 'poorHousehold' }, verified: false },
  ETHNIC_MINORITY_DISADVANTAGED,
];

/**
 * Same-day civil-status results. The 15:00 cut-off ("received after 15:00 and not settled at once:
 * result the next working day") is quoted from the national procedure database, not the reference file.
 */
export const SAME_DAY: ProcessingTime = { workingDays: 0, sameDayCutoff: { time: '15:00', verified: false }, verified: true };

export const UNKNOWN_TIME: ProcessingTime = { workingDays: null, verified: false };

export const RELATIONSHIPS = ['self', 'father', 'mother', 'spouse', 'child', 'grandparent', 'relative', 'guardian', 'other'] as const;
