import { addDays, todayInVietnam, type IsoDate } from '../calendar/dates';
import { workingDayOnOrAfter, type WorkCalendar } from '../calendar/working-days';
import type { DossierStatus } from './status-machine';

// Where a dossier stands against its statutory deadline (the "hẹn trả kết quả" of the receipt). Officers are
// judged by the share of dossiers decided on time; the queue marks what is about to be late or already is.

export const DEADLINE_STATES = ['onTime', 'late', 'overdue', 'dueSoon', 'open', 'unknown'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Statuses in which the commune still owes the citizen a decision. */
export const UNDECIDED_STATUSES: readonly DossierStatus[] = ['submitted', 'received', 'inProcessing', 'needsSupplement'];

/** Statuses that are a decision: the result is ready, or the dossier is refused. The deadline stops here. */
export const DECIDING_STATUSES: readonly DossierStatus[] = ['resultReady', 'refused'];

export type DeadlineInput = { status: string; dueDate: IsoDate | null; decidedAt: string | null };

/**
 * `onTime`/`late` once decided (the date of the decision in Vietnam against the due date); before that
 * `overdue` past the due date, `dueSoon` when due today or on the next working day, else `open`.
 */
export function deadlineState({ status, dueDate, decidedAt }: DeadlineInput, today: IsoDate, calendar: WorkCalendar): DeadlineState {
  if (!dueDate) return 'unknown';
  if (decidedAt) return todayInVietnam(new Date(decidedAt)) <= dueDate ? 'onTime' : 'late';
  if (!UNDECIDED_STATUSES.includes(status as DossierStatus)) return 'unknown';
  if (today > dueDate) return 'overdue';
  return dueDate <= workingDayOnOrAfter(addDays(today, 1), calendar) ? 'dueSoon' : 'open';
}
