import type { Kysely } from 'kysely';

// Recorded audio prompts (issue 7 §3): one recording per (language, text key), its bytes in the content-addressed
// blob store (`blobs`, migration 0006) like photos, so the same recording is kept once. Who recorded it and when
// are kept for the translators' review; a recorder's account being removed keeps the recording.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audio_prompts')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audio_prompts_pk', ['language', 'key'])
    .execute();
  // The public file route looks recordings up by their hash.
  await db.schema.createIndex('audio_prompts_sha256').on('audio_prompts').column('sha256').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audio_prompts').execute();
}
