import { z } from 'zod';
import { APP_LANGUAGE_TAGS } from '../../shared/languages';
import { todayInVietnam, yearOf } from '../calendar/dates';
import type { IsoDate } from '../calendar/dates';
import { validateWith } from '../validation/field-errors';
import type { ValidationResult } from '../validation/field-errors';
import { mayBeMinor } from './age';
import { imageRefSchema } from './attachment-ref';
import {
  addressSchema, birthDateSchema, birthYearSchema, citizenIdSchema, ethnicityCodeSchema, fullNameSchema,
  oldIdSchema, optionalField, phoneSchema,
} from './citizen-fields';
import { consentSchema, hasActiveConsent, representativeMissing } from './consent';
import { validateCitizenId } from './id-number';
import { PHONE_OWNERS } from './phone';

// The citizen record: one schema used by the form, the local database and the server (STYLE.md, habit 1).

/** People born before 1900 are not alive today; the CCCD century digit starts at 1900 too. */
export const EARLIEST_BIRTH_YEAR = 1900;

export type CitizenSchemaOptions = { today?: () => IsoDate };

export function makeCitizenSchema({ today = () => todayInVietnam() }: CitizenSchemaOptions = {}) {
  return z
    .object({
      id: z.uuid(),
      fullName: fullNameSchema,
      // Elderly people often know only their year of birth: one of the two is enough.
      birthDate: optionalField(birthDateSchema),
      birthYear: optionalField(birthYearSchema),
      sex: z.enum(['male', 'female']),
      ethnicityCode: ethnicityCodeSchema,
      citizenId: optionalField(citizenIdSchema),
      oldIdNumber: optionalField(oldIdSchema),
      phone: optionalField(phoneSchema),
      phoneOwner: optionalField(z.enum(PHONE_OWNERS)),
      address: addressSchema,
      preferredLanguage: z.enum(APP_LANGUAGE_TAGS),
      photos: z
        .object({ idFront: imageRefSchema.optional(), idBack: imageRefSchema.optional(), portrait: imageRefSchema.optional() })
        .default({}),
      consent: consentSchema,
    })
    .superRefine((c, ctx) => {
      const issue = (path: PropertyKey[], message: string, params?: Record<string, unknown>) =>
        ctx.addIssue({ code: 'custom', path, message, ...(params ? { params } : {}) });
      const now = today();
      const currentYear = yearOf(now);
      if (c.birthDate === undefined && c.birthYear === undefined) issue(['birthDate'], 'birth.required');
      if (c.birthDate !== undefined) {
        if (c.birthDate > now) issue(['birthDate'], 'birthDate.inFuture');
        else if (yearOf(c.birthDate) < EARLIEST_BIRTH_YEAR) issue(['birthDate'], 'birthDate.tooEarly', { min: EARLIEST_BIRTH_YEAR });
        if (c.birthYear !== undefined && c.birthYear !== yearOf(c.birthDate)) issue(['birthYear'], 'birthYear.mismatch');
      }
      if (c.birthYear !== undefined) {
        if (c.birthYear > currentYear) issue(['birthYear'], 'birthYear.inFuture');
        else if (c.birthYear < EARLIEST_BIRTH_YEAR) issue(['birthYear'], 'birthYear.tooEarly', { min: EARLIEST_BIRTH_YEAR });
      }
      if (c.citizenId !== undefined) {
        const crossChecks = validateCitizenId(c.citizenId, { birthDate: c.birthDate, birthYear: c.birthYear, sex: c.sex, currentYear });
        for (const code of crossChecks) if (code !== 'citizenId.format' && code !== 'citizenId.provinceUnknown') issue(['citizenId'], code);
      }
      if (c.phone !== undefined && c.phoneOwner === undefined) issue(['phoneOwner'], 'phoneOwner.required');
      if (representativeMissing(c.consent, mayBeMinor(c, now))) issue(['consent', 'representative'], 'consent.representativeRequired');
      // ID-card photos are sensitive data: keep them only with an explicit yes for that purpose.
      for (const side of ['idFront', 'idBack'] as const) {
        if (c.photos[side] && !hasActiveConsent(c.consent, 'idPhotoStorage')) issue(['photos', side], 'photos.idPhotoNotConsented');
      }
    });
}

export const citizenSchema = makeCitizenSchema();

/** What a form, the local database or the server hands in. */
export type CitizenInput = z.input<typeof citizenSchema>;
/** A validated record: NFC name, normalised ID and phone numbers. */
export type Citizen = z.output<typeof citizenSchema>;

export function validateCitizen(input: unknown, options: CitizenSchemaOptions = {}): ValidationResult<Citizen> {
  return validateWith(options.today ? makeCitizenSchema(options) : citizenSchema, input);
}
