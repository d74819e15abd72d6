import { daysBetween, yearOf } from '../calendar/dates';
import type { IsoDate } from '../calendar/dates';

// Elderly villagers often know only their year of birth, so age questions must work with a year alone.

export type Birth = { birthDate?: IsoDate; birthYear?: number };

/** Age 18 is majority under the Civil Code (art. 20). */
export const AGE_OF_MAJORITY = 18;

/** Completed years of age on `today`; with a year only, the lowest age the person can have. */
export function minimumAge(birth: Birth, today: IsoDate): number | null {
  if (birth.birthDate) {
    const [by, bm, bd] = birth.birthDate.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  }
  if (birth.birthYear !== undefined) return Math.max(0, yearOf(today) - birth.birthYear - 1);
  return null;
}

/**
 * True when the person is, or may be, under 18. With a year only we cannot know whether this
 * year's birthday has passed, and a child's data needs a representative's consent
 * (../shared/reference/data-protection.md), so the doubt counts as a minor.
 */
export function mayBeMinor(birth: Birth, today: IsoDate): boolean {
  const age = minimumAge(birth, today);
  return age !== null && age < AGE_OF_MAJORITY;
}

/** Days since birth; null without an exact date. */
export function daysSinceBirth(birth: Birth, today: IsoDate): number | null {
  return birth.birthDate ? daysBetween(birth.birthDate, today) : null;
}
