import { describe, it, expect } from 'vitest';
import { ETHNICITIES, ethnicityNameKey, isEthnicMinority, isEthnicityCode } from './ethnicities';
import vi from '../../../locales/vi/reference.json';
import en from '../../../locales/en/reference.json';

describe('ethnicities', () => {
  it('has the 54 groups coded 01–54 in the GSO order', () => {
    expect(ETHNICITIES).toHaveLength(54);
    expect(ETHNICITIES[0]).toEqual({ code: '01', slug: 'kinh' });
    expect(ETHNICITIES.find((e) => e.slug === 'muong')?.code).toBe('04');
    expect(ETHNICITIES.find((e) => e.slug === 'thai')?.code).toBe('03');
    expect(ETHNICITIES[53]).toEqual({ code: '54', slug: 'oDu' });
  });

  it('names every group in Vietnamese and English', () => {
    const viNames: Record<string, string> = vi.ethnicity;
    const enNames: Record<string, string> = en.ethnicity;
    for (const { code } of ETHNICITIES) {
      expect(viNames[code], code).toBeTruthy();
      expect(enNames[code], code).toBeTruthy();
    }
    expect(Object.keys(viNames)).toHaveLength(54);
    expect(viNames['54']).toBe('Ơ Đu');
    expect(viNames['03']).toBe('Thái');
    expect(ethnicityNameKey('04')).toBe('ethnicity.04');
  });

  it('tells minorities from the Kinh majority', () => {
    expect(isEthnicMinority('01')).toBe(false);
    expect(isEthnicMinority('03')).toBe(true);
    expect(isEthnicMinority('55')).toBe(false);
    expect(isEthnicityCode('7')).toBe(false);
  });
});
