import { narrowingWords } from '../domain/citizen/search-index';
import { pairKey, tokensStartingWith } from './citizen-index';
import type { CauNoiDatabase } from './database';
import { blindFor } from './seal';

// A pair of query words is looked up through pair keys when their possible tokens make at most this many
// pairs ("ha thi": the tokens starting "ha" times those starting "thi"); a word that starts too many tokens
// (one letter, usually) is checked on the opened records instead.
const MAX_PAIR_LOOKUPS = 24;

type Column = 'tokenKeys' | 'pairKeys';

/**
 * Primary keys under any of `keys` in one index, `limit` per key, in one read transaction (the requests are
 * pipelined). Keys only: no record is read or decrypted here.
 */
async function keysUnder(db: CauNoiDatabase, column: Column, keys: readonly string[], limit: number): Promise<string[]> {
  const lists = await Promise.all(keys.map((key) => {
    const found = db.citizens.where(column).equals(key);
    return (Number.isFinite(limit) ? found.limit(limit) : found).primaryKeys();
  }));
  return [...new Set(lists.flat())];
}

async function countUnder(db: CauNoiDatabase, column: Column, keys: readonly string[]): Promise<number> {
  const counts = await Promise.all(keys.map((key) => db.citizens.where(column).equals(key).count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

type Pair = { words: [number, number]; keys: string[] };

/** Pairs of word positions that are cheap enough to look up, each with the pair keys it stands for. */
function lookupPairs(expansions: readonly string[][]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < expansions.length; i++) {
    for (let j = i + 1; j < expansions.length; j++) {
      if (expansions[i]!.length * expansions[j]!.length > MAX_PAIR_LOOKUPS) continue;
      pairs.push({ words: [i, j], keys: expansions[i]!.flatMap((a) => expansions[j]!.map((b) => pairKey(a, b))) });
    }
  }
  return pairs;
}

/** Three words or more: the smallest pair sets that together cover the words, intersected. */
async function intersectPairs(db: CauNoiDatabase, pairs: Pair[]): Promise<string[]> {
  const counted = await Promise.all(pairs.map(async (pair) => ({ pair, count: await countUnder(db, 'pairKeys', pair.keys) })));
  counted.sort((a, b) => a.count - b.count);
  if (counted[0]!.count === 0) return [];
  const covered = new Set<number>();
  const chosen = counted.filter(({ pair: { words: [i, j] } }) => {
    if (covered.has(i) && covered.has(j)) return false;
    covered.add(i).add(j);
    return true;
  });
  const [first, ...rest] = await Promise.all(chosen.map(({ pair }) => keysUnder(db, 'pairKeys', pair.keys, Infinity)));
  const others = rest.map((keys) => new Set(keys));
  return first!.filter((key) => others.every((set) => set.has(key)));
}

/** The blinds findByName needs, made before its transaction (WebCrypto inside one would need Dexie.waitFor). */
export function nameQueryBlinds(ownerUserId: string, queryWords: readonly string[]): Promise<string[]> {
  return Promise.all(narrowingWords(queryWords).map((word) => blindFor(ownerUserId, word)));
}

/**
 * Candidates for a name query, as primary keys of this workspace, from the blind indexes only; call it in a
 * read transaction on citizens and searchTokens (its look-ups then share it). When the index can answer
 * exactly (one word, two words, or three whose pairs cover them all), the first `limit` are the answer;
 * otherwise the list is a superset, narrowest first, that the caller checks on the opened records. Costs a
 * few look-ups of a few hundred keys at most where the old prefix index read thousands.
 */
export async function findByName(db: CauNoiDatabase, ownerUserId: string, wordBlinds: readonly string[], limit: number): Promise<string[]> {
  const expansions = await Promise.all(wordBlinds.map((blind) => tokensStartingWith(db, ownerUserId, blind)));
  if (expansions.length === 0 || expansions.some((tokens) => tokens.length === 0)) return [];
  const mine = `${ownerUserId}:`;
  const own = (keys: string[]) => keys.filter((key) => key.startsWith(mine));
  if (wordBlinds.length === 1) return own(await keysUnder(db, 'tokenKeys', expansions[0]!, limit));
  const pairs = lookupPairs(expansions);
  if (pairs.length === 0) {
    // Every word starts too many tokens to pair: the narrowest word's people, the rest checked when opened.
    const narrowest = expansions.reduce((a, b) => (b.length < a.length ? b : a));
    return own(await keysUnder(db, 'tokenKeys', narrowest, Infinity));
  }
  if (wordBlinds.length === 2) return own(await keysUnder(db, 'pairKeys', pairs[0]!.keys, limit));
  return own(await intersectPairs(db, pairs));
}
