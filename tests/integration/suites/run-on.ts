import {
  postgresTestDatabasesFromEnv,
  sqliteTestDatabases,
  type TestDatabaseFactory,
} from '../../../src/server/testing/test-database';

export type Suite = (factory: TestDatabaseFactory) => void;

/** Runs a suite on fresh SQLite files in temporary directories. */
export function runOnSqlite(suite: Suite): void {
  suite(sqliteTestDatabases);
}

/**
 * Runs a suite on fresh schemas of `TEST_DATABASE_URL`. Without it the pg project fails loudly instead of
 * skipping: `npm test` only runs that project when the variable is set, and CI always sets it.
 */
export function runOnPostgres(suite: Suite): void {
  const factory = postgresTestDatabasesFromEnv();
  if (factory) {
    suite(factory);
    return;
  }
  throw new Error('The PostgreSQL suites need TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test');
}
