import { z } from 'zod';
import { isIsoDate } from '../calendar/dates';
import { isEthnicityCode } from './ethnicities';
import { normalizeIdNumber, validateCitizenId, validateOldId } from './id-number';
import { normalizePhone, validatePhone } from './phone';

// Field schemas of a citizen record. Each checks what it can on its own, so a form shows every field's
// error at once; rules that need two fields (an ID number against the birth year) are in citizen-schema.ts.

/** Letters (any script, with combining marks) joined by single spaces, apostrophes or hyphens: "H'Hen Niê", "Y-Moan". */
const NAME_PATTERN = /^[\p{L}\p{M}]+(?:[ '’ʼ-][\p{L}\p{M}]+)*$/u;

type Blankable<T extends z.ZodType> = z.ZodOptional<z.ZodType<z.output<T>, z.input<T> | '' | null>>;

/** Forms send '' for an empty input: treat it as absent, not as a wrong value. */
export const optionalField = <T extends z.ZodType>(schema: T): Blankable<T> =>
  // z.preprocess types its input as unknown; the cast restores the real input type for forms and the DB.
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional()) as unknown as Blankable<T>;

export const fullNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/gu, ' '))
  .pipe(
    z
      .string()
      .min(2, { error: 'fullName.tooShort' })
      .max(100, { error: 'fullName.tooLong' })
      .regex(NAME_PATTERN, { error: 'fullName.invalidCharacters' }),
  );

export const birthDateSchema = z.string().refine(isIsoDate, { error: 'birthDate.invalid' });
export const birthYearSchema = z.number({ error: 'birthYear.invalid' }).int({ error: 'birthYear.invalid' });

/** Format and province only: the year and sex digits are checked against the record in citizen-schema.ts. */
export const citizenIdSchema = z
  .string()
  .transform(normalizeIdNumber)
  .superRefine((id, ctx) => {
    for (const code of validateCitizenId(id)) {
      if (code === 'citizenId.format' || code === 'citizenId.provinceUnknown') ctx.addIssue({ code: 'custom', message: code });
    }
  });

export const oldIdSchema = z
  .string()
  .transform(normalizeIdNumber)
  .superRefine((id, ctx) => {
    for (const code of validateOldId(id)) ctx.addIssue({ code: 'custom', message: code });
  });

export const phoneSchema = z
  .string()
  .transform(normalizePhone)
  .superRefine((phone, ctx) => {
    for (const code of validatePhone(phone)) ctx.addIssue({ code: 'custom', message: code });
  });

export const ethnicityCodeSchema = z.string().refine(isEthnicityCode, { error: 'ethnicity.unknown' });

/** Province (2 digits) and commune (5 digits) codes of the post-2025 units; villages are our own records. */
export const addressSchema = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, { error: 'address.provinceInvalid' }),
  communeCode: z.string().regex(/^\d{5}$/, { error: 'address.communeInvalid' }),
  villageId: z.uuid({ error: 'address.villageRequired' }),
});
