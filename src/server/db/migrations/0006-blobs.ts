import type { Kysely } from 'kysely';

// Attachments, content-addressed. The bytes live in the blob store (the file system by default); the
// database knows which exist, who uploaded them and which records reference them, which is what decides
// who may download one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('blob_uploaders')
    .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('blob_uploaders_pk', ['sha256', 'user_id'])
    .execute();

  await db.schema
    .createTable('record_attachments')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_attachments_pk', ['entity', 'entity_id', 'sha256'])
    .execute();
  await db.schema.createIndex('record_attachments_sha256_idx').on('record_attachments').columns(['sha256', 'commune_code']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('record_attachments').execute();
  await db.schema.dropTable('blob_uploaders').execute();
  await db.schema.dropTable('blobs').execute();
}
