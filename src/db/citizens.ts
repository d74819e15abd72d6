import type { Citizen } from '../domain/citizen/citizen-schema';
import { findLikelyDuplicates, type DuplicateMatch } from '../domain/citizen/duplicates';
import { searchKeysForQuery } from '../domain/citizen/search-index';
import { matchesNameQuery, nameTokens } from '../domain/text/normalize';
import { blindIndexColumns, ensureCitizenIndex, nameTokenRows } from './citizen-index';
import { findByName, nameQueryBlinds } from './citizen-name-search';
import type { CauNoiDatabase } from './database';
import { enqueueMutation } from './outbox';
import { workspaceKey, type CitizenRecord, type CitizenSecret, type CitizenView } from './records';
import { blindFor, openFor, sealFor } from './seal';

export type SaveCitizenInput = { ownerUserId: string; citizen: Citizen; hlc: string; draftId?: string; now?: Date };

/** Opens stored records; call it after the last database read of a live query (WebCrypto is not Dexie). */
export async function openCitizens(records: CitizenRecord[]): Promise<CitizenView[]> {
  return Promise.all(records.map(async (record) => {
    // Index columns (and the version-2 prefix blinds) stay behind: sealing derives them from the data again.
    const { sealed, tokenKeys: _t, pairKeys: _p, idKey: _i, oldIdKey: _o, phoneKey: _ph, birthYear: _b, nameTokens: _n, ...rest } = record as CitizenRecord & { nameTokens?: string[] };
    return { ...rest, ...(await openFor<CitizenSecret>(rest.ownerUserId, sealed)) };
  }));
}

/** Seals a view back into a stored record (its indexes recomputed from the data). */
export async function sealCitizen(view: CitizenView): Promise<CitizenRecord> {
  // A view carried in a transfer file from an older release may still hold its prefix blinds: not kept.
  const { data, conflicts, nameTokens: _legacy, ...rest } = view as CitizenView & { nameTokens?: unknown };
  const secret: CitizenSecret = conflicts ? { data, conflicts } : { data };
  const [columns, sealed] = await Promise.all([blindIndexColumns(view.ownerUserId, data), sealFor(view.ownerUserId, secret)]);
  return { ...rest, ...columns, sealed };
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
    key, id: citizen.id, ownerUserId, communeCode: citizen.address.communeCode,
    revision: existing?.revision ?? 0, syncState: 'pending',
    createdAt: existing?.createdAt ?? now.toISOString(), updatedAt: now.toISOString(),
    data: citizen,
    ...(existing?.conflicts ? { conflicts: existing.conflicts } : {}),
    ...(existing?.linkedFrom ? { linkedFrom: existing.linkedFrom } : {}),
  };
  const [record, tokens] = await Promise.all([sealCitizen(view), nameTokenRows(ownerUserId, nameTokens(citizen.fullName))]);
  // Both possible patches are sealed now, outside the transaction: the changed fields, and the whole record.
  const changed = changedFields(existing?.data, citizen);
  const whole = changedFields(undefined, citizen);
  const [sealedChanged, sealedWhole] = await Promise.all([sealFor(ownerUserId, changed), sealFor(ownerUserId, whole)]);
  const saved = await db.transaction('rw', [db.citizens, db.outbox, db.drafts, db.meta, db.searchTokens], async () => {
    // A save after a rejection sends the whole record again and supersedes the rejected attempts.
    // The name's tokens with the person: a prefix finds them as soon as they are saved.
    await db.searchTokens.bulkPut(tokens.rows);
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
  tokens.written();
  return saved;
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

/** Records under `keys`, in that order, opened; keys of records deleted meanwhile are skipped. */
async function openKeys(db: CauNoiDatabase, keys: string[]): Promise<CitizenView[]> {
  return openCitizens((await db.citizens.bulkGet(keys)).filter((r): r is CitizenRecord => r !== undefined));
}

/**
 * Diacritic-insensitive search through the blind indexes only: "nguyen van an" and "ngu an" find
 * "Nguyễn Văn An"; 12 digits look up the citizen ID, 9 the old ID, other digits the phone. Only the
 * records shown are read and decrypted (a page of `limit` at a time while name candidates need checking).
 */
export async function searchCitizens(db: CauNoiDatabase, ownerUserId: string, query: string, limit = 50): Promise<CitizenView[]> {
  const [key] = searchKeysForQuery(query);
  if (!key) return [];
  const mine = `${ownerUserId}:`;
  if (key.field !== 'nameTokens') {
    const column = key.field === 'idNumber' ? 'idKey' : key.field === 'oldIdNumber' ? 'oldIdKey' : 'phoneKey';
    const keys = await db.citizens.where(column).equals(await blindFor(ownerUserId, key.value)).primaryKeys();
    return openKeys(db, keys.filter((k) => k.startsWith(mine)).slice(0, limit));
  }
  await ensureCitizenIndex(db, ownerUserId);
  const blinds = await nameQueryBlinds(ownerUserId, key.words);
  // Every look-up and the first page of records in one read transaction.
  const [candidates, first] = await db.transaction('r', [db.citizens, db.searchTokens], async () => {
    const keys = await findByName(db, ownerUserId, blinds, limit);
    return [keys, await db.citizens.bulkGet(keys.slice(0, limit))] as const;
  });
  // The check on the opened name makes every result exact, whatever the index could narrow.
  const found: CitizenView[] = [];
  for (let start = 0; start < candidates.length && found.length < limit; start += limit) {
    const records = start === 0 ? first : await db.citizens.bulkGet(candidates.slice(start, start + limit));
    for (const view of await openCitizens(records.filter((r): r is CitizenRecord => r !== undefined))) {
      if (found.length < limit && matchesNameQuery(nameTokens(view.data.fullName), query)) found.push(view);
    }
  }
  return found;
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
