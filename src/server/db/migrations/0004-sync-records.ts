import { sql, type Kysely } from 'kysely';

// The records devices sync: citizens and dossiers get their own tables with the columns the back office
// searches on (commune, ID number, status, procedure, official code), extracted from the record on every
// write; the record itself is the JSON `fields`, with the HLC stamp of each field (`field_clocks`), the
// revision at which each field was last written (`field_revisions`, to tell a concurrent overwrite from
// an edit) and the values that lost a conflict (`history`), all JSON text so the DDL is the same on SQLite
// and PostgreSQL. Rows are never removed by sync: `deleted` is a tombstone that syncs like any change.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('citizens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commune_code', 'text', (c) => c.notNull().references('communes.code'))
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('village_id', 'text')
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text')
    .addColumn('old_id_number', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('field_clocks', 'text', (c) => c.notNull())
    .addColumn('field_revisions', 'text', (c) => c.notNull())
    .addColumn('history', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('citizens_deleted_check', sql`deleted in (0, 1)`)
    .execute();
  await db.schema.createIndex('citizens_commune_code_idx').on('citizens').columns(['commune_code', 'updated_at']).execute();
  // One living record per ID number in a province: the server links a second registration to the first
  // (the "duplicate people" complaint of shared/reference/anchors.md), and this index backs that up.
  await db.schema
    .createIndex('citizens_id_number_uq')
    .on('citizens')
    .columns(['province_code', 'id_number'])
    .unique()
    .where(sql.ref('id_number'), 'is not', null)
    .where(sql.ref('deleted'), '=', 0)
    .execute();
  await db.schema.createIndex('citizens_id_number_idx').on('citizens').column('id_number').execute();
  await db.schema.createIndex('citizens_old_id_number_idx').on('citizens').column('old_id_number').execute();

  // A citizen registered twice offline: the second id (the alias) now means the first record.
  await db.schema
    .createTable('citizen_links')
    .addColumn('alias_id', 'text', (c) => c.primaryKey())
    .addColumn('citizen_id', 'text', (c) => c.notNull().references('citizens.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dossiers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commune_code', 'text', (c) => c.notNull().references('communes.code'))
    .addColumn('citizen_id', 'text', (c) => c.notNull().references('citizens.id'))
    .addColumn('procedure_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('official_code', 'text')
    .addColumn('agency_code', 'text')
    .addColumn('local_reference', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('received_at', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('field_clocks', 'text', (c) => c.notNull())
    .addColumn('field_revisions', 'text', (c) => c.notNull())
    .addColumn('history', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('dossiers_deleted_check', sql`deleted in (0, 1)`)
    .execute();
  await db.schema.createIndex('dossiers_commune_status_idx').on('dossiers').columns(['commune_code', 'status']).execute();
  await db.schema.createIndex('dossiers_procedure_code_idx').on('dossiers').columns(['procedure_code', 'commune_code']).execute();
  await db.schema.createIndex('dossiers_citizen_id_idx').on('dossiers').column('citizen_id').execute();
  await db.schema.createIndex('dossiers_official_code_uq').on('dossiers').column('official_code').unique().execute();

  // Villages already exist (0003); they sync like the other records from now on. Revision 0 marks a village
  // written outside sync (the seed, POST /villages): the first pull that meets it enters it in the change log.
  await db.schema.alterTable('villages').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('villages').addColumn('field_clocks', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.alterTable('villages').addColumn('field_revisions', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.alterTable('villages').addColumn('history', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.createIndex('villages_revision_idx').on('villages').column('revision').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('villages_revision_idx').execute();
  for (const column of ['history', 'field_revisions', 'field_clocks', 'revision']) {
    await db.schema.alterTable('villages').dropColumn(column).execute();
  }
  await db.schema.dropTable('dossiers').execute();
  await db.schema.dropTable('citizen_links').execute();
  await db.schema.dropTable('citizens').execute();
}
