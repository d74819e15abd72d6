import { z } from 'zod';
import { fullNameSchema } from './citizen-fields';
import { normalizePhone, phoneKind, validatePhone } from './phone';

// A citizen's own account on their own phone (issue 7 §7). Their phone number is the name they sign in
// with: one spelling per number (shared/reference/identity-and-phone.md), so "+84 912 345 678" and
// "0912345678" are the same account.

export const ACCOUNT_PASSWORD_MIN = 8;

/** A mobile number in national form: the account is for the person's own phone, a landline cannot be one. */
export const accountPhoneSchema = z
  .string()
  .transform(normalizePhone)
  .superRefine((phone, ctx) => {
    const errors = validatePhone(phone);
    for (const code of errors) ctx.addIssue({ code: 'custom', message: code });
    if (errors.length === 0 && phoneKind(phone) !== 'mobile') ctx.addIssue({ code: 'custom', message: 'phone.notMobile' });
  });

export const citizenAccountSchema = z.object({
  phone: accountPhoneSchema,
  fullName: fullNameSchema,
  communeCode: z.string().regex(/^\d{5}$/, { error: 'account.communeRequired' }),
  // Bounded above so that nobody can make argon2 hash megabytes.
  password: z.string().min(ACCOUNT_PASSWORD_MIN, { error: 'account.passwordTooShort' }).max(200, { error: 'account.passwordTooLong' }),
});

export type CitizenAccountInput = z.input<typeof citizenAccountSchema>;
export type CitizenAccount = z.output<typeof citizenAccountSchema>;
