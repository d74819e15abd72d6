import { buildWorkCalendar } from '../../domain/calendar/working-days';

/** The year's working days (holidays kept as data in domain/calendar), built once. */
export const WORK_CALENDAR = buildWorkCalendar();
