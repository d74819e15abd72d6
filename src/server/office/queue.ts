import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar/dates';
import { buildWorkCalendar } from '../../domain/calendar/working-days';
import { deadlineState, UNDECIDED_STATUSES, type DeadlineState } from '../../domain/dossier/deadline';
import { DOSSIER_STATUSES } from '../../domain/dossier/status-machine';
import { foldDiacritics, nameWords } from '../../domain/text/normalize';
import type { Database } from '../db/schema';

export const queueQuery = z.object({
  commune: z.string().regex(/^\d{5}$/).optional(),
  status: z.enum(DOSSIER_STATUSES).optional(),
  procedure: z.string().min(1).max(50).optional(),
  village: z.uuid().optional(),
  overdue: z.enum(['1', 'true']).optional(),
  /** An official code (or part of one), a local reference, or words of the citizen's name, diacritics optional. */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof queueQuery>;

export type QueueItem = {
  id: string;
  officialCode: string | null;
  localReference: string | null;
  procedureCode: string;
  status: string;
  communeCode: string;
  citizenId: string;
  citizenName: string;
  villageId: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  dueDate: string | null;
  decidedAt: string | null;
  deadline: DeadlineState;
};
export type QueuePage = { items: QueueItem[]; total: number; page: number; pageSize: number };

const calendar = buildWorkCalendar();
// Codes and names have no % or _: dropping them is simpler than LIKE escapes, which SQLite and PostgreSQL spell differently.
const likeSafe = (s: string) => s.replace(/[\\%_]/g, '');

/**
 * The officer's queue: dossiers of the given communes, filtered, open ones first by due date (what is late or
 * about to be comes first), then the decided ones, newest first. Name search is on the folded name column, each
 * word the start of a word of the name ("ngu an" finds "Nguyễn Văn An").
 */
export async function listQueue(db: Kysely<Database>, communes: readonly string[], query: QueueQuery, now: Date): Promise<QueuePage> {
  const { page, pageSize } = query;
  if (communes.length === 0) return { items: [], total: 0, page, pageSize };
  const today = todayInVietnam(now);
  let base = db
    .selectFrom('dossiers')
    .innerJoin('citizens', 'citizens.id', 'dossiers.citizen_id')
    .where('dossiers.deleted', '=', 0)
    .where('dossiers.commune_code', 'in', [...communes]);
  if (query.status) base = base.where('dossiers.status', '=', query.status);
  if (query.procedure) base = base.where('dossiers.procedure_code', '=', query.procedure);
  if (query.village) base = base.where('citizens.village_id', '=', query.village);
  if (query.overdue) {
    base = base.where('dossiers.due_date', '<', today).where('dossiers.decided_at', 'is', null).where('dossiers.status', 'in', [...UNDECIDED_STATUSES]);
  }
  const q = query.q?.trim();
  if (q) {
    const code = q.toUpperCase();
    const words = nameWords(q);
    base = base.where((eb) =>
      eb.or([
        eb('dossiers.official_code', 'like', `%${likeSafe(code)}%`),
        eb('dossiers.local_reference', '=', code),
        ...(words.length > 0
          ? [eb.and(words.map((w) => eb(sql<string>`' ' || ${eb.ref('citizens.search_name')}`, 'like', `% ${likeSafe(foldDiacritics(w))}%`)))]
          : []),
      ]),
    );
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'dossiers.id', 'dossiers.official_code', 'dossiers.local_reference', 'dossiers.procedure_code', 'dossiers.status', 'dossiers.commune_code',
      'dossiers.citizen_id', 'citizens.full_name', 'citizens.village_id', 'dossiers.submitted_at', 'dossiers.received_at', 'dossiers.due_date',
      'dossiers.decided_at',
    ])
    .orderBy(sql`case when ${sql.ref('dossiers.decided_at')} is null then 0 else 1 end`)
    // coalesce: SQLite and PostgreSQL put nulls at opposite ends.
    .orderBy(sql`case when ${sql.ref('dossiers.decided_at')} is null then coalesce(${sql.ref('dossiers.due_date')}, '9999-12-31') else '' end`)
    .orderBy('dossiers.received_at', 'desc')
    .orderBy('dossiers.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const items = rows.map((r): QueueItem => ({
    id: r.id, officialCode: r.official_code, localReference: r.local_reference, procedureCode: r.procedure_code, status: r.status,
    communeCode: r.commune_code, citizenId: r.citizen_id, citizenName: r.full_name, villageId: r.village_id, submittedAt: r.submitted_at,
    receivedAt: r.received_at, dueDate: r.due_date, decidedAt: r.decided_at,
    deadline: deadlineState({ status: r.status, dueDate: r.due_date, decidedAt: r.decided_at }, today, calendar),
  }));
  return { items, total: Number(total), page, pageSize };
}
