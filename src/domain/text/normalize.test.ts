import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldDiacritics, matchesNameQuery, nameTokens, nameWords, normalizeForCompare, toNfc } from './normalize';

describe('toNfc', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn');
    expect(toNfc(nfd)).toBe('Nguyễn');
  });
});

describe('foldDiacritics', () => {
  it('removes tone and vowel marks, folds đ and lowercases', () => {
    expect(foldDiacritics('Đặng Thị Ướt')).toBe('dang thi uot');
    expect(foldDiacritics('ĐÀO')).toBe('dao');
  });

  it('handles minority-language Latin spellings', () => {
    expect(foldDiacritics('H’Ĕn Niê')).toBe('h’en nie'); // Ê Đê breve
    expect(foldDiacritics('Ƀlao')).toBe('blao'); // Jarai/Bahnar b with stroke
    expect(foldDiacritics('Y Ŏng')).toBe('y ong');
  });

  it('gives the same result for NFC and NFD input, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđĐàáảãạằắẳẵặầấẩẫậ ') }), (s) => {
        const folded = foldDiacritics(s);
        expect(foldDiacritics(s.normalize('NFD'))).toBe(folded);
        expect(foldDiacritics(folded)).toBe(folded);
        expect(folded).toMatch(/^[a-z ]*$/);
      }),
    );
  });
});

describe('nameTokens', () => {
  it('gives unique folded tokens', () => {
    expect(nameTokens('Nguyễn Văn An')).toEqual(['nguyen', 'van', 'an']);
    expect(nameTokens('  Hà   Thị Hà ')).toEqual(['ha', 'thi']);
  });

  it('indexes apostrophe names joined and by part', () => {
    expect(nameTokens("H'Hen Niê")).toEqual(['hhen', 'h', 'hen', 'nie']);
    expect(nameWords('H’Hen Niê')).toEqual(['hhen', 'nie']);
  });

  it('splits on hyphens and dots', () => {
    expect(nameTokens('Lò Văn-Pâng T.')).toEqual(['lo', 'van', 'pang', 't']);
  });
});

describe('matchesNameQuery', () => {
  const tokens = nameTokens('Nguyễn Văn An');

  it('finds a name by full or prefix words, in any order', () => {
    expect(matchesNameQuery(tokens, 'nguyen van an')).toBe(true);
    expect(matchesNameQuery(tokens, 'ngu an')).toBe(true);
    expect(matchesNameQuery(tokens, 'AN Nguyễn')).toBe(true);
  });

  it('requires every word to match', () => {
    expect(matchesNameQuery(tokens, 'nguyen binh')).toBe(false);
    expect(matchesNameQuery(tokens, 'guyen')).toBe(false);
  });

  it('finds apostrophe names however the query writes them', () => {
    const ede = nameTokens("H'Hen Niê");
    expect(matchesNameQuery(ede, 'hhen')).toBe(true);
    expect(matchesNameQuery(ede, "h'hen nie")).toBe(true);
    expect(matchesNameQuery(ede, 'hen')).toBe(true);
  });

  it('always finds a name by itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcđơưáàảãạ \'-') }), (name) => {
        expect(matchesNameQuery(nameTokens(name), name)).toBe(true);
      }),
    );
  });
});

describe('normalizeForCompare', () => {
  it('treats both tone placements as the same name', () => {
    expect(normalizeForCompare('Thanh Hoá')).toBe(normalizeForCompare('Thanh Hóa'));
    expect(normalizeForCompare('Hoà Bình')).toBe('hòa bình');
    expect(normalizeForCompare('Thuỵ Khuê')).toBe(normalizeForCompare('Thụy Khuê'));
  });

  it('normalises Unicode form, case and spaces', () => {
    expect(normalizeForCompare('  THANH   HÓA '.normalize('NFD'))).toBe('thanh hóa');
  });

  it('keeps a different tone different', () => {
    expect(normalizeForCompare('Ba Thước')).not.toBe(normalizeForCompare('Bá Thước'));
    expect(foldDiacritics('Ba Thước')).toBe(foldDiacritics('Bá Thước'));
  });

  it('is idempotent', () => {
    for (const name of ['Thanh Hoá', 'Quảng Bình', 'Điền Lư', 'Khuỷu', 'Giữa']) {
      const once = normalizeForCompare(name);
      expect(normalizeForCompare(once)).toBe(once);
    }
  });
});
