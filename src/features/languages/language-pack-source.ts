import type { CauNoiDatabase } from '../../db/database';
import { readStoredLanguagePack, type StoredLanguagePack } from '../../db/language-packs';
import { reloadLanguage, setRuntimePackSource } from '../../lib/i18n';

// The imported packs this device keeps (issue 7 §2), fed to i18next before the first screen. Kept small: it
// is on the critical path; fetching newer packs (language-pack-sync.ts) loads after the first screen.

/** IndexedDB can be slow to open on a cheap phone, or blocked by an old tab: the first screen does not wait for it. */
const STORAGE_WAIT_MS = 1500;

// One read of each stored pack, shared by every namespace i18next asks for; dropped when the pack changes.
const reads = new Map<string, Promise<StoredLanguagePack | undefined>>();
function storedPack(db: CauNoiDatabase, language: string): Promise<StoredLanguagePack | undefined> {
  let read = reads.get(language);
  if (!read) {
    read = readStoredLanguagePack(db, language).catch(() => undefined);
    reads.set(language, read);
  }
  return read;
}

/** After a newer pack was stored: the next read goes to the database again. */
export function forgetStoredPack(language: string): void {
  reads.delete(language);
}

/** Merges stored packs over the bundled texts. Call before initI18n, so the first screen has them. */
export function installLanguagePacks(db: CauNoiDatabase): void {
  setRuntimePackSource(async (language, namespace) => {
    const read = storedPack(db, language);
    const timedOut = Symbol('timeout');
    const result = await Promise.race([read, new Promise<typeof timedOut>((resolve) => setTimeout(() => resolve(timedOut), STORAGE_WAIT_MS))]);
    if (result === timedOut) {
      // Shown without the imported texts for now; they are applied as soon as the database answers.
      void read.then((pack) => (pack ? reloadLanguage(language) : undefined));
      return undefined;
    }
    return result?.resources[namespace];
  });
}
