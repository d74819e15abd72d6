import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { SqlDialect } from './dialect';
import type { Database } from './schema';

export type ConnectOptions = {
  /** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else (or nothing) selects SQLite. */
  databaseUrl?: string | undefined;
  /** Where the SQLite file lives (`<dataDir>/caunoi.sqlite`). */
  dataDir: string;
  /** Called when an idle PostgreSQL connection fails (without a listener the process would crash). */
  onPoolError?: (error: Error) => void;
};

export type DatabaseConnection = {
  db: Kysely<Database>;
  dialect: SqlDialect;
  close(): Promise<void>;
};

export const SQLITE_FILE_NAME = 'caunoi.sqlite';

export function isPostgresUrl(databaseUrl: string | undefined): databaseUrl is string {
  return databaseUrl !== undefined && /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/** The one place where the SQL dialect is chosen. */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseConnection> {
  const db = isPostgresUrl(options.databaseUrl)
    ? connectPostgres(options.databaseUrl, options.onPoolError)
    : await connectSqlite(options.dataDir);
  return { db: db.db, dialect: db.dialect, close: () => db.db.destroy() };
}

function connectPostgres(connectionString: string, onPoolError?: (error: Error) => void) {
  // A schema can be chosen in the URL: `?options=-c%20search_path%3Dmy_schema` (pg passes it to the server).
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('error', onPoolError ?? (() => undefined));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' as const };
}

async function connectSqlite(dataDir: string) {
  await mkdir(dataDir, { recursive: true });
  const database = new SqliteDatabase(join(dataDir, SQLITE_FILE_NAME));
  // WAL lets readers run during a write; busy_timeout makes a second writer wait instead of failing.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // FULL, not the usual NORMAL for WAL: a client deletes its outbox entry once the server acknowledges a
  // change, so an acknowledged commit must survive the power cuts common in mountain communes.
  database.pragma('synchronous = FULL');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), dialect: 'sqlite' as const };
}
