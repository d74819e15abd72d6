import Dexie from 'dexie';
import type { CauNoiDatabase } from '../db/database';
import { nameTokenRows, type NameTokenRows } from '../db/citizen-index';
import { openCitizens, sealCitizen } from '../db/citizens';
import { observeHlc } from '../db/clock';
import { unsentEntries } from '../db/outbox-queries';
import { workspaceKey, type CitizenRecord, type CitizenView } from '../db/records';
import { writeCursor } from '../db/sync-state';
import type { Citizen } from '../domain/citizen/citizen-schema';
import { nameTokens } from '../domain/text/normalize';
import type { PulledChange } from './protocol-client';

/** Fields this device changed and has not had acknowledged: the server's value must not overwrite them yet. */
async function locallyPendingFields(db: CauNoiDatabase, userId: string, entityId: string): Promise<Set<string>> {
  const entries = await db.outbox.where('entityId').equals(entityId).filter((e) => e.ownerUserId === userId && e.state !== 'done').toArray();
  return new Set(entries.flatMap((e) => e.fieldNames));
}

/**
 * The record to store for a pulled citizen. A record being edited here is never overwritten under the
 * user's fingers (STYLE.md, Excalidraw): server values fill every field this device has not changed
 * since its last acknowledged push; values that lost a conflict on the server are kept to be shown.
 */
function mergedData(change: PulledChange, local: CitizenView | undefined, pending: Set<string>): Citizen {
  const data = { ...change.fields } as Record<string, unknown>;
  for (const field of pending) if (local && field in local.data) data[field] = local.data[field as keyof Citizen];
  return { ...data, id: change.entityId } as Citizen;
}

async function mergeCitizen(userId: string, change: PulledChange, local: CitizenView | undefined, pending: Set<string>, data = mergedData(change, local, pending)): Promise<CitizenRecord> {
  const now = new Date().toISOString();
  const conflicts = (change.history ?? []).map((h) => ({ field: h.field, value: h.value, at: h.at }));
  return sealCitizen({
    key: workspaceKey(userId, change.entityId), id: change.entityId, ownerUserId: userId,
    communeCode: local?.communeCode ?? '', // recomputed from the data by sealCitizen
    revision: change.revision,
    syncState: pending.size > 0 ? local?.syncState ?? 'pending' : 'sent',
    createdAt: local?.createdAt ?? now, updatedAt: local?.updatedAt ?? now,
    data,
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(local?.linkedFrom ? { linkedFrom: local.linkedFrom } : {}),
  });
}

type Prepared = { change: PulledChange; record: CitizenRecord; seenUpdatedAt?: string };

/** Unsent fields by entity, from the workspace's unsent outbox entries (one indexed read). */
async function pendingFieldsByEntity(db: CauNoiDatabase, userId: string): Promise<Map<string, Set<string>>> {
  const byEntity = new Map<string, Set<string>>();
  for (const entry of await unsentEntries(db, userId)) for (const field of entry.fieldNames) (byEntity.get(entry.entityId) ?? byEntity.set(entry.entityId, new Set()).get(entry.entityId)!).add(field);
  return byEntity;
}

type Sealed = { records: CitizenRecord[]; tokens: NameTokenRows };

/**
 * Encrypts and blind-indexes citizens before a transaction (WebCrypto inside it would need Dexie.waitFor
 * per call), with the searchTokens rows of their names, to be stored with them (src/db/citizen-index.ts).
 */
async function sealMerged(userId: string, items: Array<{ change: PulledChange; local?: CitizenView; pending: Set<string> }>): Promise<Sealed> {
  const merged = items.map((item) => ({ ...item, data: mergedData(item.change, item.local, item.pending) }));
  const [tokens, records] = await Promise.all([
    nameTokenRows(userId, merged.flatMap(({ data }) => nameTokens(data.fullName))),
    Promise.all(merged.map(({ change, local, pending, data }) => mergeCitizen(userId, change, local, pending, data))),
  ]);
  return { records, tokens };
}

/** The careful path, for people already on this device: their local copies read and opened, then merged. */
async function prepareAgainstLocal(db: CauNoiDatabase, userId: string, citizens: PulledChange[], pending: Map<string, Set<string>>): Promise<{ prepared: Prepared[]; tokens: NameTokenRows }> {
  const stored = new Map((await db.citizens.bulkGet(citizens.map((c) => workspaceKey(userId, c.entityId)))).filter((r): r is CitizenRecord => Boolean(r)).map((r) => [r.id, r]));
  const opened = new Map((await openCitizens([...stored.values()])).map((view) => [view.id, view]));
  const { records, tokens } = await sealMerged(userId, citizens.map((change) => ({ change, local: opened.get(change.entityId), pending: pending.get(change.entityId) ?? new Set<string>() })));
  return { prepared: citizens.map((change, i) => ({ change, record: records[i]!, seenUpdatedAt: stored.get(change.entityId)?.updatedAt })), tokens };
}

/** Merges a pulled citizen again with what is on disk now (inside the transaction: a rare path). */
async function remerge(db: CauNoiDatabase, userId: string, change: PulledChange): Promise<void> {
  const now = await db.citizens.get(workspaceKey(userId, change.entityId));
  const [local] = now ? await openCitizens([now]) : [];
  await db.citizens.put(await mergeCitizen(userId, change, local, await locallyPendingFields(db, userId, change.entityId)));
}

/** Villages, deletions, and the server's part of this workspace's dossiers: no key needed. */
async function applyOtherChanges(db: CauNoiDatabase, userId: string, changes: PulledChange[]): Promise<void> {
  for (const change of changes) {
    if (change.entity === 'citizen') {
      if (change.deleted) await db.citizens.delete(workspaceKey(userId, change.entityId));
    } else if (change.entity === 'dossier') {
      // The server's part of a dossier this workspace submitted: official code, status (an officer's
      // decision, a supplement request), revision. Only the unsealed columns change: no key needed.
      const local = await db.dossiers.get(workspaceKey(userId, change.entityId));
      if (local && !change.deleted) {
        const pending = await locallyPendingFields(db, userId, change.entityId);
        const officialCode = typeof change.fields.officialCode === 'string' ? change.fields.officialCode : local.officialCode;
        await db.dossiers.update(local.key, {
          ...(officialCode ? { officialCode } : {}),
          status: (change.fields.status as typeof local.status | undefined) ?? local.status,
          revision: change.revision,
          syncState: pending.size > 0 ? local.syncState : 'sent',
          serverFields: {
            statusReason: change.fields.statusReason, missingItems: change.fields.missingItems, receivedAt: change.fields.receivedAt,
            dueDate: change.fields.dueDate, signedReceipt: change.fields.signedReceipt, signedResult: change.fields.signedResult,
          },
          updatedAt: new Date().toISOString(),
        });
      }
    } else if (change.entity === 'village') {
      if (change.deleted) await db.villages.delete(change.entityId);
      else await db.villages.put({ id: change.entityId, communeCode: String(change.fields.communeCode), name: String(change.fields.name) });
    }
  }
}

/** A page sealed and ready to store: see prepareServerChanges. */
type PreparedPage = { userId: string; changes: PulledChange[]; cursor: string; citizens: PulledChange[]; asNew: Sealed };

/**
 * The WebCrypto half of storing a page, with no write: every pulled citizen sealed and blind-indexed as if
 * it were new here, the common case (a first pull, other devices' registrations); what is already here, or
 * changed meanwhile, is caught when storing.
 */
async function prepareServerChanges(db: CauNoiDatabase, userId: string, changes: PulledChange[], cursor: string): Promise<PreparedPage> {
  const citizens = changes.filter((c) => c.entity === 'citizen' && !c.deleted);
  const pending = await pendingFieldsByEntity(db, userId);
  const asNew = await sealMerged(userId, citizens.map((change) => ({ change, pending: pending.get(change.entityId) ?? new Set<string>() })));
  return { userId, changes, cursor, citizens, asNew };
}

/**
 * Stores a prepared page and the cursor after it in ONE transaction: after a crash the device either has
 * both or neither, so the next pull starts from the right place.
 *
 * Citizens are added, not put: an add fails where the person is already stored, so no local copy is read
 * to learn that it is absent (at 10,000 people those reads cost more than the writes). Those that failed are
 * merged with their local copies and stored with the cursor in a second transaction; a crash in between
 * only makes the next pull bring the page again, which is harmless.
 */
async function storeServerChanges(db: CauNoiDatabase, { userId, changes, cursor, citizens, asNew }: PreparedPage): Promise<void> {
  let present: PulledChange[] = [];
  await db.transaction('rw', [db.citizens, db.villages, db.dossiers, db.outbox, db.meta, db.searchTokens], async () => {
    await applyOtherChanges(db, userId, changes);
    // The names' tokens with the people: a prefix finds everyone stored.
    await db.searchTokens.bulkPut(asNew.tokens.rows);
    try {
      await db.citizens.bulkAdd(asNew.records);
    } catch (error) {
      // The other adds stand (the error is caught inside the transaction).
      if (!(error instanceof Dexie.BulkError)) throw error;
      present = Object.keys(error.failuresByPos).map((position) => citizens[Number(position)]!);
    }
    if (present.length === 0) await writeCursor(db, userId, cursor);
  });
  asNew.tokens.written();
  if (present.length > 0) {
    const { prepared, tokens } = await prepareAgainstLocal(db, userId, present, await pendingFieldsByEntity(db, userId));
    await db.transaction('rw', [db.citizens, db.outbox, db.meta, db.searchTokens], async () => {
      await db.searchTokens.bulkPut(tokens.rows);
      const current = await db.citizens.bulkGet(prepared.map((p) => p.record.key));
      const ready: CitizenRecord[] = [];
      for (const [i, { change, record, seenUpdatedAt }] of prepared.entries()) {
        // Saved here while this page was being prepared: merge again with what is on disk now.
        if (current[i]?.updatedAt !== seenUpdatedAt) await remerge(db, userId, change);
        else ready.push(record);
      }
      await db.citizens.bulkPut(ready);
      await writeCursor(db, userId, cursor);
    });
    tokens.written();
  }
  const latest = changes.flatMap((change) => Object.values(change.fieldClocks)).sort().at(-1);
  if (latest) await observeHlc(db, latest);
}

/** Stores one page of server changes and the cursor after it (prepareServerChanges, then storeServerChanges). */
export async function applyServerChanges(db: CauNoiDatabase, userId: string, changes: PulledChange[], cursor: string): Promise<void> {
  await storeServerChanges(db, await prepareServerChanges(db, userId, changes, cursor));
}
