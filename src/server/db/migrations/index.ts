import type { Migration, MigrationProvider } from 'kysely';
import type { SqlDialect } from '../dialect';
import type { DialectMigration } from './types';
import * as administrativeUnits from './0001-administrative-units';
import * as accounts from './0002-accounts';
import * as villages from './0003-villages';
import * as syncRecords from './0004-sync-records';
import * as syncLog from './0005-sync-log';
import * as blobs from './0006-blobs';
import * as officialCodes from './0007-official-codes';
import * as languagePacks from './0008-language-packs';
import * as recoveryKeys from './0009-recovery-keys';
import * as backOffice from './0012-back-office';
import * as agencyKeys from './0013-agency-keys';
import * as citizenAudit from './0014-citizen-audit';
import * as audioPrompts from './0015-audio-prompts';
import * as citizenAccounts from './0016-citizen-accounts';

// Migrations are listed here, in code, rather than read from a folder at run time: the server runs under
// tsx without a build step and a static list cannot miss a file.
//
// To add one: create `NNNN-what-it-does.ts` next to this file (next free four-digit number) exporting
// `up(db: Kysely<unknown>, dialect)` and, when it can be undone, `down`; write portable DDL (text timestamps,
// integer booleans) and branch with `forDialect` only where unavoidable; then add one line below.
// Never edit or renumber a migration that has shipped: Kysely refuses to run when history diverges.
const migrations: Record<string, DialectMigration> = {
  '0001-administrative-units': administrativeUnits,
  '0002-accounts': accounts,
  '0003-villages': villages,
  '0004-sync-records': syncRecords,
  '0005-sync-log': syncLog,
  '0006-blobs': blobs,
  '0007-official-codes': officialCodes,
  '0008-language-packs': languagePacks,
  '0009-recovery-keys': recoveryKeys,
  '0012-back-office': backOffice,
  '0013-agency-keys': agencyKeys,
  '0014-citizen-audit': citizenAudit,
  '0015-audio-prompts': audioPrompts,
  '0016-citizen-accounts': citizenAccounts,
};

/** A Kysely `MigrationProvider` that hands each migration the dialect it runs on. */
export function createMigrationProvider(dialect: SqlDialect): MigrationProvider {
  const bound: Record<string, Migration> = {};
  for (const [name, migration] of Object.entries(migrations)) {
    const { down } = migration;
    bound[name] = {
      up: (db) => migration.up(db, dialect),
      ...(down ? { down: (db) => down(db, dialect) } : {}),
    };
  }
  return { getMigrations: () => Promise.resolve(bound) };
}
