import type { Kysely } from 'kysely';

// Ed25519 keys the receiving agencies sign receipts and result notices with (issue 6 §7). One row per key
// generation of an agency: the newest signs, the older ones are retired but kept, so papers they signed stay
// verifiable. The private key is stored encrypted (AES-256-GCM under a key derived from the server's paper
// secret, never in the database); the public key is served to every device.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agency_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    .addColumn('agency_code', 'text', (c) => c.notNull())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addUniqueConstraint('agency_keys_generation_uq', ['agency_code', 'generation'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agency_keys').execute();
}
