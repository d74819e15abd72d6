import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DatabaseConnection } from '../db/connect';
import type { SqlDialect } from '../db/dialect';

/** A fresh, empty database (not migrated) with its own data directory. */
export type TestDatabase = DatabaseConnection & {
  dataDir: string;
  /** What `connectDatabase` / `startServer` need to reach the same database (undefined for SQLite). */
  databaseUrl: string | undefined;
  /** Closes the connection and removes everything the database left behind. */
  destroy(): Promise<void>;
};

export type TestDatabaseFactory = { dialect: SqlDialect; create(): Promise<TestDatabase> };

/** Each database is a new SQLite file in a new temporary directory. */
export const sqliteTestDatabases: TestDatabaseFactory = {
  dialect: 'sqlite',
  async create() {
    const dataDir = await mkdtemp(join(tmpdir(), 'caunoi-test-'));
    const connection = await connectDatabase({ dataDir });
    return withCleanup(connection, dataDir, undefined, async () => {
      await rm(dataDir, { recursive: true, force: true });
    });
  },
};

/**
 * Each database is a new schema in the PostgreSQL database at `baseUrl`, selected through the connection's
 * `search_path`, and dropped afterwards: test files never see each other's tables.
 */
export function postgresTestDatabases(baseUrl: string): TestDatabaseFactory {
  return {
    dialect: 'postgres',
    async create() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      await runAdmin(baseUrl, `create schema ${schema}`);
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const databaseUrl = url.toString();
      const dataDir = await mkdtemp(join(tmpdir(), 'caunoi-pg-test-'));
      const connection = await connectDatabase({ databaseUrl, dataDir });
      return withCleanup(connection, dataDir, databaseUrl, async () => {
        await runAdmin(baseUrl, `drop schema if exists ${schema} cascade`);
        await rm(dataDir, { recursive: true, force: true });
      });
    },
  };
}

/** The PostgreSQL factory when `TEST_DATABASE_URL` is set, else undefined (the pg tests then skip). */
export function postgresTestDatabasesFromEnv(): TestDatabaseFactory | undefined {
  const url = process.env.TEST_DATABASE_URL;
  return url ? postgresTestDatabases(url) : undefined;
}

function withCleanup(
  connection: DatabaseConnection,
  dataDir: string,
  databaseUrl: string | undefined,
  cleanup: () => Promise<void>,
): TestDatabase {
  let destroyed = false;
  return {
    ...connection,
    dataDir,
    databaseUrl,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await connection.close();
      await cleanup();
    },
  };
}

async function runAdmin(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
