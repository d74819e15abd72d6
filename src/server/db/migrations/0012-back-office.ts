import { sql, type Kysely } from 'kysely';
import { buildWorkCalendar } from '../../../domain/calendar/working-days';
import { CATALOG, findProcedure } from '../../../domain/catalog/catalog-data';
import { dossierDueDate } from '../../../domain/dossier/dossier-due-date';
import { foldDiacritics } from '../../../domain/text/normalize';

// The one-stop-shop back office (issue 6):
// - dossier_events: the append-only audit log of every status change (who, when, from, to, note), written in
//   the transaction that changes the status. Never updated or deleted.
// - dossiers.due_date / decided_at: the statutory deadline and the moment of the decision, extracted from the
//   record's server fields like the other searchable columns, so the queue can filter "overdue" in SQL.
// - citizens.search_name: the name folded without diacritics, so officers find "Hà Thị Xuân" by "ha thi xuan".
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dossier_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('missing_items', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dossier_events_dossier_idx').on('dossier_events').columns(['dossier_id', 'created_at']).execute();

  await db.schema.alterTable('dossiers').addColumn('due_date', 'text').execute();
  await db.schema.alterTable('dossiers').addColumn('decided_at', 'text').execute();
  await db.schema.createIndex('dossiers_commune_due_idx').on('dossiers').columns(['commune_code', 'due_date']).execute();
  await db.schema.alterTable('citizens').addColumn('search_name', 'text', (c) => c.notNull().defaultTo('')).execute();

  // Rows written before this migration: fill the new columns once, with the rules of the day.
  const calendar = buildWorkCalendar();
  const loose = db as Kysely<Record<string, Record<string, string | null>>>;
  const citizens = await loose.selectFrom('citizens').select(['id', 'full_name']).execute();
  for (const c of citizens) await loose.updateTable('citizens').set({ search_name: foldDiacritics(c.full_name ?? '') }).where('id', '=', c.id!).execute();
  const dossiers = await loose.selectFrom('dossiers').select(['id', 'procedure_code', 'submitted_at', 'received_at']).where(sql.ref('received_at'), 'is not', null).execute();
  for (const d of dossiers) {
    const due = dossierDueDate(findProcedure(CATALOG, d.procedure_code ?? ''), d.submitted_at ?? undefined, new Date(d.received_at!), calendar);
    if (due) await loose.updateTable('dossiers').set({ due_date: due }).where('id', '=', d.id!).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('citizens').dropColumn('search_name').execute();
  await db.schema.dropIndex('dossiers_commune_due_idx').execute();
  await db.schema.alterTable('dossiers').dropColumn('decided_at').execute();
  await db.schema.alterTable('dossiers').dropColumn('due_date').execute();
  await db.schema.dropTable('dossier_events').execute();
}
