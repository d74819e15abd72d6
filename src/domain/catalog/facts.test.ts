import { describe, it, expect } from 'vitest';
import { citizenFacts } from './facts';

describe('citizenFacts', () => {
  it('derives ethnic minority, child and elderly from the record', () => {
    expect(citizenFacts({ ethnicityCode: '03', birthDate: '2015-06-01' }, '2026-11-26')).toEqual({ ethnicMinority: true, child: true, elderly: false });
    expect(citizenFacts({ ethnicityCode: '01', birthDate: '1966-11-26' }, '2026-11-26')).toEqual({ ethnicMinority: false, child: false, elderly: true });
    expect(citizenFacts({ birthDate: '1966-11-27' }, '2026-11-26')).toEqual({ child: false, elderly: false });
  });

  it('gives the doubt of a year-only birth to the citizen', () => {
    expect(citizenFacts({ birthYear: 1966 }, '2026-11-26')).toMatchObject({ elderly: true });
    expect(citizenFacts({ birthYear: 2010 }, '2026-11-26')).toMatchObject({ child: true });
    expect(citizenFacts({ birthYear: 2009 }, '2026-11-26')).toMatchObject({ child: false });
  });

  it('lets known facts from other records win', () => {
    expect(citizenFacts({ ethnicityCode: '04' }, '2026-11-26', { disadvantagedArea: true, ethnicMinority: false })).toEqual({
      ethnicMinority: false,
      disadvantagedArea: true,
    });
  });
});
