import type { CauNoiDatabase } from '../db/database';
import { workspaceKey, type CitizenRecord } from '../db/records';
import { writeCursor } from '../db/sync-state';
import type { Citizen } from '../domain/citizen/citizen-schema';
import { citizenIndexFields } from '../domain/citizen/search-index';
import type { PulledChange } from './protocol-client';

/** Fields this device changed and has not had acknowledged: the server's value must not overwrite them yet. */
async function locallyPendingFields(db: CauNoiDatabase, userId: string, entityId: string): Promise<Set<string>> {
  const entries = await db.outbox.where('entityId').equals(entityId).filter((e) => e.ownerUserId === userId && e.state !== 'done').toArray();
  return new Set(entries.flatMap((e) => Object.keys(e.fields)));
}

async function applyCitizen(db: CauNoiDatabase, userId: string, change: PulledChange): Promise<void> {
  const key = workspaceKey(userId, change.entityId);
  const local = await db.citizens.get(key);
  if (change.deleted) {
    if (local) await db.citizens.delete(key);
    return;
  }
  const pendingFields = await locallyPendingFields(db, userId, change.entityId);
  // A record being edited here is never overwritten under the user's fingers (STYLE.md: Excalidraw):
  // server values fill every field this device has not changed since its last acknowledged push.
  const data = { ...change.fields } as Record<string, unknown>;
  for (const field of pendingFields) if (local && field in local.data) data[field] = local.data[field as keyof Citizen];
  const citizen = { ...data, id: change.entityId } as Citizen;
  const index = citizenIndexFields(citizen);
  const now = new Date().toISOString();
  const conflicts = (change.history ?? []).map((h) => ({ field: h.field, value: h.value, at: h.hlc }));
  const record: CitizenRecord = {
    key, id: change.entityId, ownerUserId: userId,
    communeCode: index.communeCode, nameTokens: index.nameTokens, idKey: index.idNumber, oldIdKey: index.oldIdNumber, phoneKey: index.phone, birthYear: index.birthYear,
    revision: change.revision,
    syncState: pendingFields.size > 0 ? local?.syncState ?? 'pending' : 'sent',
    createdAt: local?.createdAt ?? now,
    updatedAt: local?.updatedAt ?? now,
    data: citizen,
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(local?.linkedFrom ? { linkedFrom: local.linkedFrom } : {}),
  };
  await db.citizens.put(record);
}

/**
 * Stores one page of server changes and the cursor after it in ONE transaction: after a crash the
 * device either has both or neither, so the next pull starts from the right place.
 */
export async function applyServerChanges(db: CauNoiDatabase, userId: string, changes: PulledChange[], cursor: string): Promise<void> {
  await db.transaction('rw', [db.citizens, db.villages, db.outbox, db.meta], async () => {
    for (const change of changes) {
      if (change.entity === 'citizen') await applyCitizen(db, userId, change);
      else if (change.entity === 'village') {
        if (change.deleted) await db.villages.delete(change.entityId);
        else await db.villages.put({ id: change.entityId, communeCode: String(change.fields.communeCode), name: String(change.fields.name) });
      }
    }
    await writeCursor(db, userId, cursor);
  });
}
