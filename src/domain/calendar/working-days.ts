import { addDays, dayOfWeek, yearOf } from './dates';
import type { IsoDate } from './dates';
import { HOLIDAY_YEARS } from './holidays';
import type { HolidayYear } from './holidays';

// Statutory processing times count working days: Monday to Friday, minus public holidays, plus the
// Saturdays worked in exchange for a swapped weekday (../shared/reference/procedures.md).

export type WorkCalendar = {
  daysOff: ReadonlySet<IsoDate>;
  makeUpWorkdays: ReadonlySet<IsoDate>;
  /** Years with holiday data; outside them only weekends are known. */
  years: ReadonlySet<number>;
  /** Days off not yet confirmed by the Government: a date computed across one is an estimate. */
  unverifiedDaysOff: ReadonlySet<IsoDate>;
};

export function buildWorkCalendar(years: readonly HolidayYear[] = HOLIDAY_YEARS): WorkCalendar {
  return {
    daysOff: new Set(years.flatMap((y) => y.daysOff.map((h) => h.date))),
    makeUpWorkdays: new Set(years.flatMap((y) => y.makeUpWorkdays)),
    years: new Set(years.map((y) => y.year)),
    unverifiedDaysOff: new Set(years.flatMap((y) => y.daysOff.filter((h) => h.verified === false).map((h) => h.date))),
  };
}

export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !calendar.daysOff.has(date);
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(date: IsoDate, calendar: WorkCalendar): IsoDate {
  let d = date;
  // No real calendar has a month without a working day; the bound only stops bad data looping forever.
  for (let i = 0; i < 31 && !isWorkingDay(d, calendar); i += 1) d = addDays(d, 1);
  return d;
}

export type ReceiptTime = { receivedAt?: string; cutoff?: string };

/**
 * The date `n` working days after a dossier is received. `n = 0` is a same-day procedure: the day of
 * receipt itself. A dossier received on a non-working day, or after the cut-off time ('HH:MM', e.g. the
 * 15:00 rule for same-day civil-status results), counts as received on the next working day.
 * Day counting starts the day after receipt (Civil Code art. 147).
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  holidays: WorkCalendar | readonly HolidayYear[],
  time: ReceiptTime = {},
): IsoDate {
  const calendar = 'daysOff' in holidays ? holidays : buildWorkCalendar(holidays);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
  const afterCutoff = time.receivedAt !== undefined && time.cutoff !== undefined && time.receivedAt >= time.cutoff;
  let d = workingDayOnOrAfter(afterCutoff ? addDays(date, 1) : date, calendar);
  for (let left = n; left > 0; left -= 1) d = workingDayOnOrAfter(addDays(d, 1), calendar);
  return d;
}

/** Whether holiday data covers every year between two dates (otherwise show the result as an estimate). */
export function calendarCovers(calendar: WorkCalendar, from: IsoDate, to: IsoDate): boolean {
  for (let y = yearOf(from); y <= yearOf(to); y += 1) if (!calendar.years.has(y)) return false;
  return true;
}

/** Whether the days off between two dates are all confirmed and known. */
export function calendarIsCertain(calendar: WorkCalendar, from: IsoDate, to: IsoDate): boolean {
  if (!calendarCovers(calendar, from, to)) return false;
  return ![...calendar.unverifiedDaysOff].some((d) => d >= from && d <= to);
}
