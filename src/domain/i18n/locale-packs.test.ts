import { describe, expect, it } from 'vitest';
import { APP_LANGUAGES, languageInfo, type AppLanguage } from '../../shared/languages';
import { packCoverage } from './coverage';
import { flattenLocale, interpolationVariables, type LocaleTree } from './locale-keys';
import { splitPluralKey } from './plural-forms';
import { indexSource, targetKeys } from './source-messages';
import { validatePackEntries, type PackEntry } from './validate-pack';

// Every pack in locales/ against the Vietnamese source (issue 7 §1): vi and en complete and alike, uk complete
// with its four plural forms, and no pack with a key vi lacks, other {{placeholders}}, or a blank.

const files = import.meta.glob<LocaleTree>('../../../locales/*/*.json', { eager: true, import: 'default' });
const packs: Record<string, Record<string, LocaleTree>> = {};
for (const [file, tree] of Object.entries(files)) {
  const [, lang, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file)!;
  (packs[lang!] ??= {})[ns!] = tree;
}
const source = indexSource(packs.vi!);
const entriesOf = (lang: string): PackEntry[] =>
  Object.entries(packs[lang] ?? {}).flatMap(([namespace, tree]) => [...flattenLocale(tree)].map(([key, value]) => ({ namespace, key, value })));
const coverage = (lang: AppLanguage) => {
  const rows = packCoverage(source, languageInfo(lang).plurals, packs[lang] ?? {});
  return { translated: rows.reduce((n, r) => n + r.translated, 0), total: rows.reduce((n, r) => n + r.total, 0) };
};

describe('language packs', () => {
  it('has a pack for every app language and no folder for anything else', () => {
    expect(Object.keys(packs).sort()).toEqual(APP_LANGUAGES.map((l) => l.tag).sort());
    expect(source.messages.length).toBeGreaterThan(500);
  });

  it('has vi and en with the same keys (modulo plural forms) and the same placeholders', () => {
    const vi = entriesOf('vi');
    const en = entriesOf('en');
    const base = (e: PackEntry) => `${e.namespace}:${splitPluralKey(e.key).base}`;
    expect([...new Set(en.map(base))].sort()).toEqual([...new Set(vi.map(base))].sort());
    for (const entry of en) {
      const viText = vi.find((v) => base(v) === base(entry))!.value;
      expect(interpolationVariables(entry.value), `${entry.namespace}:${entry.key}`).toEqual(interpolationVariables(viText));
    }
    expect(validatePackEntries(source, languageInfo('en').plurals, en)).toEqual([]);
  });

  it.each(['en', 'uk'] as const)('has %s complete, with every plural form of the language', (lang) => {
    expect(coverage(lang)).toEqual({ translated: source.messages.length, total: source.messages.length });
    const keys = new Set(entriesOf(lang).map((e) => `${e.namespace}:${e.key}`));
    const missing = source.messages.flatMap((m) => targetKeys(m, languageInfo(lang).plurals).map((k) => `${m.namespace}:${k}`)).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });

  it('writes Ukrainian counted texts in its four forms: one, few, many, other', () => {
    expect(languageInfo('uk').plurals).toEqual(['one', 'few', 'many', 'other']);
    const uk = new Map(entriesOf('uk').map((e) => [`${e.namespace}:${e.key}`, e.value]));
    expect(uk.get('common:settings.idle.minutes_few')).toBe('{{count}} хвилини');
    expect(uk.get('common:settings.idle.minutes_many')).toBe('{{count}} хвилин');
  });

  it.each(APP_LANGUAGES.filter((l) => l.tag !== 'vi').map((l) => l.tag))(
    '%s: only keys vi has, its placeholders, complete plural groups, no blank, NFC',
    (lang) => {
      const entries = entriesOf(lang);
      expect(validatePackEntries(source, languageInfo(lang).plurals, entries)).toEqual([]);
      for (const { key, value } of entries) expect(value, key).toBe(value.normalize('NFC'));
    },
  );

  it('has vi with no blank and in NFC', () => {
    for (const { key, value } of entriesOf('vi')) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).toBe(value.normalize('NFC'));
    }
  });

  it.each(APP_LANGUAGES.map((l) => l.tag))('names the %s pack in itself, as the language picker does', (lang) => {
    const common = flattenLocale(packs[lang]!.common ?? {});
    expect(common.get('language.name')).toBe(languageInfo(lang).autonym);
  });
});
