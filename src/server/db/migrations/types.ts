import type { Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * A migration file's exports. Migrations see the database as it was when they were written, not the current
 * `Database` type, hence `Kysely<unknown>`. `dialect` is there for the rare unavoidable branch (`forDialect`).
 */
export type DialectMigration = {
  up: (db: Kysely<unknown>, dialect: SqlDialect) => Promise<void>;
  down?: (db: Kysely<unknown>, dialect: SqlDialect) => Promise<void>;
};
