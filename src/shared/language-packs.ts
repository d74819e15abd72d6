import { z } from 'zod';

// The language-pack API (issue 7 §2), used by the browser and the server alike.
//   GET /api/v1/language-packs/:lang  → LanguagePackResponse (public; ETag = `"<version>"`)
//   PUT /api/v1/language-packs/:lang  ← LanguagePackPut (admin; If-Match: the version the file was checked against)
// A pack holds only what admins imported; the texts built into the app are not repeated.

/** Imported translations: namespace → flat key (`home.title`, `minutes_few`) → text. */
export const languagePackResources = z.record(z.string(), z.record(z.string(), z.string()));
export type LanguagePackResources = z.infer<typeof languagePackResources>;

export const languagePackResponse = z.object({
  language: z.string(),
  /** Changes whenever the pack's content changes; "0" when nothing was ever imported. */
  version: z.string(),
  resources: languagePackResources,
  updatedAt: z.string().nullable(),
});
export type LanguagePackResponse = z.infer<typeof languagePackResponse>;

/** The language's complete set of imported translations: what is not listed is removed. */
export const languagePackPut = z.object({
  entries: z.array(z.object({ namespace: z.string().min(1).max(40), key: z.string().min(1).max(200), value: z.string() })).max(20_000),
});
export type LanguagePackPut = z.infer<typeof languagePackPut>;

/** The error code a refused PUT answers with; `details` is a list of PackIssue (domain/i18n/validate-pack.ts). */
export const LANGUAGE_PACK_INVALID = 'language-pack-invalid';
export const LANGUAGE_PACK_CONFLICT = 'version-conflict';
