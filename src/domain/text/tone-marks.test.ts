import { describe, it, expect } from 'vitest';
import { placeToneMark } from './tone-marks';

describe('placeToneMark', () => {
  it.each([
    ['hoá', 'hóa'],
    ['hoà', 'hòa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['Hoá', 'Hóa'],
  ])('moves the mark of open oa/oe/uy to the first vowel: %s → %s', (input, expected) => {
    expect(placeToneMark(input)).toBe(expected);
  });

  it.each([
    ['toán', 'toán'], // closed syllable: last vowel
    ['ngoái', 'ngoái'], // three vowels: the middle one
    ['khuỷu', 'khuỷu'],
    ['thước', 'thước'], // ươ: the vowel with a quality mark
    ['giữa', 'giữa'],
    ['tuổi', 'tuổi'],
    ['mùa', 'mùa'],
    ['hái', 'hái'],
  ])('leaves correct placements alone: %s', (input, expected) => {
    expect(placeToneMark(input)).toBe(expected);
  });

  it('treats the u of qu and the i of gi as consonants', () => {
    expect(placeToneMark('qúy')).toBe('quý');
    expect(placeToneMark('gía')).toBe('giá');
    expect(placeToneMark('gì')).toBe('gì');
  });

  it('returns words without one tone mark unchanged (NFC)', () => {
    expect(placeToneMark('thanh')).toBe('thanh');
    expect(placeToneMark('Bình'.normalize('NFD'))).toBe('Bình');
  });
});
