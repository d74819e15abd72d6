import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Every namespace the app uses; each is one JSON file per language under locales/<lang>/. */
export const NAMESPACES = ['common', 'errors', 'reference', 'catalog', 'auth', 'citizen', 'dossier', 'sync'] as const;
export const FALLBACK_LANGUAGE = 'vi';
const STORAGE_KEY = 'caunoi.language';

import { localeLoaders } from 'virtual:locale-loaders';

// One lazily imported chunk per language (scripts/vite-locales-plugin.ts): a phone downloads only its
// own language (and Vietnamese, the fallback), and the service worker precaches every chunk.
/** Languages with a pack in locales/ (others would show only the Vietnamese fallback). */
export const bundledLanguages: readonly string[] = Object.keys(localeLoaders);

const packs = new Map<string, Promise<Record<string, Record<string, unknown>>>>();
function loadPack(language: string): Promise<Record<string, Record<string, unknown>>> {
  const loader = localeLoaders[language];
  if (!loader) return Promise.resolve({});
  let pack = packs.get(language);
  if (!pack) {
    pack = loader().then((m) => m.default);
    // A failed download (offline before the precache finished) must be retried next time.
    pack.catch(() => packs.delete(language));
    packs.set(language, pack);
  }
  return pack;
}

/** Language packs imported by admins at run time (issue 7) are merged over the bundled files. */
type PackSource = (language: string, namespace: string) => Promise<ResourceKey | undefined>;
let runtimePacks: PackSource | undefined;
export function setRuntimePackSource(source: PackSource): void {
  runtimePacks = source;
}

const bundledBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    Promise.all([loadPack(language).then((pack) => pack[namespace] ?? {}), runtimePacks?.(language, namespace)])
      .then(([bundled, runtime]) => callback(null, runtime ? { ...bundled, ...(runtime as object) } : bundled))
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null));
  },
};

export function storedLanguage(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Starts i18next with the stored language choice; every missing key falls back to Vietnamese, key by key. */
export async function initI18n(language = storedLanguage() ?? FALLBACK_LANGUAGE): Promise<typeof i18next> {
  await i18next
    .use(bundledBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: FALLBACK_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      react: { useSuspense: false },
    });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches language and keeps the choice on this device (works offline: all packs are precached). */
export async function changeLanguage(language: string): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full quota: the choice still applies for this session.
  }
}

export { i18next };
