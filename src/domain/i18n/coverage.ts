import type { PluralCategory } from '../../shared/languages';
import { flattenLocale, type LocaleTree } from './locale-keys';
import { targetKeys, type SourceIndex } from './source-messages';

export type NamespaceCoverage = { namespace: string; translated: number; total: number };

/**
 * How much of the Vietnamese source a pack translates, per namespace. A counted text counts once, and only
 * when every plural form of the language is there; everything missing shows in a fallback language.
 */
export function packCoverage(source: SourceIndex, plurals: readonly PluralCategory[], pack: Record<string, LocaleTree>): NamespaceCoverage[] {
  const flat = new Map(Object.entries(pack).map(([namespace, tree]) => [namespace, flattenLocale(tree)]));
  const out = new Map<string, NamespaceCoverage>();
  for (const message of source.messages) {
    const row = out.get(message.namespace) ?? { namespace: message.namespace, translated: 0, total: 0 };
    row.total++;
    const texts = flat.get(message.namespace);
    if (texts && targetKeys(message, plurals).every((key) => (texts.get(key) ?? '').trim() !== '')) row.translated++;
    out.set(message.namespace, row);
  }
  return [...out.values()];
}

export const percent = (translated: number, total: number): number => (total === 0 ? 100 : Math.floor((translated / total) * 1000) / 10);
