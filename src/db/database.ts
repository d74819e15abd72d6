import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema-versions';
import type { DraftRecord, MetaRecord, OutboxEntry } from './types';
import type { AttachmentRecord, CitizenRecord, ProfileRecord, SearchTokenRecord, VillageRecord } from './records';
import type { CatalogRecord, DossierRecord } from './dossier-types';

export const DATABASE_NAME = 'cau-noi';

export class CauNoiDatabase extends Dexie {
  meta!: Table<MetaRecord, string>;
  drafts!: Table<DraftRecord, string>;
  outbox!: Table<OutboxEntry, number>;
  profiles!: Table<ProfileRecord, string>;
  citizens!: Table<CitizenRecord, string>;
  attachments!: Table<AttachmentRecord, string>;
  villages!: Table<VillageRecord, string>;
  dossiers!: Table<DossierRecord, string>;
  catalogs!: Table<CatalogRecord, string>;
  searchTokens!: Table<SearchTokenRecord, string>;

  constructor(name = DATABASE_NAME) {
    // Strict durability: a read-write transaction is reported complete only once it is on disk,
    // so a flat battery right after "saved" loses nothing (Chromium defaults to relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let instance: CauNoiDatabase | undefined;

/** The app's one database connection. */
export function getDatabase(): CauNoiDatabase {
  instance ??= new CauNoiDatabase();
  return instance;
}
