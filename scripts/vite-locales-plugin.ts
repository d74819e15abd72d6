import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const LOADERS_ID = 'virtual:locale-loaders';
const PACK_PREFIX = 'virtual:locale-pack/';
const localesDir = path.resolve(import.meta.dirname, '../locales');

const languages = (): string[] =>
  existsSync(localesDir) ? readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

type LocaleTree = { [key: string]: string | LocaleTree };

function readPack(lang: string, watch?: (file: string) => void): Record<string, LocaleTree> {
  const dir = path.join(localesDir, lang);
  const pack: Record<string, LocaleTree> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    watch?.(path.join(dir, file));
    pack[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as LocaleTree;
  }
  return pack;
}

/** Keys of a pack as `namespace:key`, a counted text by its key without plural suffix. */
function messageKeys(pack: Record<string, LocaleTree>): Set<string> {
  const keys = new Set<string>();
  const walk = (tree: LocaleTree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === 'string') keys.add(`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, ''));
      else walk(value, `${prefix}${key}.`);
    }
  };
  for (const [namespace, tree] of Object.entries(pack)) walk(tree, `${namespace}:`);
  return keys;
}

/**
 * Share of the Vietnamese texts each bundled pack has (0–1), so the picker can mark partial packs. (The exact,
 * plural-aware figures are `npm run i18n:report`'s; the coverage test keeps en and uk complete.) Kept free of
 * src/ imports: Vite loads this file with its config.
 */
function coverageByLanguage(): Record<string, number> {
  const source = messageKeys(readPack('vi'));
  const out: Record<string, number> = {};
  for (const lang of languages()) {
    const have = messageKeys(readPack(lang));
    out[lang] = source.size === 0 ? 1 : [...source].filter((key) => have.has(key)).length / source.size;
  }
  return out;
}

/**
 * Turns locales/<lang>/<namespace>.json into one lazily loaded chunk per language
 * (`{ [namespace]: resources }`): a phone on 2G fetches one file for its language, and the service
 * worker precaches every language's chunk so the picker works offline.
 */
export function localesPlugin(): Plugin {
  return {
    name: 'cau-noi-locales',
    resolveId(id) {
      if (id === LOADERS_ID || id.startsWith(PACK_PREFIX)) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id === '\0' + LOADERS_ID) {
        const entries = languages().map((lang) => `  ${JSON.stringify(lang)}: () => import(${JSON.stringify(PACK_PREFIX + lang)})`);
        for (const lang of languages()) readPack(lang, (file) => this.addWatchFile(file));
        return `export const localeLoaders = {\n${entries.join(',\n')}\n};\nexport const localeCoverage = ${JSON.stringify(coverageByLanguage())};`;
      }
      if (id.startsWith('\0' + PACK_PREFIX)) {
        const lang = id.slice(PACK_PREFIX.length + 1);
        return `export default ${JSON.stringify(readPack(lang, (file) => this.addWatchFile(file)))};`;
      }
      return undefined;
    },
  };
}
