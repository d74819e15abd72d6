import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

// Issue 7 §7, the citizen's own phone: a `citizen` role, the account's phone and commune, and the one-time
// hand-over of a dossier draft between a staff tablet and a citizen's phone.

const ROLES_BEFORE = sql`role in ('staff', 'officer', 'admin')`;
const ROLES_AFTER = sql`role in ('staff', 'officer', 'admin', 'citizen')`;

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await replaceRoleCheck(db, dialect, ROLES_AFTER);

  // One row per citizen account. `citizen_id` is the citizens row that stands for the account holder as the
  // applicant of their own dossiers (dossiers.citizen_id must name a citizen).
  await db.schema
    .createTable('citizen_accounts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('citizen_id', 'text', (c) => c.notNull().references('citizens.id'))
    .addColumn('phone', 'text', (c) => c.notNull().unique())
    .addColumn('commune_code', 'text', (c) => c.notNull().references('communes.code'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // A draft on its way between two devices. Only the SHA-256 of the short code is stored (like refresh
  // tokens); `claimed_*` and `created_*` are the audit (who, when) and `claimed_at` makes the code work once.
  await db.schema
    .createTable('handovers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull().references('communes.code'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('consent_language', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('claimed_at', 'text')
    .addCheckConstraint('handovers_direction_check', sql`direction in ('toCitizen', 'toStaff')`)
    .execute();
}

export async function down(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema.dropTable('handovers').execute();
  await db.schema.dropTable('citizen_accounts').execute();
  await replaceRoleCheck(db, dialect, ROLES_BEFORE);
}

/**
 * PostgreSQL changes a check constraint in place. SQLite cannot: the table is rebuilt (the "other schema
 * changes" procedure of https://www.sqlite.org/lang_altertable.html) with foreign keys off, because dropping
 * the old table with them on would cascade to every user's communes and tokens. SQLite migrations run
 * outside a transaction (no transactional DDL in Kysely's SQLite adapter), which the pragma needs.
 */
async function replaceRoleCheck(db: Kysely<unknown>, dialect: SqlDialect, check: ReturnType<typeof sql>): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table users drop constraint users_role_check`.execute(db);
    await sql`alter table users add constraint users_role_check check (${check})`.execute(db);
    return;
  }
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.schema
      .createTable('users_rebuilt')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('recovery_key', 'text')
      .addCheckConstraint('users_role_check', check)
      .addCheckConstraint('users_active_check', sql`active in (0, 1)`)
      .execute();
    await sql`insert into users_rebuilt (id, username, display_name, password_hash, role, active, created_at, updated_at, recovery_key)
      select id, username, display_name, password_hash, role, active, created_at, updated_at, recovery_key from users`.execute(db);
    await db.schema.dropTable('users').execute();
    await db.schema.alterTable('users_rebuilt').renameTo('users').execute();
    const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error(`users rebuild broke foreign keys in ${broken.rows.map((r) => r.table).join(', ')}`);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
