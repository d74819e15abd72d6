import type { Kysely } from 'kysely';
import { forDialect, type SqlDialect } from '../dialect';

// change_log: the server's sequence of changes, read by pull. It is compacted: a record has one row per
// commune it is (or was) in, at its latest change, so a device that was away a month pulls each record once.
// `seq` only grows and is never reused (SQLite AUTOINCREMENT, a PostgreSQL identity): a cursor must never
// see a new change under an old number.
//
// device_mutations and mutation_results make push exactly-once: every mutation's result is stored under
// (device_id, mutation_id) in the transaction that applies it, and a replay is answered from there.
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('change_log')
    .addColumn(
      'seq',
      forDialect(dialect, { sqlite: 'integer', postgres: 'bigint' }),
      forDialect(dialect, {
        sqlite: (c) => c.primaryKey().autoIncrement(),
        postgres: (c) => c.primaryKey().generatedAlwaysAsIdentity(),
      }),
    )
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('change_log_commune_seq_idx').on('change_log').columns(['commune_code', 'seq']).execute();
  await db.schema.createIndex('change_log_entity_idx').on('change_log').columns(['entity_id', 'entity', 'commune_code']).execute();

  await db.schema
    .createTable('device_mutations')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('last_mutation_id', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mutation_results')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('mutation_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mutation_results_pk', ['device_id', 'mutation_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mutation_results').execute();
  await db.schema.dropTable('device_mutations').execute();
  await db.schema.dropTable('change_log').execute();
}
