import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, dayOfWeek } from './dates';
import { HOLIDAY_YEARS } from './holidays';
import { addWorkingDays, buildWorkCalendar, calendarCovers, calendarIsCertain, isWorkingDay } from './working-days';

const calendar = buildWorkCalendar();

describe('isWorkingDay', () => {
  it('closes on weekends and holidays, opens on make-up Saturdays', () => {
    expect(isWorkingDay('2026-02-13', calendar)).toBe(true); // Friday before Tết
    expect(isWorkingDay('2026-02-14', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2026-02-17', calendar)).toBe(false); // Tết
    expect(isWorkingDay('2026-01-10', calendar)).toBe(true); // Saturday worked for Fri 2/1
    expect(isWorkingDay('2026-01-02', calendar)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2025-11-21', 1, calendar)).toBe('2025-11-24'); // Fri → Mon
    expect(addWorkingDays('2025-11-17', 7, calendar)).toBe('2025-11-26');
  });

  it('skips the whole Tết break', () => {
    expect(addWorkingDays('2026-02-12', 3, calendar)).toBe('2026-02-24'); // Thu → 13/2, 23/2, 24/2
    expect(addWorkingDays('2025-01-24', 1, calendar)).toBe('2025-02-03');
  });

  it('crosses the year end and counts the make-up Saturday', () => {
    expect(addWorkingDays('2025-12-31', 1, calendar)).toBe('2026-01-05');
    expect(addWorkingDays('2026-01-09', 1, calendar)).toBe('2026-01-10');
  });

  it('skips the 30/4–1/5 break with its swapped Friday', () => {
    expect(addWorkingDays('2025-04-29', 1, calendar)).toBe('2025-05-05');
    expect(addWorkingDays('2026-04-24', 1, calendar)).toBe('2026-04-28'); // Hùng Kings compensatory Monday
  });

  it('accepts the holiday data directly', () => {
    expect(addWorkingDays('2026-02-12', 3, HOLIDAY_YEARS)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-12', 3, [])).toBe('2026-02-17'); // without holidays, Tết would count
  });

  it('keeps a same-day procedure on the day of receipt', () => {
    expect(addWorkingDays('2025-11-26', 0, calendar)).toBe('2025-11-26');
  });

  it('moves a same-day procedure to the next working day after the cut-off or on a closed day', () => {
    expect(addWorkingDays('2025-11-26', 0, calendar, { receivedAt: '15:20', cutoff: '15:00' })).toBe('2025-11-27');
    expect(addWorkingDays('2025-11-28', 0, calendar, { receivedAt: '16:00', cutoff: '15:00' })).toBe('2025-12-01');
    expect(addWorkingDays('2025-11-26', 0, calendar, { receivedAt: '14:59', cutoff: '15:00' })).toBe('2025-11-26');
    expect(addWorkingDays('2026-02-15', 0, calendar)).toBe('2026-02-23'); // Sunday in Tết
  });

  it('counts from the next working day when received on a closed day', () => {
    expect(addWorkingDays('2025-11-22', 1, calendar)).toBe('2025-11-25'); // Sat → received Mon → Tue
  });

  it('always lands on a working day, later than the start, n working days away', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20 }), (offset, n) => {
        const start = addDays('2025-01-01', offset);
        const end = addWorkingDays(start, n, calendar);
        expect(isWorkingDay(end, calendar)).toBe(true);
        expect(end >= start).toBe(true);
        if (n > 0) expect(addWorkingDays(start, n - 1, calendar) < end).toBe(true);
      }),
    );
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-11-26', -1, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-11-26', 1.5, calendar)).toThrow(RangeError);
  });
});

describe('holiday data', () => {
  it('lists only weekdays as days off and only Saturdays as make-up days', () => {
    for (const year of HOLIDAY_YEARS) {
      for (const h of year.daysOff) expect([0, 6], `${h.date} ${h.kind}`).not.toContain(dayOfWeek(h.date));
      for (const d of year.makeUpWorkdays) expect(dayOfWeek(d)).toBe(6);
      for (const h of year.daysOff) expect(h.date.startsWith(String(year.year))).toBe(true);
    }
  });

  it('has five Tết weekdays and the fixed holidays each year', () => {
    for (const year of HOLIDAY_YEARS) {
      expect(year.daysOff.filter((h) => h.kind === 'tet')).toHaveLength(5);
      expect(year.daysOff.some((h) => h.date === `${year.year}-01-01`)).toBe(true);
      expect(year.daysOff.some((h) => h.date === `${year.year}-09-02`)).toBe(true);
      expect(year.verified).toBe(year.daysOff.every((h) => h.verified !== false));
    }
  });

  it('knows which years it covers, and which days off are unconfirmed', () => {
    expect(calendarCovers(calendar, '2025-12-20', '2026-01-10')).toBe(true);
    expect(calendarCovers(calendar, '2027-12-20', '2028-01-10')).toBe(false);
    expect(calendarIsCertain(calendar, '2026-02-10', '2026-02-24')).toBe(true);
    expect(calendarIsCertain(calendar, '2026-08-28', '2026-09-04')).toBe(false); // 1/9/2026 unconfirmed
    expect(calendarIsCertain(calendar, '2027-12-28', '2028-01-04')).toBe(false);
  });
});
