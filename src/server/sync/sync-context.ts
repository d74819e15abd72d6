import type { Kysely } from 'kysely';
import type { HlcClock } from '../../shared/hlc';
import type { BlobStore } from '../blobs/blob-store';
import type { SqlDialect } from '../db/dialect';
import type { Database } from '../db/schema';

/** What the sync routes and services need, built by `buildApp` next to AppContext. */
export type SyncContext = {
  db: Kysely<Database>;
  dialect: SqlDialect;
  blobStore: BlobStore;
  /** Stamps the fields the server writes itself (a dossier's status and official code). */
  serverClock: HlcClock;
  now: () => Date;
};
