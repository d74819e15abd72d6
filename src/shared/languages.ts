// The app's languages, each named in itself (autonym) for the language picker: CLDR/ICU has no names
// for most of them, so we ship them (../shared/reference/languages.md). Names are data, not UI text:
// a language must be recognisable by its speakers whatever the current UI language is.

export const APP_LANGUAGE_TAGS = ['vi', 'mtq', 'tmm', 'blt', 'hnj', 'ium', 'en', 'uk'] as const;
export type AppLanguage = (typeof APP_LANGUAGE_TAGS)[number];

/** CLDR plural categories (Intl.PluralRules#select). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export type LanguageInfo = {
  tag: AppLanguage;
  autonym: string;
  /** The same name in a second script where the community uses one (Tai Viet for Thái). */
  autonymAlt?: string;
  script: 'Latn' | 'Cyrl';
  /** Languages to fall back to, per key, when a text is missing (vi and en are complete). */
  fallback: readonly AppLanguage[];
  /**
   * Plural forms a pack must give for a counted text (`key_one`, `key_few`, …). ICU knows them for vi, en
   * and uk; it has no data for the minority tags and would silently use English rules (one/other). Mường
   * (Vietic), Thái (Tai), H'Mông and Dao (Hmong–Mien) mark no number on a counted noun, as in Vietnamese
   * ("2 phút"), so they have one form, `_other`.
   */
  plurals: readonly PluralCategory[];
};

export const APP_LANGUAGES: readonly LanguageInfo[] = [
  { tag: 'vi', autonym: 'Tiếng Việt', script: 'Latn', fallback: [], plurals: ['other'] },
  // UNSURE: spelling of the Mường autonym varies between the Hòa Bình and Thanh Hóa orthographies.
  { tag: 'mtq', autonym: 'Thiểng Mường', script: 'Latn', fallback: ['vi'], plurals: ['other'] },
  // UNSURE: Latin autonym of Tai Thanh as written by Thái in Thanh Hóa; confirm with local speakers.
  { tag: 'tmm', autonym: 'Tay Thanh', script: 'Latn', fallback: ['vi'], plurals: ['other'] },
  // UNSURE: both forms need a Tai Dam speaker's check; the Tai Viet form needs Noto Sans Tai Viet.
  { tag: 'blt', autonym: 'Tay Đăm', autonymAlt: 'ꪼꪕꪒꪾ', script: 'Latn', fallback: ['vi'], plurals: ['other'] },
  // UNSURE: "Lus Hmoob" is the RPA spelling of White Hmong; Green Hmong (hnj) speakers may write "Lus Moob".
  { tag: 'hnj', autonym: 'Lus Hmoob', script: 'Latn', fallback: ['vi'], plurals: ['other'] },
  { tag: 'ium', autonym: 'Iu Mienh', script: 'Latn', fallback: ['vi'], plurals: ['other'] },
  { tag: 'en', autonym: 'English', script: 'Latn', fallback: ['vi'], plurals: ['one', 'other'] },
  { tag: 'uk', autonym: 'Українська', script: 'Cyrl', fallback: ['en', 'vi'], plurals: ['one', 'few', 'many', 'other'] },
];

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (APP_LANGUAGE_TAGS as readonly string[]).includes(value);
}

/** The picker's entry for a tag. */
export function languageInfo(tag: AppLanguage): LanguageInfo {
  const info = APP_LANGUAGES.find((l) => l.tag === tag);
  if (!info) throw new RangeError(`No language info for ${tag}`);
  return info;
}
