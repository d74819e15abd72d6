import type { Kysely } from 'kysely';
import type { HlcClock } from '../../shared/hlc';
import type { BlobStore } from '../blobs/blob-store';
import type { SqlDialect } from '../db/dialect';
import type { Database } from '../db/schema';
import type { PaperSigner } from '../papers/paper-signer';

/** What the sync routes and services need, built by `buildApp` next to AppContext. */
export type SyncContext = {
  db: Kysely<Database>;
  dialect: SqlDialect;
  blobStore: BlobStore;
  /** Stamps the fields the server writes itself (a dossier's status and official code). */
  serverClock: HlcClock;
  now: () => Date;
  /** Signs receipts and result notices (issue 6 §7); without it dossiers carry no signed paper. */
  papers?: PaperSigner | undefined;
};
