/**
 * The languages whose recordings this device keeps (issue 7 §3: bounded to the languages in use here): the
 * last few chosen, most recent first. A commune office in Bá Thước works in Vietnamese, Mường and Thái
 * (reference/languages.md), hence three; a language chosen once long ago drops out and its recordings go.
 */
export const MAX_AUDIO_LANGUAGES = 3;

export function noteLanguageUsed(inUse: readonly string[], language: string, max = MAX_AUDIO_LANGUAGES): { inUse: string[]; dropped: string[] } {
  const next = [language, ...inUse.filter((l) => l !== language)];
  return { inUse: next.slice(0, max), dropped: next.slice(max) };
}
