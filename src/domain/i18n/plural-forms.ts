import type { PluralCategory } from '../../shared/languages';

// i18next JSON v4 writes a counted text once per plural category: `minutes_one`, `minutes_other`.
const SUFFIX = /_(zero|one|two|few|many|other)$/;

export function splitPluralKey(key: string): { base: string; category: PluralCategory | undefined } {
  const match = SUFFIX.exec(key);
  return match ? { base: key.slice(0, match.index), category: match[1] as PluralCategory } : { base: key, category: undefined };
}

export const pluralKey = (base: string, category: PluralCategory): string => `${base}_${category}`;

/**
 * Numbers that fall in each category, for translators' notes ("1, 21, 31…"). Empty for a language ICU does
 * not know: its rules then are ours (shared/languages.ts), not ICU's English default.
 */
export function pluralExamples(language: string, categories: readonly PluralCategory[]): Partial<Record<PluralCategory, number[]>> {
  if (categories.length === 1) return {};
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(language);
  } catch {
    return {};
  }
  if (rules.resolvedOptions().locale.split('-')[0] !== language) return {};
  const out: Partial<Record<PluralCategory, number[]>> = {};
  for (let n = 0; n <= 111; n++) {
    const list = (out[rules.select(n)] ??= []);
    if (list.length < 4) list.push(n);
  }
  return out;
}
