import { describe, expect, it } from 'vitest';
import { citizenAccountSchema } from './citizen-account';

const valid = { phone: '+84 912.345.678', fullName: ' Giàng  Thị Mỷ ', communeCode: '14923', password: 'mat-khau-1' };
const codes = (input: Record<string, unknown>) => {
  const result = citizenAccountSchema.safeParse({ ...valid, ...input });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('citizen account', () => {
  it('keeps the phone number in national form and the name tidied', () => {
    expect(citizenAccountSchema.parse(valid)).toEqual({ phone: '0912345678', fullName: 'Giàng Thị Mỷ', communeCode: '14923', password: 'mat-khau-1' });
  });

  it('wants a mobile number (the account is for the person’s own phone)', () => {
    expect(codes({ phone: '02373123456' })).toEqual(['phone:phone.notMobile']);
    expect(codes({ phone: '0112345678' })).toEqual(['phone:phone.prefixUnknown']);
    expect(codes({ phone: '09123' })).toEqual(['phone:phone.length']);
  });

  it('wants a commune and a password of at least 8 characters', () => {
    expect(codes({ communeCode: '' })).toEqual(['communeCode:account.communeRequired']);
    expect(codes({ password: '1234567' })).toEqual(['password:account.passwordTooShort']);
  });
});
