import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { migrateToLatest } from '../../../src/server/db/migrate';
import { createMigrationProvider } from '../../../src/server/db/migrations/index';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';

const TABLES = [
  'provinces', 'communes', 'villages', 'users', 'user_communes', 'devices', 'refresh_tokens',
  // Sync (0004–0007).
  'citizens', 'citizen_links', 'dossiers', 'change_log', 'device_mutations', 'mutation_results', 'blobs', 'blob_uploaders',
  'record_attachments', 'receiving_agencies', 'official_code_sequences',
];

export function describeMigrations(factory: TestDatabaseFactory): void {
  describe(`migrations (${factory.dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await factory.create();
    });
    afterAll(() => database?.destroy());

    it('creates every table on a fresh database', async () => {
      expect(await database.db.introspection.getTables()).toEqual([]);
      const ran = await migrateToLatest(database.db, database.dialect);
      expect(ran).toEqual(
        expect.arrayContaining([
          '0001-administrative-units', '0002-accounts', '0003-villages', '0004-sync-records', '0005-sync-log', '0006-blobs',
          '0007-official-codes',
        ]),
      );
      const tables = (await database.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(TABLES));
    });

    it('does nothing when run again', async () => {
      expect(await migrateToLatest(database.db, database.dialect)).toEqual([]);
    });

    it('stores only a hash of refresh tokens', async () => {
      const table = (await database.db.introspection.getTables()).find((t) => t.name === 'refresh_tokens');
      const columns = table?.columns.map((c) => c.name) ?? [];
      expect(columns).toContain('token_hash');
      expect(columns).not.toContain('token');
    });

    it('enforces foreign keys and the role check on this dialect', async () => {
      const now = new Date().toISOString();
      const user = { display_name: 'x', password_hash: 'x', active: 1, created_at: now, updated_at: now };
      await expect(
        database.db.insertInto('users').values({ ...user, id: 'u1', username: 'u1', role: 'mayor' as 'staff' }).execute(),
      ).rejects.toThrow();
      await database.db.insertInto('users').values({ ...user, id: 'u2', username: 'u2', role: 'staff' }).execute();
      await expect(
        database.db.insertInto('user_communes').values({ user_id: 'u2', commune_code: '99999' }).execute(),
      ).rejects.toThrow();
      await expect(
        database.db.insertInto('users').values({ ...user, id: 'u3', username: 'u2', role: 'staff' }).execute(),
      ).rejects.toThrow();
    });

    it('never reuses a change-log number, even after the newest entry is deleted', async () => {
      const entry = { entity: 'citizen', entity_id: 'x', commune_code: '14923', revision: 1, created_at: new Date().toISOString() };
      const first = await database.db.insertInto('change_log').values(entry).returning('seq').executeTakeFirstOrThrow();
      await database.db.deleteFrom('change_log').where('seq', '=', first.seq).execute();
      const second = await database.db.insertInto('change_log').values(entry).returning('seq').executeTakeFirstOrThrow();
      expect(Number(second.seq)).toBeGreaterThan(Number(first.seq));
    });

    it('can undo the sync tables and redo them', async () => {
      const migrator = new Migrator({ db: database.db, provider: createMigrationProvider(database.dialect) });
      const { error } = await migrator.migrateTo('0003-villages');
      expect(error).toBeUndefined();
      const tables = (await database.db.introspection.getTables()).map((t) => t.name);
      expect(tables).not.toContain('citizens');
      expect(tables).toContain('villages');
      expect(await migrateToLatest(database.db, database.dialect)).toContain('0007-official-codes');
    });
  });
}
