import type { IsoDate } from '../calendar/dates';
import { addWorkingDays, calendarIsCertain } from '../calendar/working-days';
import type { WorkCalendar } from '../calendar/working-days';
import type { ProcessingTime } from '../catalog/catalog-types';

// The appointment printed on the receipt ("hẹn trả kết quả", ../shared/reference/dossier-code-and-receipt.md):
// the statutory processing time counted in working days from the day the dossier is received.

export type ResultDue = {
  date: IsoDate;
  /** The later limit when checks are needed (marriage: 5 working days). */
  extendedDate?: IsoDate;
  /** True when a figure or a day off behind the date is not confirmed: say "around". */
  estimate: boolean;
};

/** null when the catalog does not know the processing time. `time` is the receipt time 'HH:MM'. */
export function resultDueDate(
  processing: ProcessingTime,
  received: { date: IsoDate; time?: string },
  calendar: WorkCalendar,
): ResultDue | null {
  if (processing.workingDays === null) return null;
  const cutoff = processing.workingDays === 0 ? processing.sameDayCutoff : undefined;
  const date = addWorkingDays(received.date, processing.workingDays, calendar, { receivedAt: received.time, cutoff: cutoff?.time });
  const extendedDate =
    processing.extendedWorkingDays !== undefined ? addWorkingDays(received.date, processing.extendedWorkingDays, calendar) : undefined;
  const last = extendedDate ?? date;
  const estimate = !processing.verified || cutoff?.verified === false || !calendarIsCertain(calendar, received.date, last);
  return extendedDate ? { date, extendedDate, estimate } : { date, estimate };
}
