import type { Citizen } from '../domain/citizen/citizen-schema';
import { findLikelyDuplicates, type DuplicateMatch } from '../domain/citizen/duplicates';
import { citizenIndexFields, searchKeysForQuery } from '../domain/citizen/search-index';
import type { CauNoiDatabase } from './database';
import { enqueueMutation } from './outbox';
import { workspaceKey, type CitizenRecord, type CitizenSecret, type CitizenView } from './records';
import { blindFor, blindPrefixes, openFor, sealFor } from './seal';

export type SaveCitizenInput = { ownerUserId: string; citizen: Citizen; hlc: string; draftId?: string; now?: Date };

type IndexColumns = Pick<CitizenRecord, 'communeCode' | 'nameTokens' | 'idKey' | 'oldIdKey' | 'phoneKey' | 'birthYear'>;

/** The keyed blind indexes search uses; the only place a record's personal data is turned into keys. */
export async function blindIndexColumns(ownerUserId: string, citizen: Citizen): Promise<IndexColumns> {
  const index = citizenIndexFields(citizen);
  const blind = (value: string | number | undefined) => (value === undefined ? Promise.resolve(undefined) : blindFor(ownerUserId, String(value)));
  const [nameTokens, idKey, oldIdKey, phoneKey, birthYear] = await Promise.all([
    blindPrefixes(ownerUserId, index.nameTokens), blind(index.idNumber), blind(index.oldIdNumber), blind(index.phone), blind(index.birthYear),
  ]);
  return { communeCode: index.communeCode, nameTokens, idKey, oldIdKey, phoneKey, birthYear };
}

/** Opens stored records; call it after the last database read of a live query (WebCrypto is not Dexie). */
export async function openCitizens(records: CitizenRecord[]): Promise<CitizenView[]> {
  return Promise.all(records.map(async ({ sealed, ...rest }) => ({ ...rest, ...(await openFor<CitizenSecret>(rest.ownerUserId, sealed)) })));
}

/** Seals a view back into a stored record (its indexes recomputed from the data). */
export async function sealCitizen(view: CitizenView): Promise<CitizenRecord> {
  const { data, conflicts, ...rest } = view;
  const secret: CitizenSecret = conflicts ? { data, conflicts } : { data };
  return { ...rest, ...(await blindIndexColumns(view.ownerUserId, data)), sealed: await sealFor(view.ownerUserId, secret) };
}

/** Top-level fields that differ: the field-level patch the server merges. */
function changedFields(before: Citizen | undefined, after: Citizen): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  // The id travels as the mutation's entityId, never as a field (src/shared/protocol/README.md).
  const { id: _id, ...fields } = after;
  for (const [field, value] of Object.entries(fields)) {
    if (!before || JSON.stringify(before[field as keyof Citizen]) !== JSON.stringify(value)) changes[field] = value;
  }
  return changes;
}

/**
 * Saves a citizen and queues its outbox entry in ONE transaction (strict durability, set on the
 * database), and removes the draft it came from: either all of it is on disk, or none.
 */
export async function saveCitizen(db: CauNoiDatabase, { ownerUserId, citizen, hlc, draftId, now = new Date() }: SaveCitizenInput): Promise<CitizenView> {
  const key = workspaceKey(ownerUserId, citizen.id);
  const stored = await db.citizens.get(key);
  const existing = stored ? (await openCitizens([stored]))[0] : undefined;
  const view: CitizenView = {
    key, id: citizen.id, ownerUserId, communeCode: citizen.address.communeCode, nameTokens: [],
    revision: existing?.revision ?? 0, syncState: 'pending',
    createdAt: existing?.createdAt ?? now.toISOString(), updatedAt: now.toISOString(),
    data: citizen,
    ...(existing?.conflicts ? { conflicts: existing.conflicts } : {}),
    ...(existing?.linkedFrom ? { linkedFrom: existing.linkedFrom } : {}),
  };
  const record = await sealCitizen(view);
  // Both possible patches are sealed now, outside the transaction: the changed fields, and the whole record.
  const changed = changedFields(existing?.data, citizen);
  const whole = changedFields(undefined, citizen);
  const [sealedChanged, sealedWhole] = await Promise.all([sealFor(ownerUserId, changed), sealFor(ownerUserId, whole)]);
  return db.transaction('rw', [db.citizens, db.outbox, db.drafts, db.meta], async () => {
    // A save after a rejection sends the whole record again and supersedes the rejected attempts.
    const rejected = await db.outbox.where('entityId').equals(citizen.id).filter((e) => e.ownerUserId === ownerUserId && e.state === 'rejected').toArray();
    const fields = rejected.length > 0 ? whole : changed;
    if (existing && Object.keys(fields).length === 0) return existing;
    for (const entry of rejected) await db.outbox.update(entry.seq!, { state: 'done' });
    await db.citizens.put(record);
    const mutation = { ownerUserId, entity: 'citizen' as const, op: 'upsert' as const, entityId: citizen.id, baseRevision: record.revision, fields, hlc };
    await enqueueMutation(db, mutation, now, rejected.length > 0 ? sealedWhole : sealedChanged);
    if (draftId) await db.drafts.delete(draftId);
    return view;
  });
}

export async function getCitizen(db: CauNoiDatabase, ownerUserId: string, id: string): Promise<CitizenView | undefined> {
  const record = await db.citizens.get(workspaceKey(ownerUserId, id));
  return record ? (await openCitizens([record]))[0] : undefined;
}

/** The most recently changed citizens of one workspace. */
export async function recentCitizens(db: CauNoiDatabase, ownerUserId: string, limit = 50): Promise<CitizenView[]> {
  const records = await db.citizens.where('[ownerUserId+updatedAt]').between([ownerUserId, ''], [ownerUserId, '\uffff']).reverse().limit(limit).toArray();
  return openCitizens(records);
}

/**
 * Diacritic-insensitive search through the blind indexes only: "nguyen van an" and "ngu an" find
 * "Nguyễn Văn An"; 12 digits look up the citizen ID, 9 the old ID, other digits the phone.
 */
export async function searchCitizens(db: CauNoiDatabase, ownerUserId: string, query: string, limit = 50): Promise<CitizenView[]> {
  const mine = `${ownerUserId}:`;
  const keys = new Set<string>();
  const short = searchKeysForQuery(query).flatMap((k) => (k.field === 'nameTokens' && k.words.some((w) => w.length > 1) ? k.words.filter((w) => w.length === 1) : []));
  // Left-out one-letter words are checked after the look-up: gather more candidates so enough remain.
  const cap = short.length > 0 ? limit * 4 : limit;
  for (const key of searchKeysForQuery(query)) {
    if (key.field === 'nameTokens') {
      // Primary keys only, one index look-up per word, intersected: no record is read or decrypted
      // until the final few (a one-letter prefix can match most of 50,000 people).
      // A one-letter word matches thousands and narrows little: when a longer word exists, it is left out
      // of the index look-ups (every result still starts with it: the longer words' matches are checked
      // against it below through its blind prefix set, not plaintext).
      const longer = key.words.filter((word) => word.length > 1);
      const indexed = longer.length > 0 ? longer : key.words;
      const blinds = await Promise.all(indexed.map((word) => blindFor(ownerUserId, word)));
      const sets = await Promise.all(blinds.map(async (blind) => new Set(await db.citizens.where('nameTokens').equals(blind).primaryKeys())));
      sets.sort((a, b) => a.size - b.size);
      for (const candidate of sets[0] ?? []) {
        if (candidate.startsWith(mine) && sets.every((set) => set.has(candidate))) keys.add(candidate);
        if (keys.size >= cap) break;
      }
    } else {
      const column = key.field === 'idNumber' ? 'idKey' : key.field === 'oldIdNumber' ? 'oldIdKey' : 'phoneKey';
      const blind = await blindFor(ownerUserId, key.value);
      for (const candidate of await db.citizens.where(column).equals(blind).primaryKeys()) if (candidate.startsWith(mine)) keys.add(candidate);
    }
  }
  const shortBlinds = await Promise.all(short.map((word) => blindFor(ownerUserId, word)));
  const records = (await db.citizens.bulkGet([...keys]))
    .filter((r): r is CitizenRecord => Boolean(r) && shortBlinds.every((blind) => r!.nameTokens.includes(blind)))
    .slice(0, limit);
  return openCitizens(records);
}

/**
 * Likely duplicates in this workspace: the same citizen ID anywhere, or a similar name with the same
 * birth year in the same commune (anchors.md #3: the check spans the commune, not a household).
 */
export async function findDuplicateCitizens(db: CauNoiDatabase, ownerUserId: string, candidate: Citizen): Promise<Array<DuplicateMatch & { record: CitizenView }>> {
  const index = await blindIndexColumns(ownerUserId, candidate);
  const byId = index.idKey ? await db.citizens.where('idKey').equals(index.idKey).toArray() : [];
  const byYear = index.birthYear === undefined ? [] : await db.citizens.where('birthYear').equals(index.birthYear).filter((r) => r.communeCode === index.communeCode).toArray();
  const pool = await openCitizens([...new Map([...byId, ...byYear].filter((r) => r.ownerUserId === ownerUserId).map((r) => [r.id, r])).values()]);
  const byCitizenId = new Map(pool.map((r) => [r.id, r]));
  return findLikelyDuplicates({ ...candidate, id: candidate.id }, pool.map((r) => r.data))
    .map((match) => ({ ...match, record: byCitizenId.get(match.id)! }));
}
