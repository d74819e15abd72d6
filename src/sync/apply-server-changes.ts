import type { CauNoiDatabase } from '../db/database';
import { openCitizens, sealCitizen } from '../db/citizens';
import { observeHlc } from '../db/clock';
import { workspaceKey, type CitizenRecord, type CitizenView } from '../db/records';
import { writeCursor } from '../db/sync-state';
import type { Citizen } from '../domain/citizen/citizen-schema';
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
async function mergeCitizen(userId: string, change: PulledChange, local: CitizenView | undefined, pending: Set<string>): Promise<CitizenRecord> {
  const data = { ...change.fields } as Record<string, unknown>;
  for (const field of pending) if (local && field in local.data) data[field] = local.data[field as keyof Citizen];
  const now = new Date().toISOString();
  const conflicts = (change.history ?? []).map((h) => ({ field: h.field, value: h.value, at: h.at }));
  return sealCitizen({
    key: workspaceKey(userId, change.entityId), id: change.entityId, ownerUserId: userId,
    communeCode: local?.communeCode ?? '', // recomputed from the data by sealCitizen
    nameTokens: [], revision: change.revision,
    syncState: pending.size > 0 ? local?.syncState ?? 'pending' : 'sent',
    createdAt: local?.createdAt ?? now, updatedAt: local?.updatedAt ?? now,
    data: { ...data, id: change.entityId } as Citizen,
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(local?.linkedFrom ? { linkedFrom: local.linkedFrom } : {}),
  });
}

type Prepared = { change: PulledChange; record?: CitizenRecord; seenUpdatedAt?: string };

/**
 * Encrypts and blind-indexes a page before the transaction (WebCrypto inside it would need Dexie.waitFor
 * per call), reading what it needs in bulk: the local copies in one request, the unsent fields in another.
 */
async function prepare(db: CauNoiDatabase, userId: string, changes: PulledChange[]): Promise<Prepared[]> {
  const citizens = changes.filter((c) => c.entity === 'citizen' && !c.deleted);
  const stored = await db.citizens.bulkGet(citizens.map((c) => workspaceKey(userId, c.entityId)));
  const opened = new Map((await openCitizens(stored.filter((r): r is CitizenRecord => Boolean(r)))).map((view) => [view.id, view]));
  const unsent = await db.outbox.where('ownerUserId').equals(userId).filter((e) => e.state !== 'done').toArray();
  const pendingByEntity = new Map<string, Set<string>>();
  for (const entry of unsent) for (const field of entry.fieldNames) (pendingByEntity.get(entry.entityId) ?? pendingByEntity.set(entry.entityId, new Set()).get(entry.entityId)!).add(field);
  const storedById = new Map(stored.filter((r): r is CitizenRecord => Boolean(r)).map((r) => [r.id, r]));
  return Promise.all(changes.map(async (change) => {
    if (change.entity !== 'citizen' || change.deleted) return { change };
    const record = await mergeCitizen(userId, change, opened.get(change.entityId), pendingByEntity.get(change.entityId) ?? new Set());
    return { change, record, seenUpdatedAt: storedById.get(change.entityId)?.updatedAt };
  }));
}

/**
 * Stores one page of server changes and the cursor after it in ONE transaction: after a crash the
 * device either has both or neither, so the next pull starts from the right place.
 */
export async function applyServerChanges(db: CauNoiDatabase, userId: string, changes: PulledChange[], cursor: string): Promise<void> {
  const prepared = await prepare(db, userId, changes);
  await db.transaction('rw', [db.citizens, db.villages, db.dossiers, db.outbox, db.meta], async () => {
    const citizenKeys = prepared.filter((p) => p.change.entity === 'citizen').map((p) => workspaceKey(userId, p.change.entityId));
    const current = new Map((await db.citizens.bulkGet(citizenKeys)).filter((r): r is CitizenRecord => Boolean(r)).map((r) => [r.key, r]));
    const ready: CitizenRecord[] = [];
    for (const { change, record, seenUpdatedAt } of prepared) {
      if (change.entity === 'citizen') {
        const key = workspaceKey(userId, change.entityId);
        if (change.deleted) {
          await db.citizens.delete(key);
          continue;
        }
        const now = current.get(key);
        if (now?.updatedAt !== seenUpdatedAt) {
          // Saved here while this page was being prepared: merge again with what is on disk now.
          const [local] = now ? await openCitizens([now]) : [];
          await db.citizens.put(await mergeCitizen(userId, change, local, await locallyPendingFields(db, userId, change.entityId)));
        } else ready.push(record!);
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
    await db.citizens.bulkPut(ready);
    await writeCursor(db, userId, cursor);
  });
  const latest = prepared.flatMap(({ change }) => Object.values(change.fieldClocks)).sort().at(-1);
  if (latest) await observeHlc(db, latest);
}
