import { describe, expect, it } from 'vitest';
import vi from '../../../locales/vi/dossier.json';
import en from '../../../locales/en/dossier.json';
import { flattenLocale, interpolationVariables } from '../../domain/i18n/locale-keys';

// The dossier screens' texts: Vietnamese and English complete, the same variables, NFC, none empty.
// Counted texts follow each language's plural forms: Vietnamese `_other` only, English `_one` and `_other`.
const base = (key: string) => key.replace(/_(one|other)$/, '');

describe('dossier locale', () => {
  const viKeys = flattenLocale(vi);
  const enKeys = flattenLocale(en);

  it('has the same texts in both languages', () => {
    expect([...new Set([...enKeys.keys()].map(base))].sort()).toEqual([...new Set([...viKeys.keys()].map(base))].sort());
    for (const key of enKeys.keys()) if (key.endsWith('_one')) expect(enKeys.has(base(key) + '_other'), key).toBe(true);
    for (const key of viKeys.keys()) expect(key.endsWith('_one'), key).toBe(false);
  });

  it('keeps variables, NFC and no empty text', () => {
    for (const [key, text] of viKeys) {
      expect(text.trim().length, key).toBeGreaterThan(0);
      expect(text, key).toBe(text.normalize('NFC'));
      const english = enKeys.get(key) ?? enKeys.get(`${base(key)}_other`) ?? '';
      expect(interpolationVariables(english), key).toEqual(interpolationVariables(text));
    }
  });
});
