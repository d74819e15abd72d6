import { yearOf } from '../calendar/dates';
import type { IsoDate } from '../calendar/dates';
import { minimumAge } from '../citizen/age';
import type { Birth } from '../citizen/age';
import { isEthnicMinority } from '../citizen/ethnicities';
import type { Fact } from './catalog-types';

// Facts the catalog's conditions read (fee exemptions). Those the citizen record answers are derived
// here; the rest (poor household, disability, merit family, disadvantaged area) come from other
// records and are passed in as `known`, which always wins.

/** Law on Children 2016 art. 1: a child is under 16. */
export const CHILD_UNDER_AGE = 16;
/** Law on the Elderly 2009 art. 2: elderly from 60. */
export const ELDERLY_FROM_AGE = 60;

export type FactSubject = Birth & { ethnicityCode?: string };
export type Facts = Partial<Record<Fact, boolean>>;

/**
 * With a year of birth only, the doubt goes the citizen's way (a fee quote, confirmed at the desk):
 * "child" if they may still be under 16, "elderly" if they may already be 60.
 */
export function citizenFacts(person: FactSubject, today: IsoDate, known: Facts = {}): Facts {
  const facts: Facts = {};
  if (person.ethnicityCode) facts.ethnicMinority = isEthnicMinority(person.ethnicityCode);
  const lowest = minimumAge(person, today);
  if (lowest !== null) {
    const highest = person.birthDate ? lowest : yearOf(today) - (person.birthYear ?? yearOf(today));
    facts.child = lowest < CHILD_UNDER_AGE;
    facts.elderly = highest >= ELDERLY_FROM_AGE;
  }
  return { ...facts, ...known };
}
