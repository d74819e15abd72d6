import type { Citizen } from '../domain/citizen/citizen-schema';
import { findLikelyDuplicates, type DuplicateMatch } from '../domain/citizen/duplicates';
import { citizenIndexFields, searchKeysForQuery } from '../domain/citizen/search-index';
import type { CauNoiDatabase } from './database';
import { enqueueMutation } from './outbox';
import { workspaceKey, type CitizenRecord } from './records';

export type SaveCitizenInput = { ownerUserId: string; citizen: Citizen; hlc: string; draftId?: string; now?: Date };

/** The index fields search uses; the only place a record's personal data is turned into keys. */
function indexColumns(citizen: Citizen): Pick<CitizenRecord, 'communeCode' | 'nameTokens' | 'idKey' | 'oldIdKey' | 'phoneKey' | 'birthYear'> {
  const index = citizenIndexFields(citizen);
  return { communeCode: index.communeCode, nameTokens: index.nameTokens, idKey: index.idNumber, oldIdKey: index.oldIdNumber, phoneKey: index.phone, birthYear: index.birthYear };
}

/** Top-level fields that differ: the field-level patch the server merges. */
function changedFields(before: Citizen | undefined, after: Citizen): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (!before || JSON.stringify(before[field as keyof Citizen]) !== JSON.stringify(value)) changes[field] = value;
  }
  return changes;
}

/**
 * Saves a citizen and queues its outbox entry in ONE transaction (strict durability, set on the
 * database), and removes the draft it came from: either all of it is on disk, or none.
 */
export async function saveCitizen(db: CauNoiDatabase, { ownerUserId, citizen, hlc, draftId, now = new Date() }: SaveCitizenInput): Promise<CitizenRecord> {
  return db.transaction('rw', [db.citizens, db.outbox, db.drafts, db.meta], async () => {
    const key = workspaceKey(ownerUserId, citizen.id);
    const existing = await db.citizens.get(key);
    const record: CitizenRecord = {
      key,
      id: citizen.id,
      ownerUserId,
      ...indexColumns(citizen),
      revision: existing?.revision ?? 0,
      syncState: 'pending',
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
      data: citizen,
      ...(existing?.conflicts ? { conflicts: existing.conflicts } : {}),
    };
    // A save after a rejection sends the whole record again and supersedes the rejected attempts.
    const rejected = await db.outbox.where('entityId').equals(citizen.id).filter((e) => e.ownerUserId === ownerUserId && e.state === 'rejected').toArray();
    const fields = rejected.length > 0 ? { ...citizen } : changedFields(existing?.data, citizen);
    if (existing && Object.keys(fields).length === 0) return existing;
    for (const entry of rejected) await db.outbox.update(entry.seq!, { state: 'done' });
    await db.citizens.put(record);
    await enqueueMutation(db, { ownerUserId, entity: 'citizen', op: 'upsert', entityId: citizen.id, baseRevision: record.revision, fields, hlc }, now);
    if (draftId) await db.drafts.delete(draftId);
    return record;
  });
}

export function getCitizen(db: CauNoiDatabase, ownerUserId: string, id: string): Promise<CitizenRecord | undefined> {
  return db.citizens.get(workspaceKey(ownerUserId, id));
}

/** The most recently changed citizens of one workspace. */
export function recentCitizens(db: CauNoiDatabase, ownerUserId: string, limit = 50): Promise<CitizenRecord[]> {
  return db.citizens.where('[ownerUserId+updatedAt]').between([ownerUserId, ''], [ownerUserId, '\uffff']).reverse().limit(limit).toArray();
}

/**
 * Diacritic-insensitive search through the derived index fields only: "nguyen van an" and "ngu an"
 * find "Nguyễn Văn An"; 12 digits look up the citizen ID, 9 the old ID, other digits the phone.
 */
export async function searchCitizens(db: CauNoiDatabase, ownerUserId: string, query: string, limit = 50): Promise<CitizenRecord[]> {
  const results = new Map<string, CitizenRecord>();
  for (const key of searchKeysForQuery(query)) {
    let found: CitizenRecord[];
    if (key.field === 'nameTokens') {
      const [first, ...rest] = [...key.words].sort((a, b) => b.length - a.length);
      found = await db.citizens
        .where('nameTokens').startsWith(first!)
        .filter((r) => r.ownerUserId === ownerUserId && rest.every((word) => r.nameTokens.some((token) => token.startsWith(word))))
        .distinct().limit(limit).toArray();
    } else {
      const column = key.field === 'idNumber' ? 'idKey' : key.field === 'oldIdNumber' ? 'oldIdKey' : 'phoneKey';
      found = await db.citizens.where(column).equals(key.value).filter((r) => r.ownerUserId === ownerUserId).limit(limit).toArray();
    }
    for (const record of found) results.set(record.key, record);
  }
  return [...results.values()].slice(0, limit);
}

/**
 * Likely duplicates in this workspace: the same citizen ID anywhere, or a similar name with the same
 * birth year in the same commune (anchors.md #3: the check spans the commune, not a household).
 */
export async function findDuplicateCitizens(db: CauNoiDatabase, ownerUserId: string, candidate: Citizen): Promise<Array<DuplicateMatch & { record: CitizenRecord }>> {
  const index = indexColumns(candidate);
  const byId = index.idKey ? await db.citizens.where('idKey').equals(index.idKey).toArray() : [];
  const byYear = index.birthYear === undefined ? [] : await db.citizens.where('birthYear').equals(index.birthYear).filter((r) => r.communeCode === index.communeCode).toArray();
  const pool = new Map([...byId, ...byYear].filter((r) => r.ownerUserId === ownerUserId).map((r) => [r.id, r]));
  return findLikelyDuplicates({ ...candidate, id: candidate.id }, [...pool.values()].map((r) => r.data))
    .map((match) => ({ ...match, record: pool.get(match.id)! }));
}
