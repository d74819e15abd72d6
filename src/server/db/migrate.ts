import { Migrator, type Kysely } from 'kysely';
import type { SqlDialect } from './dialect';
import type { Database } from './schema';
import { createMigrationProvider } from './migrations/index';

/** Runs every pending migration; returns the names it ran (empty when the database was up to date). */
export async function migrateToLatest(db: Kysely<Database>, dialect: SqlDialect): Promise<string[]> {
  const migrator = new Migrator({ db, provider: createMigrationProvider(dialect) });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error !== undefined || failed) {
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${cause.message}`, { cause });
  }
  return results.map((result) => result.migrationName);
}
