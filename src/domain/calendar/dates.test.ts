import { describe, it, expect } from 'vitest';
import { addDays, dayOfWeek, daysBetween, isIsoDate, todayInVietnam, yearOf } from './dates';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-12-25', '2026-01-04')).toBe(10);
    expect(daysBetween('2026-01-04', '2025-12-25')).toBe(-10);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2026-02-17')).toBe(2); // Tết Bính Ngọ, a Tuesday
    expect(dayOfWeek('2025-11-23')).toBe(0);
    expect(yearOf('2027-06-01')).toBe(2027);
  });

  it('throws on a malformed date rather than computing nonsense', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('todayInVietnam', () => {
  it('uses UTC+7 whatever the host zone', () => {
    expect(todayInVietnam(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});
