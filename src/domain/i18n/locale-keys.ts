// Helpers for locale files: i18next JSON v4 files are nested objects; keys are dotted paths.

export type LocaleTree = { [key: string]: string | LocaleTree };

export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenLocale(value, path)) out.set(k, v);
  }
  return out;
}

/** Interpolation variables of a message, sorted: "{{min}} … {{max}}" → ["max", "min"]. */
export function interpolationVariables(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/**
 * A copy of `tree` with flat dotted overrides written into it. i18next finds a nested key before a flat one,
 * so overrides must be nested, not spread next to the bundled tree.
 */
export function mergeLocale(tree: LocaleTree, overrides: Iterable<[string, string]>): LocaleTree {
  const out: LocaleTree = structuredClone(tree);
  for (const [key, value] of overrides) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'object') node = next;
      else node = node[part] = {};
    }
    node[parts.at(-1)!] = value;
  }
  return out;
}
