import type { Kysely } from 'kysely';

// Language packs imported by admins (issue 7 §2): only the texts imported from a translator's file; the texts
// built into the app stay in its locale files. `language_packs` holds each language's current version, which
// a PUT advances with a compare-and-set (If-Match), so two admins importing at once cannot overwrite each
// other unseen. Text columns only: the same DDL runs on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('language_packs')
    .addColumn('language', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('language_pack_entries')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('namespace', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('language_pack_entries_pk', ['language', 'namespace', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('language_pack_entries').execute();
  await db.schema.dropTable('language_packs').execute();
}
