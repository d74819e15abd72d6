import type { Kysely } from 'kysely';

// Official dossier codes `AAA.BB.CC.DDD-YYMMDD-NNNN` (shared/reference/dossier-code-and-receipt.md):
// the receiving agency's code and format are data per commune (whether Decree 118/2025 keeps the format is
// UNVERIFIED); the day's sequence is counted per agency in the database, one row per agency and day, and
// taken with an atomic upsert so that several server processes never hand out the same number.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('receiving_agencies')
    .addColumn('commune_code', 'text', (c) => c.primaryKey().references('communes.code'))
    .addColumn('agency_code', 'text', (c) => c.notNull())
    .addColumn('code_format', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('official_code_sequences')
    .addColumn('agency_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('official_code_sequences_pk', ['agency_code', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('official_code_sequences').execute();
  await db.schema.dropTable('receiving_agencies').execute();
}
