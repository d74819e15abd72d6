import { describe, expect, it } from 'vitest';
import { codeFromQrText, displayHandoverCode, formatHandoverCode, handoverCodeSchema, handoverQrText, normalizeHandoverCode } from './handover';

describe('hand-over codes', () => {
  it('are eight Crockford letters and digits, never I, L, O or U', () => {
    const code = formatHandoverCode(Uint8Array.from([0, 1, 18, 19, 22, 27, 31, 255]));
    expect(code).toBe('01JKPVZZ');
    for (let i = 0; i < 50; i++) expect(formatHandoverCode(crypto.getRandomValues(new Uint8Array(8)))).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('read the same however they are typed', () => {
    expect(normalizeHandoverCode(' k7m2-9qxo ')).toBe('K7M29QX0');
    expect(normalizeHandoverCode('IL00-abcd')).toBe('1100ABCD');
    expect(handoverCodeSchema.parse('k7m2 9qx0')).toBe('K7M29QX0');
    expect(handoverCodeSchema.safeParse('K7M2-9QU0').success).toBe(false);
    expect(handoverCodeSchema.safeParse('K7M2').success).toBe(false);
    expect(displayHandoverCode('K7M29QX0')).toBe('K7M2-9QX0');
  });

  it('travel in a QR code that a receipt QR code is never mistaken for', () => {
    expect(codeFromQrText(handoverQrText('K7M29QX0'))).toBe('K7M29QX0');
    expect(codeFromQrText('CN.eyJ2IjoxfQ.sig')).toBeUndefined();
  });
});
