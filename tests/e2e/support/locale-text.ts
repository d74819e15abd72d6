import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { APP_LANGUAGES, isAppLanguage } from '../../../src/shared/languages';

const localesDir = path.resolve(import.meta.dirname, '../../../locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`, out);
  }
  return out;
}

function readNamespace(lang: string, ns: string): Map<string, string> {
  const file = path.join(localesDir, lang, `${ns}.json`);
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree) : new Map<string, string>();
}

/** Every language with a folder in locales/, in the picker's order. */
export const PACK_LANGUAGES: string[] = APP_LANGUAGES.map((l) => l.tag).filter((tag) => existsSync(path.join(localesDir, tag)));

/** A text as the app shows it in `lang`: the pack's, else its fallbacks', else Vietnamese (no plurals). */
export function localeText(lang: string, ns: string, key: string): string {
  const chain = isAppLanguage(lang) ? [lang, ...APP_LANGUAGES.find((l) => l.tag === lang)!.fallback] : [lang, 'vi'];
  for (const tag of [...chain, 'vi']) {
    const text = readNamespace(tag, ns).get(key);
    if (text !== undefined) return text;
  }
  throw new Error(`no text for ${ns}:${key}`);
}

/** Every key of the Vietnamese source, bare and with its namespace, with and without plural suffix. */
export function allKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(path.join(localesDir, 'vi')).filter((f) => f.endsWith('.json'))) {
    const ns = file.slice(0, -5);
    for (const key of readNamespace('vi', ns).keys()) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      for (const k of [key, base]) keys.add(k).add(`${ns}:${k}`);
    }
  }
  return [...keys];
}
