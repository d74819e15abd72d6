import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocaleTree } from '../../domain/i18n/locale-keys';
import { indexSource, type SourceIndex } from '../../domain/i18n/source-messages';

/** The app's locale files: the server runs from the repository (tsx), next to `locales/`. */
export const DEFAULT_LOCALES_DIR = path.resolve(import.meta.dirname, '../../../locales');

/** One language's bundled texts, every namespace, read from `locales/<lang>/*.json`. */
export function readLocaleFolder(localesDir: string, language: string): Record<string, LocaleTree> {
  const dir = path.join(localesDir, language);
  if (!existsSync(dir)) return {};
  const pack: Record<string, LocaleTree> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    pack[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as LocaleTree;
  }
  return pack;
}

const cache = new Map<string, SourceIndex>();

/** The Vietnamese source imported packs are checked against, read once per folder. */
export function loadSourceIndex(localesDir = DEFAULT_LOCALES_DIR): SourceIndex {
  let index = cache.get(localesDir);
  if (!index) {
    const namespaces = readLocaleFolder(localesDir, 'vi');
    if (Object.keys(namespaces).length === 0) throw new Error(`No Vietnamese locale files in ${localesDir}/vi`);
    index = indexSource(namespaces);
    cache.set(localesDir, index);
  }
  return index;
}
