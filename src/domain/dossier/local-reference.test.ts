import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { deviceShortId, formatLocalReference, isLocalReference, parseLocalReference } from './local-reference';
import { parseOfficialCode } from './official-code';

describe('local references', () => {
  it('formats NHAP-<device>-<6-digit sequence>', () => {
    expect(formatLocalReference('7K2Q', 42)).toBe('NHAP-7K2Q-000042');
    expect(parseLocalReference('nhap-7k2q-000042')).toEqual({ deviceShortId: '7K2Q', sequence: 42 });
  });

  it('refuses ambiguous letters and out-of-range sequences', () => {
    expect(() => formatLocalReference('7K2O', 1)).toThrow(RangeError);
    expect(() => formatLocalReference('7K2', 1)).toThrow(RangeError);
    expect(() => formatLocalReference('7K2Q', 0)).toThrow(RangeError);
    expect(() => formatLocalReference('7K2Q', 1_000_000)).toThrow(RangeError);
  });

  it('derives a stable 4-character device id', () => {
    const id = deviceShortId('6f1c2a3e-1b2c-4d5e-8f90-1234567890ab');
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(deviceShortId('6f1c2a3e-1b2c-4d5e-8f90-1234567890ab')).toBe(id);
    expect(deviceShortId('another-device')).not.toBe(id);
  });

  it('is never mistaken for an official code, and the other way round', () => {
    expect(isLocalReference('000.00.14.H56-200203-0118')).toBe(false);
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 999_999 }), (device, sequence) => {
        const ref = formatLocalReference(deviceShortId(device), sequence);
        expect(isLocalReference(ref)).toBe(true);
        expect(parseOfficialCode(ref)).toBeNull();
      }),
    );
  });
});
