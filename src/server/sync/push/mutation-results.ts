import type { Kysely } from 'kysely';
import { pushResultSchema, type PushResult } from '../../../shared/protocol';
import type { Database } from '../../db/schema';
import { chunk } from '../records/chunk';

/** Results already recorded for these mutation ids of a device, by mutation id. */
export async function loadStoredResults(
  db: Kysely<Database>,
  deviceId: string,
  mutationIds: readonly number[],
): Promise<Map<number, PushResult>> {
  const stored = new Map<number, PushResult>();
  for (const part of chunk([...new Set(mutationIds)])) {
    const rows = await db
      .selectFrom('mutation_results')
      .select(['mutation_id', 'result'])
      .where('device_id', '=', deviceId)
      .where('mutation_id', 'in', part)
      .execute();
    for (const row of rows) stored.set(row.mutation_id, pushResultSchema.parse(JSON.parse(row.result)));
  }
  return stored;
}

/** The answer to a replay: the first result, marked as such. */
export function asAlreadyProcessed(first: PushResult): PushResult {
  if (first.status === 'alreadyProcessed') return first;
  return { ...first, status: 'alreadyProcessed', processedAs: first.status };
}

/**
 * Records results and advances the device's last mutation id, in the transaction that applied them: either
 * the changes and their results are both committed, or neither is, and a replay finds them together.
 * (Mutations are deduplicated by their stored result, not by the last id alone, so a device whose batches
 * arrive out of order, or that resends a retryable rejection, is still answered exactly once.)
 */
export async function saveResults(db: Kysely<Database>, deviceId: string, results: readonly PushResult[], at: string): Promise<void> {
  if (results.length === 0) return;
  for (const part of chunk(results)) {
    await db
      .insertInto('mutation_results')
      .values(part.map((r) => ({ device_id: deviceId, mutation_id: r.mutationId, status: r.status, result: JSON.stringify(r), created_at: at })))
      .execute();
  }
  const last = Math.max(...results.map((r) => r.mutationId));
  await db
    .insertInto('device_mutations')
    .values({ device_id: deviceId, last_mutation_id: last, updated_at: at })
    .onConflict((oc) =>
      oc.column('device_id').doUpdateSet((eb) => ({
        // Portable greatest(): SQLite's two-argument max() is not PostgreSQL's.
        last_mutation_id: eb
          .case()
          .when(eb.ref('excluded.last_mutation_id'), '>', eb.ref('device_mutations.last_mutation_id'))
          .then(eb.ref('excluded.last_mutation_id'))
          .else(eb.ref('device_mutations.last_mutation_id'))
          .end(),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
