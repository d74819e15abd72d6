import { describe, it, expect } from 'vitest';
import { APP_LANGUAGES, APP_LANGUAGE_TAGS, isAppLanguage, languageInfo } from './languages';

describe('app languages', () => {
  it('lists every tag exactly once, with an NFC autonym', () => {
    expect(APP_LANGUAGES.map((l) => l.tag).sort()).toEqual([...APP_LANGUAGE_TAGS].sort());
    for (const l of APP_LANGUAGES) expect(l.autonym).toBe(l.autonym.normalize('NFC'));
  });

  it('falls back only to languages that exist, ending at Vietnamese', () => {
    for (const l of APP_LANGUAGES) {
      for (const f of l.fallback) expect(isAppLanguage(f)).toBe(true);
      if (l.tag !== 'vi') expect(l.fallback.at(-1)).toBe('vi');
    }
  });

  it('writes the Tai Viet alternative in the Tai Viet block', () => {
    const alt = languageInfo('blt').autonymAlt ?? '';
    expect(alt.length).toBeGreaterThan(0);
    expect([...alt].every((c) => c.codePointAt(0)! >= 0xaa80 && c.codePointAt(0)! <= 0xaadf)).toBe(true);
  });

  it('recognises only app tags', () => {
    expect(isAppLanguage('hnj')).toBe(true);
    expect(isAppLanguage('hmn')).toBe(false);
    expect(languageInfo('vi').autonym).toBe('Tiếng Việt');
  });

  it('gives vi, en and uk the plural forms ICU gives them, and the others one form', () => {
    for (const l of APP_LANGUAGES) {
      const icu = new Intl.PluralRules(l.tag).resolvedOptions();
      if (icu.locale.split('-')[0] === l.tag) expect([...l.plurals].sort(), l.tag).toEqual([...icu.pluralCategories].sort());
      else expect(l.plurals, l.tag).toEqual(['other']);
    }
  });
});
