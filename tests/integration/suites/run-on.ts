import { describe, it } from 'vitest';
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

/** Runs a suite on fresh schemas of `TEST_DATABASE_URL`; skipped (and says so) when it is not set. */
export function runOnPostgres(suite: Suite): void {
  const factory = postgresTestDatabasesFromEnv();
  if (factory) {
    suite(factory);
    return;
  }
  describe.skip('PostgreSQL', () => {
    it.skip('needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test', () => undefined);
  });
}
