import { describe, it, expect } from 'vitest';
import { formatOfficialCode, parseOfficialCode } from './official-code';

describe('formatOfficialCode', () => {
  it('reproduces the Thanh Hóa examples', () => {
    expect(formatOfficialCode('000.00.14.H56', '2020-02-03', 118)).toBe('000.00.14.H56-200203-0118');
    expect(formatOfficialCode('000.17.22.H56', '2021-05-31', 1)).toBe('000.17.22.H56-210531-0001');
  });

  it('follows a per-agency format', () => {
    expect(formatOfficialCode('H56.14923', '2026-11-26', 7, 'AAA.BBBBB-YYYYMMDD-NNNNN')).toBe('H56.14923-20261126-00007');
  });

  it('rejects what does not fit', () => {
    expect(() => formatOfficialCode('000.00.14', '2020-02-03', 1)).toThrow(RangeError);
    expect(() => formatOfficialCode('000.00.14.H56', '2020-02-30', 1)).toThrow(RangeError);
    expect(() => formatOfficialCode('000.00.14.H56', '2020-02-03', 10_000)).toThrow(RangeError);
    expect(() => formatOfficialCode('000.00.14.H56', '2020-02-03', 1, 'AAA-NNNN')).toThrow(RangeError);
  });
});

describe('parseOfficialCode', () => {
  it('reads agency, date and sequence', () => {
    expect(parseOfficialCode('000.00.14.H56-200203-0118')).toEqual({ agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 118 });
    expect(parseOfficialCode('H56.14923-20261126-00007', 'AAA.BBBBB-YYYYMMDD-NNNNN')).toEqual({
      agencyCode: 'H56.14923',
      date: '2026-11-26',
      sequence: 7,
    });
  });

  it('round-trips', () => {
    const code = formatOfficialCode('000.17.22.H56', '2026-12-31', 9999);
    expect(parseOfficialCode(code)).toEqual({ agencyCode: '000.17.22.H56', date: '2026-12-31', sequence: 9999 });
  });

  it('rejects malformed codes and impossible dates', () => {
    expect(parseOfficialCode('000.00.14.H56-200230-0118')).toBeNull();
    expect(parseOfficialCode('000.00.14.H56-200203-118')).toBeNull();
    expect(parseOfficialCode('000.00.14.H56-200203-0000')).toBeNull();
    expect(parseOfficialCode('000x00.14.H56-200203-0118')).toBeNull();
  });
});
