import type { Kysely } from 'kysely';
import type { SqlDialect } from '../../db/dialect';
import type { Database, SyncVillageTables } from '../../db/schema';
import { appendToChangeLog } from '../change-log';
import { lockSyncWrites } from '../lock-sync-writes';

/**
 * Villages written outside sync (the seed, POST /villages, an operator) have revision 0 and no change-log
 * entry. The first pull that meets them gives them revision 1 and logs them, so they reach devices like any
 * synced record. The update is conditional on revision 0: of two servers doing it at once, one logs each.
 */
export async function adoptUnloggedVillages(
  db: Kysely<Database>,
  dialect: SqlDialect,
  communeCodes: readonly string[],
  now: string,
): Promise<void> {
  if (communeCodes.length === 0) return;
  const villages = db.withTables<SyncVillageTables>();
  const waiting = await villages
    .selectFrom('villages')
    .select('id')
    .where('revision', '=', 0)
    .where('commune_code', 'in', [...communeCodes])
    .limit(1)
    .execute();
  if (waiting.length === 0) return;

  await db.transaction().execute(async (trx) => {
    await lockSyncWrites(trx, dialect);
    const adopted = await trx
      .withTables<SyncVillageTables>()
      .updateTable('villages')
      .set({ revision: 1 })
      .where('revision', '=', 0)
      .where('commune_code', 'in', [...communeCodes])
      .returning(['id', 'commune_code'])
      .execute();
    await appendToChangeLog(
      trx,
      adopted.map((v) => ({ entity: 'village', entityId: v.id, communeCode: v.commune_code, revision: 1 })),
      now,
    );
  });
}
