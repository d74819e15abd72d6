import { z } from 'zod';
import { APP_LANGUAGE_TAGS } from '../../shared/languages';
import { imageRefSchema } from './attachment-ref';
import { fullNameSchema } from './citizen-fields';
import {
  CONSENT_METHODS, CONSENT_PURPOSES, DATA_CATEGORY_CODES, NOTICE_MODES, PURPOSE_REQUIRES_CATEGORY,
  REPRESENTATIVE_RELATIONSHIPS,
} from './consent-terms';
import type { ConsentPurpose } from './consent-terms';

// A consent record holds what ../shared/reference/data-protection.md asks us to record: the person
// (the record it belongs to), the staff member who assisted, when, the purposes one by one, the data
// categories, the language and mode of the notice, how consent was given, a witness where the person
// cannot sign, a representative for a minor, and any later withdrawal. It must be printable, so the
// notice version is kept too.

export const CONSENT_ERRORS = [
  'consent.noPurposeAccepted',
  'consent.purposeRepeated',
  'consent.categoryMissing',
  'consent.witnessNameRequired',
  'consent.signatureImageRequired',
  'consent.representativeRequired',
  'consent.withdrawnBeforeRecorded',
  'consent.withdrawalNotAccepted',
] as const;

const isoDateTime = z.iso.datetime({ offset: true, error: 'common.invalidFormat' });

export const consentSchema = z
  .object({
    purposes: z.array(z.object({ purpose: z.enum(CONSENT_PURPOSES), decision: z.enum(['accepted', 'declined']) })),
    dataCategories: z.array(z.enum(DATA_CATEGORY_CODES)).min(1),
    noticeVersion: z.string().min(1),
    noticeLanguage: z.enum(APP_LANGUAGE_TAGS),
    noticeModes: z.array(z.enum(NOTICE_MODES)).min(1),
    method: z.enum(CONSENT_METHODS),
    signatureImage: imageRefSchema.optional(),
    witnessName: fullNameSchema.optional(),
    representative: z
      .object({ fullName: fullNameSchema, relationship: z.enum(REPRESENTATIVE_RELATIONSHIPS), citizenId: z.string().optional() })
      .optional(),
    staffUserId: z.string().min(1),
    recordedAt: isoDateTime,
    withdrawnAt: isoDateTime.optional(),
    /**
     * Purposes withdrawn one by one, at the one-stop shop with the person present (issue 8 §4): consent "can be
     * withdrawn at any time", per purpose as it was given (data-protection.md). Written by the server only.
     */
    withdrawals: z.array(z.object({ purpose: z.enum(CONSENT_PURPOSES), at: isoDateTime, staffUserId: z.string().min(1) })).optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: PropertyKey[], message: string, params?: Record<string, unknown>) =>
      ctx.addIssue({ code: 'custom', path, message, ...(params ? { params } : {}) });
    const seen = new Set<ConsentPurpose>();
    c.purposes.forEach((p, i) => {
      if (seen.has(p.purpose)) issue(['purposes', i], 'consent.purposeRepeated');
      seen.add(p.purpose);
      const category = PURPOSE_REQUIRES_CATEGORY[p.purpose];
      if (p.decision === 'accepted' && category && !c.dataCategories.includes(category)) {
        issue(['dataCategories'], 'consent.categoryMissing', { category });
      }
    });
    // Silence is not consent: at least one purpose must carry an explicit yes.
    if (!c.purposes.some((p) => p.decision === 'accepted')) issue(['purposes'], 'consent.noPurposeAccepted');
    if (c.method === 'witness' && !c.witnessName) issue(['witnessName'], 'consent.witnessNameRequired');
    if ((c.method === 'signature' || c.method === 'thumbprint') && !c.signatureImage) {
      issue(['signatureImage'], 'consent.signatureImageRequired');
    }
    if (c.withdrawnAt && Date.parse(c.withdrawnAt) < Date.parse(c.recordedAt)) {
      issue(['withdrawnAt'], 'consent.withdrawnBeforeRecorded');
    }
    const withdrawn = new Set<ConsentPurpose>();
    c.withdrawals?.forEach((w, i) => {
      if (withdrawn.has(w.purpose)) issue(['withdrawals', i], 'consent.purposeRepeated');
      withdrawn.add(w.purpose);
      if (!c.purposes.some((p) => p.purpose === w.purpose && p.decision === 'accepted')) issue(['withdrawals', i], 'consent.withdrawalNotAccepted');
      if (Date.parse(w.at) < Date.parse(c.recordedAt)) issue(['withdrawals', i], 'consent.withdrawnBeforeRecorded');
    });
  });

export type Consent = z.infer<typeof consentSchema>;

/** The representative check needs the subject's age, which lives on the citizen record. */
export function representativeMissing(consent: Pick<Consent, 'representative'>, subjectMayBeMinor: boolean): boolean {
  return subjectMayBeMinor && !consent.representative;
}

/**
 * Whether data may be processed for a purpose: an explicit yes, not withdrawn. Without `at`, any
 * recorded withdrawal counts; with it, only one that took effect by then.
 */
export function hasActiveConsent(consent: Consent, purpose: ConsentPurpose, at?: Date): boolean {
  const accepted = consent.purposes.some((p) => p.purpose === purpose && p.decision === 'accepted');
  if (!accepted) return false;
  const withdrawals = [consent.withdrawnAt, purposeWithdrawal(consent, purpose)?.at].filter((w): w is string => w !== undefined);
  return withdrawals.every((w) => at !== undefined && Date.parse(w) > at.getTime());
}

/** The withdrawal of one purpose, if it was withdrawn. */
export function purposeWithdrawal(consent: Pick<Consent, 'withdrawals'>, purpose: ConsentPurpose): NonNullable<Consent['withdrawals']>[number] | undefined {
  return consent.withdrawals?.find((w) => w.purpose === purpose);
}
