import type { CauNoiDatabase } from '../../db/database';
import { readStoredLanguagePack, saveStoredLanguagePack } from '../../db/language-packs';
import { ApiError, apiRequest } from '../../lib/api';
import { FALLBACK_LANGUAGE, i18next, languageChain, onLanguageChanged, reloadLanguage } from '../../lib/i18n';
import type { LanguagePackResponse } from '../../shared/language-packs';
import { forgetStoredPack } from './language-pack-source';

// Imported language packs reach a device without a rebuild: on start, on a language change and when the network
// returns, the device asks the server for its language's pack (a 304 when nothing changed) and keeps it in
// IndexedDB, where language-pack-source.ts feeds it to i18next, offline too.

/** A language re-read also loads its fallbacks: no second request for a pack asked for moments ago. */
const REFRESH_INTERVAL_MS = 30_000;

function isPackResponse(value: unknown): value is LanguagePackResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { version, resources } = value as Partial<LanguagePackResponse>;
  return typeof version === 'string' && typeof resources === 'object' && resources !== null
    && Object.values(resources).every((ns) => typeof ns === 'object' && ns !== null && Object.values(ns).every((v) => typeof v === 'string'));
}

/** Fetches a language's imported pack and stores it; true when it changed. Quietly false offline or on a server error. */
export async function refreshLanguagePack(db: CauNoiDatabase, language: string): Promise<boolean> {
  if (language === FALLBACK_LANGUAGE || (typeof navigator !== 'undefined' && navigator.onLine === false)) return false;
  const stored = await readStoredLanguagePack(db, language);
  let pack: unknown;
  try {
    pack = await apiRequest<unknown>(`/language-packs/${encodeURIComponent(language)}`, {
      headers: stored ? { 'if-none-match': `"${stored.version}"` } : {},
    });
  } catch (error) {
    // 304 (unchanged), offline, or a server that has no such pack: the stored pack stays in force.
    if (error instanceof ApiError) return false;
    throw error;
  }
  if (!isPackResponse(pack) || pack.version === stored?.version) return false;
  await saveStoredLanguagePack(db, { language, version: pack.version, resources: pack.resources, fetchedAt: new Date().toISOString() });
  forgetStoredPack(language);
  return true;
}

/** Keeps the current language's pack (and its fallbacks') fresh: now, on every language change, when back online. */
export function startLanguagePackRefresh(db: CauNoiDatabase): void {
  const lastRefresh = new Map<string, number>();
  const refresh = (language: string, force = false) => {
    for (const tag of languageChain(language).filter((l) => l !== FALLBACK_LANGUAGE)) {
      if (!force && Date.now() - (lastRefresh.get(tag) ?? 0) < REFRESH_INTERVAL_MS) continue;
      lastRefresh.set(tag, Date.now());
      refreshLanguagePack(db, tag)
        .then((changed) => (changed ? reloadLanguage(tag) : undefined))
        .catch((error: unknown) => console.warn('language pack refresh failed', tag, error));
    }
  };
  onLanguageChanged((language) => refresh(language));
  addEventListener('online', () => refresh(i18next.language, true));
  refresh(i18next.language);
}

/** After an admin's import: this device shows the new texts at once. */
export async function applyImportedPack(db: CauNoiDatabase, pack: LanguagePackResponse): Promise<void> {
  await saveStoredLanguagePack(db, { language: pack.language, version: pack.version, resources: pack.resources, fetchedAt: new Date().toISOString() });
  forgetStoredPack(pack.language);
  await reloadLanguage(pack.language);
}
