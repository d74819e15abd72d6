import { FALLBACK_LANGUAGE, loadBundledPack, storedLanguage } from '../lib/i18n';

// Imported first by main.tsx, so it runs before React and the rest of the app are evaluated (about half a
// second at 6× CPU): the language pack, which the first screen waits for, downloads meanwhile instead of
// after (issue 9 §3, a 400 ms round trip saved on the rural link). Vietnamese always loads: it is every
// language's fallback. loadBundledPack keeps the promise, so initI18n reuses these downloads.
const language = storedLanguage() ?? FALLBACK_LANGUAGE;
for (const tag of new Set([language, FALLBACK_LANGUAGE])) void loadBundledPack(tag).catch(() => undefined);
