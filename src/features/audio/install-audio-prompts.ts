import type { CauNoiDatabase } from '../../db/database';
import { findPlayableClip } from '../../db/audio-prompts';
import { i18next, onLanguageChanged } from '../../lib/i18n';
import { setPromptAudioSource } from '../../lib/prompt-audio';
import { useSession } from '../../lib/session';
import { useSyncStatus } from '../../sync/sync-status';
import { noteAudioLanguage, readAudioLanguages, refreshAudioPrompts, sendPendingPrompts } from './audio-prompt-sync';

let running: Promise<void> | undefined;
let again = false;

/** Sends what was recorded here, then refreshes every language in use; one run at a time, a request during one runs after it. */
export function syncAudioPrompts(db: CauNoiDatabase): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const user = useSession.getState().user;
      if (user) await sendPendingPrompts(db, user.userId).catch((error: unknown) => console.warn('audio upload failed', error));
      for (const language of await readAudioLanguages(db)) {
        await refreshAudioPrompts(db, language).catch((error: unknown) => console.warn('audio refresh failed', language, error));
      }
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/**
 * Speakers find recordings in this device's database from now on; recordings are sent and fetched at start, on
 * each language change, after each successful sync, and when the network returns. Loaded after the first screen.
 */
export function installAudioPrompts(db: CauNoiDatabase): void {
  setPromptAudioSource({ find: (language, key) => findPlayableClip(db, language, key) });
  const languageInUse = (language: string) => {
    noteAudioLanguage(db, language).then(() => syncAudioPrompts(db)).catch((error: unknown) => console.warn('audio languages', error));
  };
  onLanguageChanged(languageInUse);
  useSyncStatus.subscribe((state, previous) => {
    if (state.lastSuccessAt && state.lastSuccessAt !== previous.lastSuccessAt) void syncAudioPrompts(db);
  });
  useSession.subscribe((state, previous) => {
    if (state.user && state.user.userId !== previous.user?.userId) void syncAudioPrompts(db);
  });
  addEventListener('online', () => void syncAudioPrompts(db));
  languageInUse(i18next.language);
}
