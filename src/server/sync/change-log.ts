import type { Kysely } from 'kysely';
import type { EntityName } from '../../shared/protocol';
import type { Database } from '../db/schema';
import { chunk } from './records/chunk';

export type ChangeLogEntry = { entity: EntityName; entityId: string; communeCode: string; revision: number };

/**
 * Appends changes in order, each under a new sequence number, and drops the entries they supersede (same
 * record, same commune): the log stays one row per record and commune, so a device that was away pulls
 * each record once, at its latest revision. Call inside the transaction that wrote the records, after
 * `lockSyncWrites`.
 */
export async function appendToChangeLog(db: Kysely<Database>, entries: readonly ChangeLogEntry[], at: string): Promise<void> {
  if (entries.length === 0) return;
  for (const part of chunk(entries)) {
    // Two plain statements rather than one `(a, b, c) in (values …)`: PostgreSQL plans a 500-tuple row
    // comparison as a 500-branch OR, which takes longer than the rest of a push.
    const keys = new Set(part.map(logKey));
    const previous = await db
      .selectFrom('change_log')
      .select(['seq', 'entity', 'entity_id', 'commune_code'])
      .where('entity_id', 'in', [...new Set(part.map((e) => e.entityId))])
      .execute();
    const superseded = previous
      .filter((row) => keys.has(logKey({ entity: row.entity, entityId: row.entity_id, communeCode: row.commune_code })))
      .map((row) => Number(row.seq));
    if (superseded.length > 0) await db.deleteFrom('change_log').where('seq', 'in', superseded).execute();
    await db
      .insertInto('change_log')
      .values(part.map((e) => ({ entity: e.entity, entity_id: e.entityId, commune_code: e.communeCode, revision: e.revision, created_at: at })))
      .execute();
  }
}

const logKey = (e: { entity: string; entityId: string; communeCode: string }) => `${e.entity}|${e.entityId}|${e.communeCode}`;
