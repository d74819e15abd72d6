import { describe, it, expect } from 'vitest';
import { buildWorkCalendar } from '../calendar/working-days';
import { procedure } from '../catalog/catalog-fixtures';
import { resultDueDate } from './result-due-date';

const calendar = buildWorkCalendar();

describe('resultDueDate', () => {
  it('counts the statutory working days, skipping Tết', () => {
    const residence = procedure('1.004222').processing; // 7 working days, UNVERIFIED
    expect(resultDueDate(residence, { date: '2026-02-11' }, calendar)).toEqual({ date: '2026-02-27', estimate: true }); // 12, 13, then 23–27 Feb
  });

  it('applies the same-day cut-off only to same-day procedures', () => {
    const birth = procedure('1.001193').processing;
    expect(resultDueDate(birth, { date: '2025-11-26', time: '10:00' }, calendar)).toMatchObject({ date: '2025-11-26' });
    expect(resultDueDate(birth, { date: '2025-11-26', time: '15:30' }, calendar)).toMatchObject({ date: '2025-11-27' });
    const status = procedure('1.004873').processing; // 3 working days
    expect(resultDueDate(status, { date: '2025-11-26', time: '16:00' }, calendar)).toMatchObject({ date: '2025-12-01' });
  });

  it('gives the extended limit for a marriage needing checks', () => {
    const marriage = procedure('1.000894').processing;
    expect(resultDueDate(marriage, { date: '2025-11-21', time: '09:00' }, calendar)).toMatchObject({
      date: '2025-11-21',
      extendedDate: '2025-11-28',
    });
  });

  it('is an estimate when a figure, the cut-off or a day off is unconfirmed, and null when unknown', () => {
    const verifiedNoCutoff = { workingDays: 2, verified: true };
    expect(resultDueDate(verifiedNoCutoff, { date: '2025-11-26' }, calendar)).toEqual({ date: '2025-11-28', estimate: false });
    expect(resultDueDate(verifiedNoCutoff, { date: '2026-08-31' }, calendar)).toEqual({ date: '2026-09-04', estimate: true }); // 1–2 Sep off
    expect(resultDueDate(verifiedNoCutoff, { date: '2028-03-01' }, calendar)?.estimate).toBe(true);
    expect(resultDueDate(procedure('1.001193').processing, { date: '2025-11-26' }, calendar)?.estimate).toBe(true);
    expect(resultDueDate(procedure('1.001776').processing, { date: '2025-11-26' }, calendar)).toBeNull();
  });
});
