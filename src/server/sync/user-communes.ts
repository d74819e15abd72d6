import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The communes a user serves now, each with its province, read from the database rather than the access
 * token: a commune taken away from someone stops syncing on their next request, not 15 minutes later.
 */
export async function loadUserCommunes(db: Kysely<Database>, userId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('user_communes')
    .innerJoin('communes', 'communes.code', 'user_communes.commune_code')
    .select(['communes.code', 'communes.province_code'])
    .where('user_communes.user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.code, r.province_code]));
}
