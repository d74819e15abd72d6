import { todayInVietnam, type IsoDate } from '../calendar/dates';
import type { WorkCalendar } from '../calendar/working-days';
import type { Procedure } from '../catalog/catalog-types';
import { resultDueDate } from './result-due-date';

const vietnamTime = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(11, 16);

/**
 * The date a dossier's result is due, counted from the moment the citizen handed it in (when the receipt
 * with its appointment was given), in working days of the catalog's procedure. A device clock running ahead
 * cannot push the deadline out: the earlier of hand-in and server receipt counts.
 */
export function dossierDueDate(procedure: Procedure | undefined, submittedAt: string | undefined, receivedAt: Date, calendar: WorkCalendar): IsoDate | null {
  if (!procedure) return null;
  const submitted = submittedAt ? new Date(submittedAt) : receivedAt;
  const from = Number.isNaN(submitted.getTime()) || submitted > receivedAt ? receivedAt : submitted;
  return resultDueDate(procedure.processing, { date: todayInVietnam(from), time: vietnamTime(from) }, calendar)?.date ?? null;
}
