import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { APP_LANGUAGES, isAppLanguage, languageInfo, type PluralCategory } from '../shared/languages';
import type { LocaleTree } from '../domain/i18n/locale-keys';
import type { SourceIndex } from '../domain/i18n/source-messages';

/** Every namespace the app uses; each is one JSON file per language under locales/<lang>/. */
export const NAMESPACES = ['common', 'errors', 'reference', 'catalog', 'auth', 'citizen', 'dossier', 'sync', 'admin', 'office'] as const;
export const FALLBACK_LANGUAGE = 'vi';
const STORAGE_KEY = 'caunoi.language';

import { localeCoverage, localeLoaders } from 'virtual:locale-loaders';

// One lazily imported chunk per language (scripts/vite-locales-plugin.ts): a phone downloads only its
// own language (and Vietnamese, the fallback), and the service worker precaches every chunk.
/** Languages with a pack in locales/ (others would show only the Vietnamese fallback). */
export const bundledLanguages: readonly string[] = Object.keys(localeLoaders);

/** True for a language whose bundled pack lacks some texts: those show in its fallback language. */
export function isPartialPack(language: string): boolean {
  return language !== FALLBACK_LANGUAGE && (localeCoverage[language] ?? 0) < 1;
}

type Pack = Record<string, LocaleTree>;
const packs = new Map<string, Promise<Pack>>();
/** The bundled texts of a language, every namespace (empty for a language with no folder in locales/). */
export function loadBundledPack(language: string): Promise<Pack> {
  const loader = localeLoaders[language];
  if (!loader) return Promise.resolve({});
  let pack = packs.get(language);
  if (!pack) {
    pack = loader().then((m) => m.default as Pack);
    // A failed download (offline before the precache finished) must be retried next time.
    pack.catch(() => packs.delete(language));
    packs.set(language, pack);
  }
  return pack;
}

let source: Promise<SourceIndex> | undefined;
/** The Vietnamese texts as the source every other pack is checked against. */
export function loadSourceIndex(): Promise<SourceIndex> {
  if (!source) {
    // Loaded on demand (a device with no imported pack never needs it): off the 2G critical path.
    source = Promise.all([loadBundledPack(FALLBACK_LANGUAGE), import('../domain/i18n/source-messages')]).then(([pack, m]) => m.indexSource(pack));
    source.catch(() => {
      source = undefined;
    });
  }
  return source;
}

/**
 * Language packs imported by admins at run time (issue 7 §2): flat keys (`home.title`) of one namespace,
 * merged over the bundled files. Only texts the current Vietnamese source still has, with its placeholders,
 * are used: an app update that renames a key or a {{variable}} never shows a stale translation.
 */
type PackSource = (language: string, namespace: string) => Promise<ResourceKey | undefined>;
let runtimePacks: PackSource | undefined;
export function setRuntimePackSource(packSource: PackSource): void {
  runtimePacks = packSource;
}

async function readNamespace(language: string, namespace: string): Promise<LocaleTree> {
  const [bundled, runtime] = await Promise.all([
    loadBundledPack(language).then((pack) => pack[namespace] ?? {}),
    runtimePacks?.(language, namespace).catch(() => undefined),
  ]);
  if (!runtime || !isAppLanguage(language) || language === FALLBACK_LANGUAGE) return bundled;
  try {
    const [index, { applyOverrides }] = await Promise.all([loadSourceIndex(), import('../domain/i18n/runtime-overrides')]);
    return applyOverrides(index, languageInfo(language).plurals, namespace, bundled, runtime as Record<string, unknown>);
  } catch (error) {
    // The imported texts cannot be checked right now: the bundled ones still show.
    console.warn('imported language pack not applied', language, namespace, error);
    return bundled;
  }
}

const bundledBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    readNamespace(language, namespace)
      .then((resources) => callback(null, resources))
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null));
  },
};

/** uk → en → vi, minority languages → vi: each key missing in a pack comes from the next language. */
const fallbackLng: Record<string, string[]> = Object.fromEntries([
  ...APP_LANGUAGES.filter((l) => l.fallback.length > 0).map((l): [string, string[]] => [l.tag, [...l.fallback]]),
  ['default', [FALLBACK_LANGUAGE]],
]);

/**
 * ICU has no plural data for mtq, tmm, blt or ium and quietly answers with English rules (`_one` for 1);
 * our rules (shared/languages.ts) give them one form, as Vietnamese. Languages ICU knows keep ICU's rules.
 */
function installPluralRules(): void {
  type Rule = { select(count: number): string; resolvedOptions(): { pluralCategories: string[] } };
  const resolver = i18next.services.pluralResolver as { getRule(code: string, options?: { ordinal?: boolean }): Rule | undefined };
  const icuRule = resolver.getRule.bind(resolver);
  resolver.getRule = (code, options = {}) => {
    const tag = code.split('-')[0];
    if (options.ordinal || !isAppLanguage(tag)) return icuRule(code, options);
    const categories: readonly PluralCategory[] = languageInfo(tag).plurals;
    if (categories.length > 1) return icuRule(code, options);
    return { select: () => 'other', resolvedOptions: () => ({ pluralCategories: ['other'] }) };
  };
}

export function storedLanguage(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Starts i18next with the stored language choice; every missing key falls back key by key (uk → en → vi, others → vi). */
export async function initI18n(language = storedLanguage() ?? FALLBACK_LANGUAGE): Promise<typeof i18next> {
  await i18next
    .use(bundledBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      // 'added': a pack re-read after an import (reloadLanguage) re-renders the screen in place.
      react: { useSuspense: false, bindI18nStore: 'added' },
    });
  installPluralRules();
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

/** The language chain i18next reads for `language`: itself, then its fallbacks. */
export function languageChain(language: string): string[] {
  return isAppLanguage(language) ? [language, ...languageInfo(language).fallback] : [language, FALLBACK_LANGUAGE];
}

/**
 * Re-reads a language after its imported pack changed; the screen re-renders through the store's 'added'
 * event. (Not through changeLanguage: a re-read finishing late must never switch back a language the user
 * has just changed.)
 */
export async function reloadLanguage(language: string): Promise<void> {
  const bundles = await Promise.all(NAMESPACES.map((namespace) => readNamespace(language, namespace)));
  // Replaced, not merged: a translation removed from the imported pack must go away too.
  NAMESPACES.forEach((namespace, i) => {
    i18next.removeResourceBundle(language, namespace);
    i18next.addResourceBundle(language, namespace, bundles[i], false, true);
  });
}

/**
 * The locale to format dates and numbers in: ICU has no data for mtq, tmm, blt or ium and would format them
 * as its default (en-US, "6/15/2026"); they format as their fallback language (Vietnamese, "15/6/2026").
 */
export function formattingLocale(language: string = i18next.language): string {
  return languageChain(language).find((tag) => Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0) ?? FALLBACK_LANGUAGE;
}

/** Calls `listener` with each new language; returns the unsubscribe function. */
export function onLanguageChanged(listener: (language: string) => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

export { i18next };
