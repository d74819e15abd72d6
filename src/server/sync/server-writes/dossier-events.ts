import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DossierEvent, DossierStatus } from '../../../domain/dossier/status-machine';
import type { Database } from '../../db/schema';

export type DossierEventEntry = {
  dossierId: string;
  communeCode: string;
  actorId: string | null;
  event: DossierEvent;
  from: DossierStatus | null;
  to: DossierStatus;
  note?: string | null | undefined;
  missingItems?: readonly string[] | null | undefined;
  at: string;
};

/**
 * Appends to the dossier's audit log. Call inside the transaction that changes the status: the change and its
 * record commit together or not at all. The log is append-only: nothing updates or deletes its rows.
 */
export async function appendDossierEvent(db: Kysely<Database>, entry: DossierEventEntry): Promise<void> {
  await db
    .insertInto('dossier_events')
    .values({
      id: randomUUID(),
      dossier_id: entry.dossierId,
      commune_code: entry.communeCode,
      actor_id: entry.actorId,
      event: entry.event,
      from_status: entry.from,
      to_status: entry.to,
      note: entry.note ?? null,
      missing_items: entry.missingItems && entry.missingItems.length > 0 ? JSON.stringify(entry.missingItems) : null,
      created_at: entry.at,
    })
    .execute();
}

/**
 * Where a supplemented dossier resumes: the status it had when the papers were asked for (at the desk on
 * receipt, or by the officer during processing), from the log.
 */
export async function statusBeforeSupplementRequest(db: Kysely<Database>, dossierId: string): Promise<'received' | 'inProcessing'> {
  const row = await db
    .selectFrom('dossier_events')
    .select('from_status')
    .where('dossier_id', '=', dossierId)
    .where('to_status', '=', 'needsSupplement')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.from_status === 'inProcessing' ? 'inProcessing' : 'received';
}
