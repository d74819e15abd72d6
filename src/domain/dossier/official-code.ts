import { isIsoDate } from '../calendar/dates';

// Official dossier codes (Circular 01/2018/TT-VPCP art. 19, ../shared/reference/dossier-code-and-receipt.md):
// `AAA.BB.CC.DDD-YYMMDD-NNNN`, the receiving agency's code, the date received and that day's sequence
// number, e.g. 000.00.14.H56-200203-0118. Whether Decree 118/2025 keeps art. 19 unchanged is UNVERIFIED,
// so the format is a per-agency picture of three parts joined by "-":
//   agency: letters stand for code characters (A–Z, 0–9), anything else is literal ("AAA.BB.CC.DDD");
//   date:   YYYY, YY, MM, DD and literals ("YYMMDD");
//   sequence: N repeated, one per digit ("NNNN").
// Only the server assigns official codes.

export const DEFAULT_OFFICIAL_CODE_FORMAT = 'AAA.BB.CC.DDD-YYMMDD-NNNN';

export type OfficialCode = { agencyCode: string; date: string; sequence: number };

type Picture = { agency: string; date: string; digits: number };

function readPicture(format: string): Picture {
  const [agency, date, sequence, ...rest] = format.split('-');
  if (!agency || !date || !sequence || rest.length > 0 || !/^N+$/.test(sequence) || !/(YY|YYYY)/.test(date)) {
    throw new RangeError(`Bad official code format: ${format}`);
  }
  return { agency, date, digits: sequence.length };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const agencyRegex = (agency: string) => [...agency].map((c) => (/[A-Z]/.test(c) ? '[A-Z0-9]' : escape(c))).join('');
const DATE_TOKENS = /YYYY|YY|MM|DD/g;

export function formatOfficialCode(agencyCode: string, date: string, sequence: number, format = DEFAULT_OFFICIAL_CODE_FORMAT): string {
  const picture = readPicture(format);
  if (!new RegExp(`^${agencyRegex(picture.agency)}$`).test(agencyCode)) throw new RangeError(`Agency code ${agencyCode} does not fit ${picture.agency}`);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence >= 10 ** picture.digits) throw new RangeError(`Sequence out of range: ${sequence}`);
  const parts: Record<string, string> = { YYYY: m[1]!, YY: m[1]!.slice(2), MM: m[2]!, DD: m[3]! };
  const datePart = picture.date.replace(DATE_TOKENS, (t) => parts[t]!);
  return `${agencyCode}-${datePart}-${String(sequence).padStart(picture.digits, '0')}`;
}

export function parseOfficialCode(code: string, format = DEFAULT_OFFICIAL_CODE_FORMAT): OfficialCode | null {
  const picture = readPicture(format);
  const order: string[] = [];
  const dateRegex = escape(picture.date).replace(DATE_TOKENS, (t) => {
    order.push(t);
    return `(\\d{${t.length}})`;
  });
  const m = new RegExp(`^(${agencyRegex(picture.agency)})-${dateRegex}-(\\d{${picture.digits}})$`).exec(code.trim());
  if (!m) return null;
  const found = Object.fromEntries(order.map((t, i) => [t, m[i + 2]!]));
  const year = found.YYYY ?? `20${found.YY}`; // two-digit years are this century: the format dates from 2018
  const date = `${year}-${found.MM}-${found.DD}`;
  if (!isIsoDate(date)) return null;
  const sequence = Number(m[order.length + 2]);
  return sequence >= 1 ? { agencyCode: m[1]!, date, sequence } : null;
}
