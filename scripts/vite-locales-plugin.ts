import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const LOADERS_ID = 'virtual:locale-loaders';
const PACK_PREFIX = 'virtual:locale-pack/';
const localesDir = path.resolve(import.meta.dirname, '../locales');

const languages = (): string[] =>
  existsSync(localesDir) ? readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

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
        return `export const localeLoaders = {\n${entries.join(',\n')}\n};`;
      }
      if (id.startsWith('\0' + PACK_PREFIX)) {
        const lang = id.slice(PACK_PREFIX.length + 1);
        const dir = path.join(localesDir, lang);
        const pack: Record<string, unknown> = {};
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
          this.addWatchFile(path.join(dir, file));
          pack[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
        }
        return `export default ${JSON.stringify(pack)};`;
      }
      return undefined;
    },
  };
}
