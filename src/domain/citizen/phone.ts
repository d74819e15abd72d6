// Vietnamese phone numbers (../shared/reference/identity-and-phone.md). Numbers are stored in the
// national form ("0912345678"): one spelling per number keeps search and duplicate checks simple.

/** libphonenumber's pattern for the 9-digit national part of a Vietnamese mobile number. */
const MOBILE_NATIONAL = /^(?:(?:5(?:2[238]|59)|89[6-9]|99[013-9])\d{6}|(?:3\d|5[1689]|7[06-9]|8[1-8]|9[0-8])\d{7})$/;
const LANDLINE = /^02\d{9}$/;

export const PHONE_ERRORS = ['phone.notDigits', 'phone.length', 'phone.prefixUnknown'] as const;
export type PhoneError = (typeof PHONE_ERRORS)[number];

/** Villagers often share one phone: record whose it is. */
export const PHONE_OWNERS = ['own', 'relative', 'neighbour', 'villageHead', 'other'] as const;
export type PhoneOwner = (typeof PHONE_OWNERS)[number];

export type PhoneKind = 'mobile' | 'landline';

/** Strips spaces, dots, dashes and brackets; turns +84 / 0084 / 84 into the leading 0. */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s.\-()]/g, '');
  const international = /^(?:\+|00)?84(\d+)$/.exec(compact);
  // A national number starts with 0, so a leading 84 can only be the country code.
  return international ? `0${international[1]}` : compact;
}

/** 'mobile' or 'landline' for a valid number (any spelling), otherwise null. */
export function phoneKind(raw: string): PhoneKind | null {
  const phone = normalizePhone(raw);
  if (LANDLINE.test(phone)) return 'landline';
  if (phone.length === 10 && phone.startsWith('0') && MOBILE_NATIONAL.test(phone.slice(1))) return 'mobile';
  return null;
}

/** Error codes for a phone number: mobile 0 + 9 digits, landline 02 + 9 digits. */
export function validatePhone(raw: string): PhoneError[] {
  const phone = normalizePhone(raw);
  if (!/^\d+$/.test(phone)) return ['phone.notDigits'];
  if (phoneKind(phone)) return [];
  const plausibleLength = phone.startsWith('02') ? phone.length === 11 : phone.length === 10;
  return [plausibleLength && phone.startsWith('0') ? 'phone.prefixUnknown' : 'phone.length'];
}
