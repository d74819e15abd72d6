import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../calendar/working-days';
import { deadlineState } from './deadline';

const calendar = buildWorkCalendar();
const open = (dueDate: string | null) => ({ status: 'inProcessing', dueDate, decidedAt: null });

describe('deadlineState', () => {
  it('marks what is late, due today or on the next working day, and what has time left', () => {
    expect(deadlineState(open('2026-11-25'), '2026-11-26', calendar)).toBe('overdue');
    expect(deadlineState(open('2026-11-26'), '2026-11-26', calendar)).toBe('dueSoon');
    expect(deadlineState(open('2026-11-27'), '2026-11-26', calendar)).toBe('dueSoon');
    expect(deadlineState(open('2026-11-30'), '2026-11-27', calendar)).toBe('dueSoon'); // Friday → Monday
    expect(deadlineState(open('2026-12-01'), '2026-11-26', calendar)).toBe('open');
    expect(deadlineState(open(null), '2026-11-26', calendar)).toBe('unknown');
  });

  it('judges a decided dossier by the day it was decided in Vietnam', () => {
    // 17:30 UTC on the 26th is already the 27th in Vietnam.
    expect(deadlineState({ status: 'resultReady', dueDate: '2026-11-26', decidedAt: '2026-11-26T16:59:00Z' }, '2026-12-10', calendar)).toBe('onTime');
    expect(deadlineState({ status: 'returned', dueDate: '2026-11-26', decidedAt: '2026-11-26T17:30:00Z' }, '2026-12-10', calendar)).toBe('late');
    expect(deadlineState({ status: 'returned', dueDate: '2026-11-26', decidedAt: null }, '2026-12-10', calendar)).toBe('unknown');
  });
});
