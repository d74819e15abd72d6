import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema';

/** Per table: its row count and an order-independent checksum of its rows. */
export type DbSnapshot = Record<string, { rows: number; checksum: string }>;

export async function listTables(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.filter((t) => !t.isView).map((t) => t.name).sort();
}

export async function snapshotDatabase(db: Kysely<Database>, tables: readonly string[]): Promise<DbSnapshot> {
  const snapshot: DbSnapshot = {};
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    // Row order is not guaranteed without ORDER BY: hash each row, sort the hashes.
    const hashes = rows.map((row) => createHash('sha1').update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).digest('hex')).sort();
    snapshot[table] = { rows: rows.length, checksum: createHash('sha1').update(hashes.join()).digest('hex') };
  }
  return snapshot;
}
