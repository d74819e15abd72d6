import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/server/db/migrate';
import { seedDatabase } from '../../../src/server/db/seed';
import { hashPassword } from '../../../src/server/auth/passwords';
import { FAST_PASSWORD_HASH, TEST_PASSWORD } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';

const FORMER_BA_THUOC = ['14923', '14932', '14950', '14953', '14956', '14959', '14974', '14980'];

export function describeSeed(factory: TestDatabaseFactory): void {
  describe(`seed (${factory.dialect})`, () => {
    let database: TestDatabase;
    const count = async (table: 'provinces' | 'communes' | 'users' | 'villages' | 'user_communes') => {
      const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const seed = () => seedDatabase(database.db, { passwordHashOptions: FAST_PASSWORD_HASH });

    beforeAll(async () => {
      database = await factory.create();
      await migrateToLatest(database.db, database.dialect);
    });
    afterAll(() => database?.destroy());

    it('loads all 34 provinces and 3,321 communes, and the demo data', async () => {
      const accounts = await seed();
      expect(await count('provinces')).toBe(34);
      expect(await count('communes')).toBe(3321);
      const baThuoc = await database.db.selectFrom('communes').selectAll().where('code', '=', '14923').executeTakeFirst();
      expect(baThuoc).toEqual({ code: '14923', name: 'Xã Bá Thước', province_code: '38' });
      expect(accounts.map((a) => [a.username, a.role])).toEqual([
        ['canbo.bathuoc', 'staff'],
        ['mot.cua.bathuoc', 'officer'],
        ['quantri', 'admin'],
        ['canbo.thietong', 'staff'],
      ]);
      expect(accounts.every((a) => a.active && a.password === TEST_PASSWORD)).toBe(true);
      const villages = await database.db.selectFrom('villages').select('name').where('commune_code', '=', '14923').execute();
      expect(villages.map((v) => v.name).sort()).toEqual(['Thôn 1', 'Thôn 2', 'Thôn 3', 'Thôn 4']);
    });

    it('gives the admin the 8 former Bá Thước communes and hashes passwords with argon2id', async () => {
      const admin = await database.db.selectFrom('users').selectAll().where('username', '=', 'quantri').executeTakeFirstOrThrow();
      expect(admin.password_hash).toMatch(/^\$argon2id\$/);
      const communes = await database.db
        .selectFrom('user_communes')
        .select('commune_code')
        .where('user_id', '=', admin.id)
        .orderBy('commune_code')
        .execute();
      expect(communes.map((c) => c.commune_code)).toEqual(FORMER_BA_THUOC);
    });

    it('is idempotent and keeps changes made after it', async () => {
      const before = { users: await count('users'), links: await count('user_communes'), villages: await count('villages') };
      const changed = await hashPassword('a-new-password', FAST_PASSWORD_HASH);
      await database.db.updateTable('users').set({ password_hash: changed }).where('username', '=', 'quantri').execute();

      const accounts = await seed();
      expect(await count('communes')).toBe(3321);
      expect(await count('provinces')).toBe(34);
      expect({ users: await count('users'), links: await count('user_communes'), villages: await count('villages') }).toEqual(before);
      const admin = await database.db.selectFrom('users').select('password_hash').where('username', '=', 'quantri').executeTakeFirstOrThrow();
      expect(admin.password_hash).toBe(changed);
      // The banner must not advertise a password that no longer works.
      expect(accounts.find((a) => a.username === 'quantri')?.password).toBeNull();
    });
  });
}
