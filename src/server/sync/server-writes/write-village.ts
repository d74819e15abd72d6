import { appendToChangeLog } from '../change-log';
import { lockSyncWrites } from '../lock-sync-writes';
import { newRecordState, withServerFields } from '../push/merge-record';
import { loadVillages, saveVillages } from '../records/village-table';
import type { SyncContext } from '../sync-context';

export type VillageWrite = { id: string; name: string; userId: string; communes: readonly string[] } & ({ create: true; communeCode: string } | { create: false });
export type VillageWriteOutcome = { ok: true; revision: number } | { ok: false; error: 'not-found' | 'id-conflict' };

/**
 * An admin adds or renames a village (thôn, bản). Written the way sync writes (server clock, new revision,
 * change log, one transaction), so every tablet of the commune gets the name on its next pull.
 */
export async function writeVillage(ctx: SyncContext, input: VillageWrite): Promise<VillageWriteOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockSyncWrites(trx, ctx.dialect);
    const now = ctx.now();
    const nowIso = now.toISOString();
    const [current] = await loadVillages(trx, [input.id]);
    if (input.create && current) return { ok: false, error: 'id-conflict' } as const;
    if (!input.create && (!current || current.deleted || !input.communes.includes(current.communeCode))) return { ok: false, error: 'not-found' } as const;
    const base = current ?? { ...newRecordState('village', input.id, { userId: input.userId, nowIso }), communeCode: input.create ? input.communeCode : '' };
    const revision = base.revision + 1;
    const fields = input.create ? { communeCode: input.communeCode, name: input.name } : { name: input.name };
    const next = withServerFields({ ...base, revision, updatedBy: input.userId, updatedAt: nowIso }, fields, revision, { serverClock: ctx.serverClock, now });
    await saveVillages(trx, [next]);
    await appendToChangeLog(trx, [{ entity: 'village', entityId: next.id, communeCode: next.communeCode, revision }], nowIso);
    return { ok: true, revision } as const;
  });
}
