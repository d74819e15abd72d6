import type { CauNoiDatabase } from './database';
import { enqueueMutation } from './outbox';
import type { VillageRecord } from './records';

export function listVillages(db: CauNoiDatabase, communeCode: string): Promise<VillageRecord[]> {
  return db.villages.where('communeCode').equals(communeCode).sortBy('name');
}

/**
 * Villages are in no national dataset (administrative-units.md): staff add one offline and it syncs
 * like any record. Same name in the same commune returns the existing village instead of a twin.
 */
export async function addVillage(db: CauNoiDatabase, input: { ownerUserId: string; communeCode: string; name: string; hlc: string }): Promise<VillageRecord> {
  const name = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return db.transaction('rw', [db.villages, db.outbox, db.meta], async () => {
    const twin = (await listVillages(db, input.communeCode)).find((v) => v.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
    if (twin) return twin;
    const village: VillageRecord = { id: crypto.randomUUID(), communeCode: input.communeCode, name, createdBy: input.ownerUserId, pending: true };
    await db.villages.put(village);
    await enqueueMutation(db, {
      ownerUserId: input.ownerUserId, entity: 'village', op: 'upsert', entityId: village.id, baseRevision: 0,
      fields: { communeCode: village.communeCode, name }, hlc: input.hlc,
    });
    return village;
  });
}
