// Helpers for the locale coverage tests: i18next JSON v4 files are nested objects; keys are dotted paths.

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
