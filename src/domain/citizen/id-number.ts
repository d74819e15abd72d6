import { todayInVietnam, yearOf } from '../calendar/dates';
import { isCitizenIdProvinceCode } from './province-codes';

// Citizen ID (CCCD) numbers: `PPP S YY RRRRRR` (../shared/reference/identity-and-phone.md).
// PPP = birth-registration province; S = sex and century (century = (floor(S/2) + 19) × 100, odd = female);
// YY = last two digits of the birth year; RRRRRR random. There is NO check digit: do not invent one.

export const CITIZEN_ID_ERRORS = [
  'citizenId.format',
  'citizenId.provinceUnknown',
  'citizenId.birthYearMismatch',
  'citizenId.sexMismatch',
  'citizenId.birthInFuture',
  'oldId.format',
] as const;
export type CitizenIdError = (typeof CITIZEN_ID_ERRORS)[number];

export type Sex = 'male' | 'female';
export type CitizenIdContext = { birthDate?: string; birthYear?: number; sex?: Sex; currentYear?: number };
export type DecodedCitizenId = { provinceCode: string; sex: Sex; birthYear: number };

/** Removes the spaces and dots people type between digit groups. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/** What the number itself says: province code, sex and year of birth; null when not 12 digits. */
export function decodeCitizenId(id: string): DecodedCitizenId | null {
  const digits = normalizeIdNumber(id);
  if (!/^\d{12}$/.test(digits)) return null;
  const s = Number(digits[3]);
  const century = (Math.floor(s / 2) + 19) * 100;
  return {
    provinceCode: digits.slice(0, 3),
    sex: s % 2 === 1 ? 'female' : 'male',
    birthYear: century + Number(digits.slice(4, 6)),
  };
}

/** Error codes for a 12-digit citizen ID, checked against what is known of the person. */
export function validateCitizenId(id: string, context: CitizenIdContext = {}): CitizenIdError[] {
  const decoded = decodeCitizenId(id);
  if (!decoded) return ['citizenId.format'];
  const errors: CitizenIdError[] = [];
  if (!isCitizenIdProvinceCode(decoded.provinceCode)) errors.push('citizenId.provinceUnknown');
  const knownYear = context.birthDate ? Number(context.birthDate.slice(0, 4)) : context.birthYear;
  const currentYear = context.currentYear ?? yearOf(todayInVietnam());
  if (knownYear !== undefined && knownYear !== decoded.birthYear) errors.push('citizenId.birthYearMismatch');
  else if (decoded.birthYear > currentYear) errors.push('citizenId.birthInFuture');
  if (context.sex && context.sex !== decoded.sex) errors.push('citizenId.sexMismatch');
  return errors;
}

/** The old 9-digit ID (CMND), kept as an optional legacy field. */
export function validateOldId(id: string): CitizenIdError[] {
  return /^\d{9}$/.test(normalizeIdNumber(id)) ? [] : ['oldId.format'];
}
