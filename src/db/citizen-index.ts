import type { Citizen } from '../domain/citizen/citizen-schema';
import { citizenIndexFields } from '../domain/citizen/search-index';
import type { CauNoiDatabase } from './database';
import { workspaceKeys } from './keyring';
import type { CitizenIndexColumns, CitizenRecord, CitizenSecret, SearchTokenRecord } from './records';
import { reindexFlag } from './schema-versions';
import { blindFor, blindPrefixes, openFor } from './seal';

export type IndexColumns = CitizenIndexColumns & Pick<CitizenRecord, 'communeCode'>;

/**
 * The key of an unordered pair of name tokens, from their blinds (12 of the 22 significant base64
 * characters each, 72 bits). It needs no HMAC of its own: it is made only of blinds the same record
 * already carries in tokenKeys, so it reveals nothing they do not; a collision could only add a
 * candidate, and every name result is checked against the opened record.
 */
export const pairKey = (a: string, b: string): string => (a < b ? a.slice(0, 12) + b.slice(0, 12) : b.slice(0, 12) + a.slice(0, 12));

function pairKeysOf(tokenKeys: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < tokenKeys.length; i++) for (let j = i + 1; j < tokenKeys.length; j++) pairs.push(pairKey(tokenKeys[i]!, tokenKeys[j]!));
  return pairs;
}

/** The keyed blind indexes search uses; the only place a record's personal data is turned into keys. */
export async function blindIndexColumns(ownerUserId: string, citizen: Citizen): Promise<IndexColumns> {
  const index = citizenIndexFields(citizen);
  const blind = (value: string | number | undefined) => (value === undefined ? Promise.resolve(undefined) : blindFor(ownerUserId, String(value)));
  const [tokenKeys, idKey, oldIdKey, phoneKey, birthYear] = await Promise.all([
    Promise.all(index.nameTokens.map((token) => blindFor(ownerUserId, token))), blind(index.idNumber), blind(index.oldIdNumber), blind(index.phone), blind(index.birthYear),
  ]);
  // Absent optional keys are left out rather than stored as undefined (IndexedDB skips a missing key path).
  return {
    communeCode: index.communeCode, tokenKeys, pairKeys: pairKeysOf(tokenKeys),
    ...(idKey ? { idKey } : {}), ...(oldIdKey ? { oldIdKey } : {}), ...(phoneKey ? { phoneKey } : {}), ...(birthYear ? { birthYear } : {}),
  };
}

// Tokens whose searchTokens row is on disk, per unlocked workspace (a lock makes new key objects): a pull of
// 10,000 people brings a few hundred distinct tokens, so after the first page this is a set look-up.
const written = new WeakMap<CryptoKey, Set<string>>();

/** searchTokens rows to write with citizens; `written()` once their transaction has committed. */
export type NameTokenRows = { rows: SearchTokenRecord[]; written: () => void };

/**
 * The searchTokens rows for name tokens of citizens about to be stored, so that a typed prefix finds them:
 * made before the transaction (WebCrypto), put in the same transaction as the citizens. Tokens already
 * written during this unlock make no row.
 */
export async function nameTokenRows(ownerUserId: string, tokens: Iterable<string>): Promise<NameTokenRows> {
  const { indexKey } = workspaceKeys(ownerUserId);
  const done = written.get(indexKey) ?? new Set<string>();
  written.set(indexKey, done);
  const fresh = [...new Set(tokens)].filter((token) => !done.has(token));
  const rows = await Promise.all(fresh.map(async (token) => ({
    key: `${ownerUserId}:${await blindFor(ownerUserId, token)}`, prefixKeys: await blindPrefixes(ownerUserId, [token]),
  })));
  return { rows, written: () => fresh.forEach((token) => done.add(token)) };
}

/** nameTokenRows written in a transaction of their own, for writers that store citizens afterwards. */
export async function rememberNameTokens(db: CauNoiDatabase, ownerUserId: string, tokens: Iterable<string>): Promise<void> {
  const { rows, written: done } = await nameTokenRows(ownerUserId, tokens);
  if (rows.length === 0) return;
  await db.searchTokens.bulkPut(rows);
  done();
}

/** Blinds of this workspace's name tokens that start with the prefix whose blind is given (itself included). */
export async function tokensStartingWith(db: CauNoiDatabase, ownerUserId: string, prefixBlind: string): Promise<string[]> {
  const mine = `${ownerUserId}:`;
  const keys = await db.searchTokens.where('prefixKeys').equals(prefixBlind).primaryKeys();
  return keys.filter((key) => key.startsWith(mine)).map((key) => key.slice(mine.length));
}

const REINDEX_PAGE = 500;
// Per database and unlocked workspace: one run at a time, and none again once it finished.
const reindexing = new WeakMap<CauNoiDatabase, WeakMap<CryptoKey, Promise<void>>>();

/** A record written before schema version 7 carries prefix blinds (nameTokens) and no token or pair keys. */
const isOldFormat = (record: CitizenRecord): boolean => !Array.isArray(record.tokenKeys);

async function reindexPage(db: CauNoiDatabase, ownerUserId: string, old: CitizenRecord[]): Promise<void> {
  const opened = await Promise.all(old.map(async (record) => ({ record, secret: await openFor<CitizenSecret>(ownerUserId, record.sealed) })));
  await rememberNameTokens(db, ownerUserId, opened.flatMap(({ secret }) => citizenIndexFields(secret.data).nameTokens));
  const updated = await Promise.all(opened.map(async ({ record, secret }) => {
    const { nameTokens: _prefixBlinds, communeCode: _commune, ...rest } = record as CitizenRecord & { nameTokens?: string[] };
    return { ...rest, ...(await blindIndexColumns(ownerUserId, secret.data)) };
  }));
  await db.transaction('rw', db.citizens, async () => {
    // Only what is still in the old format: a save or a pull meanwhile wrote a newer record, indexed already.
    const now = await db.citizens.bulkGet(updated.map((r) => r.key));
    await db.citizens.bulkPut(updated.filter((_, i) => now[i] && isOldFormat(now[i])));
  });
}

async function reindex(db: CauNoiDatabase, ownerUserId: string): Promise<void> {
  const flag = reindexFlag(ownerUserId);
  if (!(await db.meta.get(flag))) return;
  let after = `${ownerUserId}:`;
  for (;;) {
    const page = await db.citizens.where(':id').between(after, `${ownerUserId}:\uffff`, false, true).limit(REINDEX_PAGE).toArray();
    if (page.length === 0) break;
    after = page[page.length - 1]!.key;
    const old = page.filter(isOldFormat);
    if (old.length > 0) await reindexPage(db, ownerUserId, old);
  }
  await db.meta.delete(flag);
}

/**
 * Brings a workspace's citizens to the current index after a schema upgrade (version 7): the new blinds
 * need the workspace key, so this runs after an unlock, once, before the first search; an interrupted run
 * resumes where records are still in the old format. Cheap when nothing is flagged (one meta read).
 */
export function ensureCitizenIndex(db: CauNoiDatabase, ownerUserId: string): Promise<void> {
  const { indexKey } = workspaceKeys(ownerUserId);
  const runs = reindexing.get(db) ?? new WeakMap<CryptoKey, Promise<void>>();
  reindexing.set(db, runs);
  let running = runs.get(indexKey);
  if (!running) {
    running = reindex(db, ownerUserId);
    runs.set(indexKey, running);
    // A failed run (storage full, a closed database) is tried again by the next search.
    running.catch(() => runs.delete(indexKey));
  }
  return running;
}
