import { describe, it, expect } from 'vitest';
import { normalizePhone, phoneKind, validatePhone } from './phone';

describe('normalizePhone', () => {
  it('strips separators and turns the country code into 0', () => {
    expect(normalizePhone('091 234 5678')).toBe('0912345678');
    expect(normalizePhone('091.234.5678')).toBe('0912345678');
    expect(normalizePhone('+84 912-345-678')).toBe('0912345678');
    expect(normalizePhone('84912345678')).toBe('0912345678');
    expect(normalizePhone('0084912345678')).toBe('0912345678');
    expect(normalizePhone('(0237) 385 2345')).toBe('02373852345');
  });
});

describe('validatePhone', () => {
  it.each([
    ['0321234567', 'Viettel 032'],
    ['0981234567', 'Viettel 098'],
    ['0889234567', 'VinaPhone 088'],
    ['0701234567', 'MobiFone 070'],
    ['0522345678', 'Vietnamobile 052 (only 0522, 0523, 0528 are assigned)'],
    ['0599234567', 'Gmobile 059'],
    ['0871234567', 'Itelecom 087'],
    ['+84 96 123 4567', 'international form'],
  ])('accepts mobile %s (%s)', (phone) => {
    expect(validatePhone(phone)).toEqual([]);
    expect(phoneKind(phone)).toBe('mobile');
  });

  it('accepts a landline 02 + 9 digits', () => {
    expect(validatePhone('02373852345')).toEqual([]);
    expect(phoneKind('02373852345')).toBe('landline');
  });

  it('rejects letters', () => {
    expect(validatePhone('09123abc78')).toEqual(['phone.notDigits']);
  });

  it('rejects wrong lengths', () => {
    expect(validatePhone('091234567')).toEqual(['phone.length']);
    expect(validatePhone('09123456789')).toEqual(['phone.length']);
    expect(validatePhone('0237385234')).toEqual(['phone.length']);
    expect(validatePhone('1912345678')).toEqual(['phone.length']);
  });

  it('rejects unassigned prefixes of the right length', () => {
    expect(validatePhone('0111234567')).toEqual(['phone.prefixUnknown']);
    expect(validatePhone('0501234567')).toEqual(['phone.prefixUnknown']);
    expect(validatePhone('0521234567')).toEqual(['phone.prefixUnknown']);
    expect(validatePhone('0991234567')).toEqual([]);
    expect(validatePhone('0992234567')).toEqual(['phone.prefixUnknown']); // 99[013-9] only
  });
});
