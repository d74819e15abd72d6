import type { CauNoiDatabase } from './database';

/** A language's imported translations as the server last sent them: flat keys per namespace. */
export type StoredLanguagePack = {
  language: string;
  /** The server's version (its ETag): a pack is downloaded again only when it changes. */
  version: string;
  resources: Record<string, Record<string, string>>;
  fetchedAt: string;
};

// Reached by name rather than as a typed property of CauNoiDatabase: the store is declared in schema-versions.ts.
const packs = (db: CauNoiDatabase) => db.table<StoredLanguagePack, string>('languagePacks');

export function readStoredLanguagePack(db: CauNoiDatabase, language: string): Promise<StoredLanguagePack | undefined> {
  return packs(db).get(language);
}

export async function saveStoredLanguagePack(db: CauNoiDatabase, pack: StoredLanguagePack): Promise<void> {
  await packs(db).put(pack);
}
