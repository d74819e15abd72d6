import { describe, it, expect } from 'vitest';
import { applicableFee } from './fee';
import { birthAnswers, procedure, TODAY } from './catalog-fixtures';

describe('applicableFee', () => {
  const birth = procedure('1.001193');

  it('makes an on-time birth registration free', () => {
    expect(applicableFee(birth, { channel: 'inPerson', answers: birthAnswers(), today: TODAY })).toEqual({
      amount: 0,
      exemptionKey: 'onTime',
      verified: true,
    });
  });

  it('leaves a late registration to the provincial fee schedule unless another exemption applies', () => {
    const late = { ...birthAnswers(), childBirthDate: '2026-01-10' };
    expect(applicableFee(birth, { channel: 'inPerson', answers: late, today: TODAY })).toEqual({ amount: null, verified: true });
    expect(applicableFee(birth, { channel: 'inPerson', answers: late, today: TODAY, facts: { poorHousehold: true } })).toEqual({
      amount: 0,
      exemptionKey: 'poorHousehold',
      verified: true,
    });
    expect(
      applicableFee(birth, { channel: 'inPerson', answers: late, today: TODAY, facts: { ethnicMinority: true, disadvantagedArea: true } }),
    ).toEqual({ amount: 0, exemptionKey: 'ethnicMinorityDisadvantagedArea', verified: false });
  });

  it('charges residence registration by channel, with exemptions', () => {
    const residence = procedure('1.004222');
    expect(applicableFee(residence, { channel: 'inPerson', today: TODAY })).toEqual({ amount: 20_000, verified: true });
    expect(applicableFee(residence, { channel: 'online', today: TODAY })).toEqual({ amount: 10_000, verified: true });
    expect(applicableFee(procedure('1.004194'), { channel: 'online', today: TODAY })).toEqual({ amount: 7_000, verified: true });
    expect(applicableFee(residence, { channel: 'inPerson', today: TODAY, facts: { ethnicMinority: true, disadvantagedArea: true } })).toEqual({
      amount: 0,
      exemptionKey: 'ethnicMinorityDisadvantagedArea',
      verified: false,
    });
    expect(applicableFee(residence, { channel: 'inPerson', today: TODAY, facts: { ethnicMinority: true } }).amount).toBe(20_000);
  });

  it('uses the in-person amount when there is no online amount', () => {
    expect(applicableFee(procedure('1.001776'), { channel: 'online', today: TODAY })).toEqual({ amount: 0, verified: true });
  });
});
