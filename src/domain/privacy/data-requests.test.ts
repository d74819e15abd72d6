import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../calendar/dates';
import { buildWorkCalendar } from '../calendar/working-days';
import { DATA_REQUEST_KINDS, DATA_REQUEST_RULES, dataRequestDeadlines, requestDeadlineState } from './data-requests';

const calendar = buildWorkCalendar();
const at = (vietnamTime: string) => new Date(`${vietnamTime}+07:00`);

// data-protection.md: "Acknowledge a request within 2 working days; act on withdrawal, restriction or objection within 15 days."
describe('time limits of a data-subject request', () => {
  it('takes the limits of the reference: 2 working days to acknowledge, 15 days to act on a withdrawal', () => {
    for (const kind of ['withdrawal', 'restriction', 'objection'] as const) {
      expect(DATA_REQUEST_RULES[kind]).toEqual({ acknowledgeWorkingDays: 2, actDays: 15 });
    }
    for (const kind of DATA_REQUEST_KINDS) expect(DATA_REQUEST_RULES[kind].acknowledgeWorkingDays).toBe(2);
    expect(DATA_REQUEST_RULES.deletion.unverified).toBe(true);
  });

  it('counts from the day after receipt and skips the weekend for the acknowledgement', () => {
    // Thursday 26/11/2026: Friday and Monday are the two working days; 15 days later is Friday 11/12.
    expect(dataRequestDeadlines('withdrawal', at('2026-11-26T10:00:00'), calendar)).toEqual({ acknowledgeBy: '2026-11-30', dueDate: '2026-12-11' });
  });

  it('uses the date in Vietnam: 1 a.m. on Friday is Friday even if it is Thursday in UTC', () => {
    expect(dataRequestDeadlines('withdrawal', at('2026-11-27T01:00:00'), calendar)).toEqual({ acknowledgeBy: '2026-12-01', dueDate: '2026-12-14' });
  });

  it('moves a period that ends on a Sunday to the Monday', () => {
    const { acknowledgeBy, dueDate } = dataRequestDeadlines('objection', at('2026-11-28T09:00:00'), calendar);
    expect([acknowledgeBy, dueDate]).toEqual(['2026-12-01', '2026-12-14']);
    expect(dayOfWeek(dueDate)).toBe(1);
  });

  it('skips public holidays: Tết 2026 and National Day', () => {
    expect(dataRequestDeadlines('access', at('2026-02-12T09:00:00'), calendar).acknowledgeBy).toBe('2026-02-23');
    expect(dataRequestDeadlines('deletion', at('2026-08-28T09:00:00'), calendar)).toEqual({ acknowledgeBy: '2026-09-03', dueDate: '2026-09-14' });
    // Hùng Kings' day falls on Sunday 26/4/2026: Monday 27/4 is off instead.
    expect(dataRequestDeadlines('restriction', at('2026-04-24T09:00:00'), calendar).acknowledgeBy).toBe('2026-04-29');
  });

  it('marks an open request overdue past its due date and due soon within two days', () => {
    expect(requestDeadlineState('open', '2026-12-11', '2026-12-12')).toBe('overdue');
    expect(requestDeadlineState('open', '2026-12-11', '2026-12-09')).toBe('dueSoon');
    expect(requestDeadlineState('open', '2026-12-11', '2026-11-30')).toBe('open');
    expect(requestDeadlineState('done', '2026-12-11', '2026-12-20')).toBe('done');
  });
});
