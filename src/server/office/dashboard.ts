import type { Kysely } from 'kysely';
import { z } from 'zod';
import { addDays, isIsoDate, todayInVietnam } from '../../domain/calendar/dates';
import { buildWorkCalendar } from '../../domain/calendar/working-days';
import { deadlineState, UNDECIDED_STATUSES } from '../../domain/dossier/deadline';
import type { Database } from '../db/schema';

const isoDate = z.string().refine(isIsoDate, 'Expected a YYYY-MM-DD date');
export const dashboardQuery = z
  .object({ from: isoDate, to: isoDate, commune: z.string().regex(/^\d{5}$/).optional(), lang: z.enum(['vi', 'en']).default('vi') })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] });
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** The figures officials are judged by, for one commune or all of an officer's. */
export type DashboardFigures = {
  citizens: { total: number; assisted: number; selfRegistered: number };
  received: { total: number; electronic: number; byProcedure: Array<{ procedureCode: string; count: number }> };
  decided: { onTime: number; late: number; onTimeRate: number | null; averageDays: number | null };
  pending: Array<{ status: string; count: number }>;
};
export type Dashboard = {
  period: { from: string; to: string };
  communes: Array<{ code: string; name: string; figures: DashboardFigures }>;
  overall: DashboardFigures;
};

const calendar = buildWorkCalendar();
/** Midnight at the start of a Vietnamese day, as an ISO instant. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString();

type DossierRow = { commune_code: string; procedure_code: string; status: string; received_at: string | null; due_date: string | null; decided_at: string | null; local_reference: string | null };
type CitizenRow = { commune_code: string; role: string | null };

function figures(dossiers: readonly DossierRow[], citizens: readonly CitizenRow[], from: string, to: string): DashboardFigures {
  const inPeriod = (iso: string | null) => iso !== null && iso >= from && iso < to;
  const received = dossiers.filter((d) => inPeriod(d.received_at));
  const byProcedure = new Map<string, number>();
  for (const d of received) byProcedure.set(d.procedure_code, (byProcedure.get(d.procedure_code) ?? 0) + 1);
  const decided = dossiers.filter((d) => inPeriod(d.decided_at));
  const states = decided.map((d) => deadlineState({ status: d.status, dueDate: d.due_date, decidedAt: d.decided_at }, '', calendar));
  const onTime = states.filter((s) => s === 'onTime').length;
  const late = states.filter((s) => s === 'late').length;
  const durations = decided.filter((d) => d.received_at).map((d) => (Date.parse(d.decided_at!) - Date.parse(d.received_at!)) / 86_400_000);
  const pending = new Map<string, number>();
  for (const d of dossiers) if ((UNDECIDED_STATUSES as readonly string[]).includes(d.status) || d.status === 'resultReady') pending.set(d.status, (pending.get(d.status) ?? 0) + 1);
  // Staff register citizens at their side ("assisted"); a citizen registering through their own account would
  // be "self". No such accounts exist yet, so the figure is honestly 0 — counted, not assumed.
  const assisted = citizens.filter((c) => c.role === 'staff' || c.role === 'officer' || c.role === 'admin').length;
  return {
    citizens: { total: citizens.length, assisted, selfRegistered: citizens.filter((c) => c.role === 'citizen').length },
    received: {
      total: received.length,
      // A dossier that came through the app carries its device's local reference: it was submitted electronically.
      electronic: received.filter((d) => d.local_reference !== null).length,
      byProcedure: [...byProcedure].map(([procedureCode, count]) => ({ procedureCode, count })).sort((a, b) => b.count - a.count || a.procedureCode.localeCompare(b.procedureCode)),
    },
    decided: {
      onTime, late, onTimeRate: onTime + late > 0 ? onTime / (onTime + late) : null,
      averageDays: durations.length > 0 ? Math.round((durations.reduce((a, b) => a + b, 0) / durations.length) * 10) / 10 : null,
    },
    pending: ['received', 'inProcessing', 'needsSupplement', 'resultReady']
      .map((status) => ({ status, count: pending.get(status) ?? 0 })),
  };
}

/**
 * The dashboard for a period of Vietnamese days [from, to], per commune and overall. Pending counts are as of
 * now (what is waiting today), the rest count what happened in the period.
 */
export async function buildDashboard(db: Kysely<Database>, communes: readonly string[], query: Pick<DashboardQuery, 'from' | 'to'>): Promise<Dashboard> {
  const from = startOfDay(query.from);
  const to = startOfDay(addDays(query.to, 1));
  const period = { from: query.from, to: query.to };
  if (communes.length === 0) return { period, communes: [], overall: figures([], [], from, to) };
  const open = [...UNDECIDED_STATUSES, 'resultReady'];
  const dossiers = await db
    .selectFrom('dossiers')
    .select(['commune_code', 'procedure_code', 'status', 'received_at', 'due_date', 'decided_at', 'local_reference'])
    .where('deleted', '=', 0)
    .where('commune_code', 'in', [...communes])
    .where((eb) => eb.or([
      eb.and([eb('received_at', '>=', from), eb('received_at', '<', to)]),
      eb.and([eb('decided_at', '>=', from), eb('decided_at', '<', to)]),
      eb('status', 'in', open),
    ]))
    .execute();
  const citizens = await db
    .selectFrom('citizens')
    .leftJoin('users', 'users.id', 'citizens.created_by')
    .select(['citizens.commune_code', 'users.role'])
    .where('citizens.deleted', '=', 0)
    .where('citizens.commune_code', 'in', [...communes])
    .where('citizens.created_at', '>=', from)
    .where('citizens.created_at', '<', to)
    .execute();
  const names = await db.selectFrom('communes').select(['code', 'name']).where('code', 'in', [...communes]).execute();
  return {
    period,
    communes: [...communes].sort().map((code) => ({
      code, name: names.find((n) => n.code === code)?.name ?? code,
      figures: figures(dossiers.filter((d) => d.commune_code === code), citizens.filter((c) => c.commune_code === code), from, to),
    })),
    overall: figures(dossiers, citizens, from, to),
  };
}

/** The default period: the current month up to today, in Vietnam. */
export function thisMonth(now: Date): { from: string; to: string } {
  const today = todayInVietnam(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}
