import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('keeps the first letter of each word, with its marks', () => {
    expect(initials('Hà Thị Xuân')).toBe('H.T.X.');
    expect(initials('  đặng   văn  ân ')).toBe('Đ.V.Â.');
    expect(initials("H'Hen Niê")).toBe('H.N.');
    expect(initials('')).toBe('');
  });
});
