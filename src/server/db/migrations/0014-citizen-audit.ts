import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

// Citizens' rights (issue 8 §4, ../shared/reference/data-protection.md):
// - citizen_audit: the append-only log of every view of a full citizen profile and every change to a citizen's
//   data — who (user and role), when, what (field names, never values), which citizen. Written in the
//   transaction of the change. No code updates or deletes it, and triggers refuse it in the database itself,
//   so neither a bug nor a hand-typed statement can rewrite history. No foreign key to users: a
//   cascading "set null" would be an update.
// - data_requests: requests a person makes about their data (access, correction, export, deletion,
//   withdrawal, restriction, objection) with the dates the law holds the commune to.
// - server_settings: settings an administrator changes at run time (the retention of unsent drafts).
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('citizen_audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('citizen_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('fields', 'text')
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('citizen_audit_citizen_idx').on('citizen_audit').columns(['citizen_id', 'created_at']).execute();
  await db.schema.createIndex('citizen_audit_time_idx').on('citizen_audit').columns(['created_at']).execute();
  await db.schema.createIndex('citizen_audit_actor_idx').on('citizen_audit').columns(['actor_id', 'created_at']).execute();

  if (dialect === 'postgres') {
    await sql`create function citizen_audit_append_only() returns trigger language plpgsql as $$
      begin raise exception 'citizen_audit is append-only'; end $$`.execute(db);
    await sql`create trigger citizen_audit_no_change before update or delete on citizen_audit
      for each row execute function citizen_audit_append_only()`.execute(db);
    await sql`create trigger citizen_audit_no_truncate before truncate on citizen_audit
      for each statement execute function citizen_audit_append_only()`.execute(db);
  } else {
    await sql`create trigger citizen_audit_no_update before update on citizen_audit
      begin select raise(abort, 'citizen_audit is append-only'); end`.execute(db);
    await sql`create trigger citizen_audit_no_delete before delete on citizen_audit
      begin select raise(abort, 'citizen_audit is append-only'); end`.execute(db);
  }

  await db.schema
    .createTable('data_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('citizen_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('acknowledge_by', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('outcome', 'text')
    .execute();
  await db.schema.createIndex('data_requests_commune_idx').on('data_requests').columns(['commune_code', 'status', 'due_date']).execute();
  await db.schema.createIndex('data_requests_citizen_idx').on('data_requests').columns(['citizen_id', 'received_at']).execute();

  await db.schema
    .createTable('server_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema.dropTable('server_settings').execute();
  await db.schema.dropTable('data_requests').execute();
  await db.schema.dropTable('citizen_audit').execute();
  if (dialect === 'postgres') await sql`drop function citizen_audit_append_only()`.execute(db);
}
