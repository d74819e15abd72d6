import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../db/dialect';
import type { Database } from '../db/schema';

// Any constant: the advisory lock's name. ("CN" + "SYNC" in ASCII, for whoever meets it in pg_locks.)
const SYNC_WRITE_LOCK = 0x434e53594e43;

/**
 * Call first in every transaction that writes synced records or the change log.
 *
 * On PostgreSQL several server processes may write at once. This transaction-scoped advisory lock makes
 * them take turns, which gives two guarantees the sync protocol needs:
 * - change-log numbers are committed in the order they are handed out. With a bare sequence, a slow
 *   transaction could commit seq 10 after a pull had already read 11 and moved its cursor past 10: that
 *   change would never reach the device.
 * - two pushes never merge into the same record from the same old copy (a lost update).
 * SQLite needs nothing: it has one writer at a time, and Kysely runs one transaction at a time per connection.
 */
export async function lockSyncWrites(trx: Kysely<Database>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${SYNC_WRITE_LOCK})`.execute(trx);
}
