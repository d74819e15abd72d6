import { placeToneMark } from './tone-marks';

// Search and duplicate checks must ignore diacritics and case: staff type "nguyen van an" on a
// worn keyboard, old papers spell names without marks, and minority-language Latin spellings
// (Ê Đê "ĕ", Jarai/Bahnar "ƀ", Mường/Thái spellings with stacked marks) reach us in either NFC or NFD.

/** Letters that carry a stroke rather than a combining mark, so NFD does not separate them. */
const STROKE_LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ƀ: 'b', ɗ: 'd' };
const STROKE_PATTERN = new RegExp(`[${Object.keys(STROKE_LETTERS).join('')}]`, 'gu');
const APOSTROPHES = /['’ʼʻ`]/gu;
const NOT_NAME_CHAR = /[^\p{L}\p{N}'’ʼʻ`]+/u;

export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Lowercases and removes every tone and vowel mark: "Đặng Thị Ĕ" → "dang thi e". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(STROKE_PATTERN, (c) => STROKE_LETTERS[c] ?? c)
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

function rawWords(text: string): string[] {
  return foldDiacritics(text).split(NOT_NAME_CHAR).filter((w) => w.length > 0);
}

/** Folded words of a name, apostrophes dropped inside a word ("H'Hen Niê" → ["hhen", "nie"]). */
export function nameWords(fullName: string): string[] {
  return rawWords(fullName)
    .map((w) => w.replace(APOSTROPHES, ''))
    .filter((w) => w.length > 0);
}

/**
 * Unique folded tokens for a multi-entry search index. A word with an apostrophe is indexed both
 * joined and by its parts, so "H'Hen" is found by "hhen", "h'hen" and "hen".
 */
export function nameTokens(fullName: string): string[] {
  const tokens = new Set<string>();
  for (const word of rawWords(fullName)) {
    const joined = word.replace(APOSTROPHES, '');
    if (joined) tokens.add(joined);
    if (joined !== word) for (const part of word.split(APOSTROPHES)) if (part) tokens.add(part);
  }
  return [...tokens];
}

/** Every query word must be the start of some token: "ngu an" finds "Nguyễn Văn An". An empty query matches. */
export function matchesNameQuery(tokens: readonly string[], query: string): boolean {
  return nameWords(query).every((word) => tokens.some((token) => token.startsWith(word)));
}

/**
 * Canonical form for comparing unit names: NFC, lowercase, single spaces, tone marks in their
 * traditional place. A different tone is still a different name ("Ba Thước" ≠ "Bá Thước");
 * use foldDiacritics for a loose match.
 */
export function normalizeForCompare(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .split(/\s+/u)
    .map(placeToneMark)
    .join(' ');
}
