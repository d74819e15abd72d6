import { nameWords } from '../text/normalize';
import { citizenIndexFields } from './search-index';
import type { IndexableCitizen } from './search-index';

// Offline duplicate check across the whole commune, not only among a household's members (the CHT
// failure in ../shared/reference/anchors.md, item 3). It suggests; staff decide. A name typed without
// marks or with one slip per word ("Nguyen Van Anh" for "Nguyễn Văn An") still counts as similar.
// The fuzzy name match needs plaintext names, so once search moves to blind indexes (search-index.ts)
// it keeps running on the device, over the records already decrypted there.

export type DuplicateSubject = IndexableCitizen & { id: string };
export type DuplicateReason = 'sameCitizenId' | 'similarNameSameBirthYear';
export type DuplicateMatch = { id: string; reasons: DuplicateReason[] };

/** Levenshtein distance of at most one (one letter added, dropped or changed). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Same number of words, each paired with a distinct word at most one edit away (in any order). */
export function namesSimilar(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  const used = new Array<boolean>(b.length).fill(false);
  const match = (i: number): boolean => {
    if (i === a.length) return true;
    for (let j = 0; j < b.length; j += 1) {
      if (used[j] || !withinOneEdit(a[i]!, b[j]!)) continue;
      used[j] = true;
      if (match(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return match(0);
}

export function findLikelyDuplicates(candidate: DuplicateSubject, existing: readonly DuplicateSubject[]): DuplicateMatch[] {
  const mine = citizenIndexFields(candidate);
  const myWords = nameWords(candidate.fullName);
  const matches: DuplicateMatch[] = [];
  for (const other of existing) {
    if (other.id === candidate.id) continue;
    const theirs = citizenIndexFields(other);
    const reasons: DuplicateReason[] = [];
    if (mine.idNumber && mine.idNumber === theirs.idNumber) reasons.push('sameCitizenId');
    const sameYearAndCommune =
      mine.birthYear !== undefined && mine.birthYear === theirs.birthYear && mine.communeCode === theirs.communeCode;
    if (sameYearAndCommune && namesSimilar(myWords, nameWords(other.fullName))) reasons.push('similarNameSameBirthYear');
    if (reasons.length > 0) matches.push({ id: other.id, reasons });
  }
  return matches;
}
