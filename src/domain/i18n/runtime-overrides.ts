import type { PluralCategory } from '../../shared/languages';
import { mergeLocale, type LocaleTree } from './locale-keys';
import type { SourceIndex } from './source-messages';
import { checkTranslation, resolveKey } from './validate-pack';

/**
 * Merges imported texts (flat keys) over a namespace's bundled texts, keeping only those the current Vietnamese
 * source still has, with its placeholders: after an app update renames a key or a {{variable}}, a stale
 * imported text is dropped (the bundled or Vietnamese text shows) rather than shown wrong.
 */
export function applyOverrides(
  source: SourceIndex,
  plurals: readonly PluralCategory[],
  namespace: string,
  bundled: LocaleTree,
  overrides: Record<string, unknown>,
): LocaleTree {
  const usable = Object.entries(overrides).filter((entry): entry is [string, string] => {
    const [key, value] = entry;
    if (typeof value !== 'string') return false;
    const resolved = resolveKey(source, plurals, namespace, key);
    return 'message' in resolved && checkTranslation(resolved.message, value).length === 0;
  });
  return usable.length > 0 ? mergeLocale(bundled, usable) : bundled;
}
