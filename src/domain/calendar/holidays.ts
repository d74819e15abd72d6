import type { IsoDate } from './dates';

// Days the commune office is closed on weekdays, and Saturdays it works instead, for civil servants
// (commune staff follow the public-sector schedule). Labour Code 2019 art. 112: New Year 1 Jan; Tết 5
// days as the Prime Minister decides each year; Hùng Kings 10/3 lunar; 30/4; 1/5; National Day 2/9 plus
// one adjacent day. A holiday on a weekend gives a compensatory weekday (art. 112(3)). Processing times
// count working days (../shared/reference/procedures.md): keep this as data, update it every year,
// and mark what is not yet confirmed with `verified: false`.

export type HolidayKind =
  | 'newYear' | 'tet' | 'hungKings' | 'reunificationDay' | 'labourDay' | 'nationalDay' | 'cultureDay'
  | 'compensatory' | 'swapped';

export type Holiday = { date: IsoDate; kind: HolidayKind; verified?: false };
export type HolidayYear = {
  year: number;
  source: string;
  verified: boolean;
  /** Weekdays the office is closed (weekend days are closed anyway and are not listed). */
  daysOff: readonly Holiday[];
  /** Saturdays worked in exchange for a swapped weekday. */
  makeUpWorkdays: readonly IsoDate[];
};

const day = (date: IsoDate, kind: HolidayKind, verified = true): Holiday => (verified ? { date, kind } : { date, kind, verified: false });

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2025,
    source: 'Government schedule for 2025 as announced in the press: Tết 25/1–2/2, 30/4–4/5 with Fri 2/5 swapped for Sat 26/4, National Day 30/8–2/9',
    verified: true,
    daysOff: [
      day('2025-01-01', 'newYear'),
      ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) => day(d, 'tet')),
      day('2025-04-07', 'hungKings'),
      day('2025-04-30', 'reunificationDay'),
      day('2025-05-01', 'labourDay'),
      day('2025-05-02', 'swapped'),
      day('2025-09-01', 'nationalDay'),
      day('2025-09-02', 'nationalDay'),
    ],
    makeUpWorkdays: ['2025-04-26'],
  },
  {
    year: 2026,
    source:
      'Ministry of Home Affairs: New Year 1–4/1 with Fri 2/1 swapped for Sat 10/1 (agreed 25/12/2025); Tết 16–20/2 (announced 10/2025); Hùng Kings Sun 26/4 → Mon 27/4. National Day adjacent day and the new Culture Day (24/11, Politburo Resolution 80-NQ/TW, Labour Code amendment pending in 2/2026) are UNVERIFIED',
    verified: false,
    daysOff: [
      day('2026-01-01', 'newYear'),
      day('2026-01-02', 'swapped'),
      ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => day(d, 'tet')),
      day('2026-04-27', 'compensatory'),
      day('2026-04-30', 'reunificationDay'),
      day('2026-05-01', 'labourDay'),
      day('2026-09-01', 'nationalDay', false),
      day('2026-09-02', 'nationalDay'),
      day('2026-11-24', 'cultureDay', false),
    ],
    makeUpWorkdays: ['2026-01-10'],
  },
  {
    year: 2027,
    source:
      'Fixed dates from the Labour Code; Tết (lunar new year Sat 6/2/2027), the National Day adjacent day and Culture Day are a projection until the Government announces the 2027 schedule: UNVERIFIED',
    verified: false,
    daysOff: [
      day('2027-01-01', 'newYear'),
      ...['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map((d) => day(d, 'tet', false)),
      day('2027-04-16', 'hungKings'),
      day('2027-04-30', 'reunificationDay'),
      day('2027-05-03', 'compensatory'), // 1/5 falls on a Saturday
      day('2027-09-02', 'nationalDay'),
      day('2027-09-03', 'nationalDay', false),
      day('2027-11-24', 'cultureDay', false),
    ],
    makeUpWorkdays: [],
  },
];
