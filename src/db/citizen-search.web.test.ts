import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validCitizen } from '../domain/citizen/citizen-fixtures';
import { validateCitizen, type Citizen } from '../domain/citizen/citizen-schema';
import { citizenIndexFields } from '../domain/citizen/search-index';
import { matchesNameQuery, nameTokens } from '../domain/text/normalize';
import { toBase64 } from '../lib/crypto-keys';
import { openTestWorkspace } from '../testing/workspace-keys';
import { getCitizen, saveCitizen, searchCitizens } from './citizens';
import { CauNoiDatabase } from './database';
import { workspaceKeys } from './keyring';
import { workspaceKey } from './records';
import { reindexFlag, SCHEMA_VERSIONS } from './schema-versions';
import { blindFor } from './seal';
import { wipeUserData } from './wipe-user-data';

// Names with many tokens sharing first letters (h…, t…, n…): queries then take every path of the name
// search (one word, a pair, intersected pairs, words too common to pair and checked on the opened record).
const FAMILY = ['Nguyễn', 'Hà', 'Hoàng', 'Lò', 'Thào', 'Hờ', 'Giàng', 'Lường', 'Nông'];
const MIDDLE = ['Văn', 'Thị', 'Thu', 'Hữu', 'Ngọc', 'A', 'Seo'];
const GIVEN = ['An', 'Anh', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Tâm', 'Tuấn', 'Thảo', 'Trung', 'Nga', 'Nhung', 'Pâng', 'Súa', 'Dính', 'Hen Niê'];

const person = (fullName: string, n: number): Citizen => {
  const result = validateCitizen({
    ...validCitizen(), id: crypto.randomUUID(), photos: {}, fullName, sex: 'male', birthDate: '1990-05-01',
    citizenId: `038090${String(n).padStart(6, '0')}`, phone: `0912${String(n).padStart(6, '0')}`,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

const nameOf = (n: number): string => `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 1) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`;

/** What a search must return, from the plaintext: every query word starts some token of the name. */
const expected = (people: Citizen[], query: string): string[] => people.filter((p) => matchesNameQuery(nameTokens(p.fullName), query)).map((p) => p.id).sort();

describe('name search through token and pair blinds', () => {
  const db = new CauNoiDatabase(`name-search-${crypto.randomUUID()}`);
  const people: Citizen[] = [];

  beforeAll(async () => {
    await openTestWorkspace('u1');
    await openTestWorkspace('u2');
    for (let n = 0; n < 90; n++) {
      const citizen = person(nameOf(n < 40 ? n : 40 + (n - 40) * 3), n);
      people.push(citizen);
      await saveCitizen(db, { ownerUserId: 'u1', citizen, hlc: String(n) });
    }
    // Another workspace with the same names: never in u1's results.
    for (let n = 0; n < 10; n++) await saveCitizen(db, { ownerUserId: 'u2', citizen: person(nameOf(n), 500 + n), hlc: String(n) });
  });

  const ids = async (query: string, limit = 1000) => (await searchCitizens(db, 'u1', query, limit)).map((c) => c.id).sort();

  it('finds exactly whom the plaintext rule finds, on every path', async () => {
    for (const query of ['h', 'x', 'nguyen', 'ngu an', 'an anh', 'ha thi', 'h t', 'h t a', 'nguyen h t', 'lo van pang', 'hen nie', 'hoang seo hen', 'thao thao', 'tr']) {
      expect(await ids(query), query).toEqual(expected(people, query));
    }
    expect(await ids('h')).not.toHaveLength(0);
    expect(await ids('x')).toEqual([]);
  });

  it('agrees with the plaintext rule on random queries made of name prefixes and noise', async () => {
    const syllables = [...new Set(people.flatMap((p) => p.fullName.split(' ')))];
    const word = fc.oneof(
      fc.tuple(fc.constantFrom(...syllables), fc.integer({ min: 1, max: 6 })).map(([s, length]) => s.slice(0, length)),
      fc.stringMatching(/^[a-z]{1,3}$/),
    );
    await fc.assert(fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 4 }), async (words) => {
      const query = words.join(' ');
      expect(await ids(query)).toEqual(expected(people, query));
    }), { numRuns: 150 });
  });

  it('returns at most `limit`, all of them matches', async () => {
    const some = await searchCitizens(db, 'u1', 'h', 5);
    expect(some).toHaveLength(5);
    for (const c of some) expect(matchesNameQuery(nameTokens(c.data.fullName), 'h')).toBe(true);
  });

  it('forgets a signed-out workspace’s token list with its citizens, and only that one', async () => {
    const rows = async (user: string) => db.searchTokens.where(':id').startsWith(`${user}:`).count();
    expect(await rows('u2')).toBeGreaterThan(0);
    await db.outbox.where('ownerUserId').equals('u2').modify({ state: 'done' }); // acknowledged: nothing to lose
    await wipeUserData(db, 'u2');
    expect(await rows('u2')).toBe(0);
    expect(await rows('u1')).toBeGreaterThan(0);
    expect(await ids('nguyen')).toEqual(expected(people, 'nguyen'));
  });
});

/** Opens a database as an older release (versions up to `upTo`) would. */
function openAtVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= upTo)) db.version(version).stores(stores);
  return db;
}

/** A citizen exactly as schema version 6 stored it: base64-sealed, with a blind per name prefix. */
async function version6Record(userId: string, citizen: Citizen) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(JSON.stringify({ data: citizen }));
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, workspaceKeys(userId).dataKey, plaintext));
  const index = citizenIndexFields(citizen);
  const prefixes = [...new Set(index.nameTokens.flatMap((t) => Array.from(t, (_, i) => t.slice(0, i + 1))))];
  return {
    key: workspaceKey(userId, citizen.id), id: citizen.id, ownerUserId: userId, communeCode: index.communeCode,
    nameTokens: await Promise.all(prefixes.map((p) => blindFor(userId, p))), idKey: await blindFor(userId, index.idNumber!),
    revision: 3, syncState: 'sent', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z',
    sealed: { iv: toBase64(iv), data: toBase64(ciphertext) },
  };
}

describe('citizens stored before schema version 7', () => {
  it('are re-indexed after the unlock, before the first search, and open as before', async () => {
    const name = `reindex-${crypto.randomUUID()}`;
    await openTestWorkspace('old-1');
    await openTestWorkspace('old-2');
    const an = person('Nguyễn Văn An', 1);
    const pang = person('Lò Văn Pâng', 2);
    const other = person('Nguyễn Thị Anh', 3);
    const v6 = openAtVersion(name, 6);
    await v6.open();
    await v6.table('citizens').bulkPut([await version6Record('old-1', an), await version6Record('old-1', pang), await version6Record('old-2', other)]);
    v6.close();

    const db = new CauNoiDatabase(name);
    await db.open();
    expect(await db.meta.get(reindexFlag('old-1'))).toBeDefined(); // the upgrade could not re-index: no key
    expect(await db.meta.get(reindexFlag('old-2'))).toBeDefined();

    expect((await searchCitizens(db, 'old-1', 'ngu an')).map((c) => c.data.fullName)).toEqual(['Nguyễn Văn An']);
    expect((await searchCitizens(db, 'old-1', 'v')).map((c) => c.data.fullName).sort()).toEqual(['Lò Văn Pâng', 'Nguyễn Văn An']);
    expect(await db.meta.get(reindexFlag('old-1'))).toBeUndefined();
    expect(await db.meta.get(reindexFlag('old-2'))).toBeDefined(); // another workspace waits for its own unlock
    const raw = (await db.citizens.get(workspaceKey('old-1', an.id)))! as unknown as Record<string, unknown>;
    expect(raw.tokenKeys).toEqual(await Promise.all(['nguyen', 'van', 'an'].map((t) => blindFor('old-1', t))));
    expect(raw).not.toHaveProperty('nameTokens');
    expect(raw.revision).toBe(3);
    expect((await getCitizen(db, 'old-1', an.id))!.data.fullName).toBe('Nguyễn Văn An'); // the old sealing still opens
    expect((await searchCitizens(db, 'old-1', an.citizenId!)).map((c) => c.id)).toEqual([an.id]);

    // A record saved after the upgrade but before the re-index is left as it was written.
    const anh = person('Nguyễn Thị Anh', 4);
    await saveCitizen(db, { ownerUserId: 'old-2', citizen: anh, hlc: '1' });
    expect((await searchCitizens(db, 'old-2', 'nguyen anh')).map((c) => c.id).sort()).toEqual([other.id, anh.id].sort());
    expect(await db.meta.get(reindexFlag('old-2'))).toBeUndefined();
    db.close();
  });
});
