import { yearOf } from '../calendar/dates';
import { nameTokens, nameWords } from '../text/normalize';
import { normalizeIdNumber } from './id-number';
import { normalizePhone } from './phone';

// Search reaches citizens only through these derived fields, never the raw personal fields; the device
// stores them only as keyed HMAC blind indexes (src/db/citizen-index.ts). Keep this the single place that
// derives them (and searchKeysForQuery, which must derive query keys the same way).

export type CitizenIndexFields = {
  /** Unique folded name tokens, for a multi-entry prefix index. */
  nameTokens: string[];
  idNumber?: string;
  /** Elderly villagers may still carry only the old 9-digit ID. */
  oldIdNumber?: string;
  phone?: string;
  birthYear?: number;
  communeCode: string;
};

export type IndexableCitizen = {
  fullName: string;
  birthDate?: string;
  birthYear?: number;
  citizenId?: string;
  oldIdNumber?: string;
  phone?: string;
  address: { communeCode: string };
};

export function citizenIndexFields(citizen: IndexableCitizen): CitizenIndexFields {
  const fields: CitizenIndexFields = { nameTokens: nameTokens(citizen.fullName), communeCode: citizen.address.communeCode };
  if (citizen.citizenId) fields.idNumber = normalizeIdNumber(citizen.citizenId);
  if (citizen.oldIdNumber) fields.oldIdNumber = normalizeIdNumber(citizen.oldIdNumber);
  if (citizen.phone) fields.phone = normalizePhone(citizen.phone);
  const birthYear = citizen.birthDate ? yearOf(citizen.birthDate) : citizen.birthYear;
  if (birthYear !== undefined) fields.birthYear = birthYear;
  return fields;
}

export type SearchKey =
  | { field: 'idNumber' | 'oldIdNumber' | 'phone'; value: string }
  | { field: 'nameTokens'; words: string[] };

/**
 * The query words that narrow a name search. A word that starts another query word adds nothing ("ng nguyen"
 * finds what "nguyen" finds), so it is dropped, with repeats; then no two remaining words can start the same
 * token, and each must start a different one: a person matches when every pair of them is among the pairs
 * of their name's tokens.
 */
export function narrowingWords(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((word) => !unique.some((other) => other !== word && other.startsWith(word)));
}

/** What a search box query looks up: a number by its shape, anything else as name words. */
export function searchKeysForQuery(query: string): SearchKey[] {
  const compact = query.replace(/[\s.\-()+]/g, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length === 12) return [{ field: 'idNumber', value: compact }];
    if (compact.length === 9) return [{ field: 'oldIdNumber', value: compact }];
    return [{ field: 'phone', value: normalizePhone(query) }];
  }
  const words = nameWords(query);
  return words.length > 0 ? [{ field: 'nameTokens', words }] : [];
}
