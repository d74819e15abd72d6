import { describe, it, expect } from 'vitest';
import { mayBeMinor, minimumAge } from './age';

describe('minimumAge', () => {
  it('counts completed years with an exact date', () => {
    expect(minimumAge({ birthDate: '2008-06-15' }, '2026-06-14')).toBe(17);
    expect(minimumAge({ birthDate: '2008-06-15' }, '2026-06-15')).toBe(18);
    expect(minimumAge({ birthDate: '2008-12-31' }, '2026-01-01')).toBe(17);
  });

  it('takes the lowest possible age with a year only', () => {
    expect(minimumAge({ birthYear: 1950 }, '2026-11-26')).toBe(75);
    expect(minimumAge({ birthYear: 2026 }, '2026-11-26')).toBe(0);
    expect(minimumAge({}, '2026-11-26')).toBeNull();
  });
});

describe('mayBeMinor', () => {
  it('counts the doubt of a year-only birth as a minor', () => {
    expect(mayBeMinor({ birthYear: 2008 }, '2026-11-26')).toBe(true);
    expect(mayBeMinor({ birthYear: 2007 }, '2026-11-26')).toBe(false);
    expect(mayBeMinor({ birthDate: '2008-01-01' }, '2026-11-26')).toBe(false);
    expect(mayBeMinor({}, '2026-11-26')).toBe(false);
  });
});
