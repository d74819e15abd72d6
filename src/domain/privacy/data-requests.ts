import { addDays, todayInVietnam, type IsoDate } from '../calendar/dates';
import { workingDayOnOrAfter, type WorkCalendar } from '../calendar/working-days';

// Requests a person makes about their own data (../shared/reference/data-protection.md, "Rights to support"),
// recorded by the one-stop shop with the time limits the law sets:
// - every request is acknowledged within 2 working days;
// - withdrawal of consent, restriction and objection are acted on within 15 days.
// The reference gives no separate limit for access, correction, export or deletion: those take the same
// 15 days here, marked UNVERIFIED below so that a later reading of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP
// changes this table, not the code (Decree 13/2023 had 72 hours for some of them).

export const DATA_REQUEST_KINDS = ['access', 'correction', 'export', 'deletion', 'withdrawal', 'restriction', 'objection'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

export const DATA_REQUEST_STATUSES = ['open', 'done', 'refused'] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

export type DataRequestRule = {
  /** Working days to acknowledge the request. */
  acknowledgeWorkingDays: number;
  /** Days (calendar days, as the reference says "15 days", not "working days") to act on it. */
  actDays: number;
  /** True where the limit is not in the reference and must be checked against the law's text. */
  unverified?: true;
};

export const DATA_REQUEST_RULES: Record<DataRequestKind, DataRequestRule> = {
  access: { acknowledgeWorkingDays: 2, actDays: 15, unverified: true },
  correction: { acknowledgeWorkingDays: 2, actDays: 15, unverified: true },
  export: { acknowledgeWorkingDays: 2, actDays: 15, unverified: true },
  deletion: { acknowledgeWorkingDays: 2, actDays: 15, unverified: true },
  withdrawal: { acknowledgeWorkingDays: 2, actDays: 15 },
  restriction: { acknowledgeWorkingDays: 2, actDays: 15 },
  objection: { acknowledgeWorkingDays: 2, actDays: 15 },
};

export type DataRequestDeadlines = { acknowledgeBy: IsoDate; dueDate: IsoDate };

/**
 * The two dates a request is held to, from the moment it was received (its date in Vietnam). Counting starts
 * the day after receipt (Civil Code 2015 art. 147), also for a request taken on a closed day; a period of
 * days that ends on a day the office is closed ends on the next working day (art. 148; neither article is
 * in the reference file).
 */
export function dataRequestDeadlines(kind: DataRequestKind, receivedAt: Date, calendar: WorkCalendar): DataRequestDeadlines {
  const rule = DATA_REQUEST_RULES[kind];
  const received = todayInVietnam(receivedAt);
  let acknowledgeBy = received;
  for (let left = rule.acknowledgeWorkingDays; left > 0; left -= 1) acknowledgeBy = workingDayOnOrAfter(addDays(acknowledgeBy, 1), calendar);
  return { acknowledgeBy, dueDate: workingDayOnOrAfter(addDays(received, rule.actDays), calendar) };
}

export const REQUEST_DEADLINE_STATES = ['done', 'overdue', 'dueSoon', 'open'] as const;
export type RequestDeadlineState = (typeof REQUEST_DEADLINE_STATES)[number];

/** Where an open request stands: past its due date, due within the next 2 days, or still open. */
export function requestDeadlineState(status: DataRequestStatus, dueDate: IsoDate, today: IsoDate): RequestDeadlineState {
  if (status !== 'open') return 'done';
  if (today > dueDate) return 'overdue';
  return dueDate <= addDays(today, 2) ? 'dueSoon' : 'open';
}
