import type { Kysely } from 'kysely';

// Two levels since 1 July 2025: province and commune (shared/reference/administrative-units.md).
// Codes are text: commune codes keep their leading zeros ("07192").
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('provinces')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('communes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull().references('provinces.code'))
    .execute();
  await db.schema.createIndex('communes_province_code_idx').on('communes').column('province_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('communes').execute();
  await db.schema.dropTable('provinces').execute();
}
