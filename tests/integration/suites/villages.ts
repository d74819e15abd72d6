import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunesResponse, ProvincesResponse } from '../../../src/server/routes/communes';
import type { Village } from '../../../src/server/routes/villages';
import { bearer, createTestApp, signInAs, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';

type ErrorReply = { error: { code: string; message: string } };

export function describeVillages(factory: TestDatabaseFactory): void {
  describe(`communes and villages (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    const tokens: Record<string, string> = {};
    const listVillages = (commune: string, as: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/villages?commune=${commune}`, headers: bearer(tokens[as]!) });
    const addVillage = (payload: Record<string, unknown>, as: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/villages', payload, headers: bearer(tokens[as]!) });

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      for (const username of ['canbo.bathuoc', 'canbo.thietong', 'quantri']) {
        tokens[username] = (await signInAs(t.app, username)).accessToken;
      }
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    describe('address reference data (public)', () => {
      it('lists the 34 provinces and the 166 communes of Thanh Hóa', async () => {
        const provinces = await t.app.inject({ method: 'GET', url: '/api/v1/provinces' });
        expect(provinces.json<ProvincesResponse>().provinces).toHaveLength(34);
        const response = await t.app.inject({ method: 'GET', url: '/api/v1/communes?province=38' });
        expect(response.statusCode).toBe(200);
        expect(response.headers['cache-control']).toBe('public, max-age=86400');
        const { communes } = response.json<CommunesResponse>();
        expect(communes).toHaveLength(166);
        expect(communes).toContainEqual({ code: '14923', name: 'Xã Bá Thước', provinceCode: '38' });
      });

      it('answers 404 for an unknown province and 400 for a malformed one', async () => {
        const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/communes?province=99' });
        expect(unknown.statusCode).toBe(404);
        const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/communes?province=thanh-hoa' });
        expect(malformed.statusCode).toBe(400);
        expect(malformed.json<ErrorReply>().error.code).toBe('validation-failed');
      });
    });

    describe('villages', () => {
      it('requires sign-in', async () => {
        const response = await t.app.inject({ method: 'GET', url: '/api/v1/villages?commune=14923' });
        expect(response.statusCode).toBe(401);
      });

      it("lists the villages of the user's commune", async () => {
        const response = await listVillages('14923', 'canbo.bathuoc');
        expect(response.statusCode).toBe(200);
        const { villages } = response.json<{ villages: Village[] }>();
        expect(villages.map((v) => v.name)).toEqual(['Thôn 1', 'Thôn 2', 'Thôn 3', 'Thôn 4']);
      });

      it('keeps staff of Thiết Ống out of Bá Thước', async () => {
        const read = await listVillages('14923', 'canbo.thietong');
        expect(read.statusCode).toBe(403);
        expect(read.json<ErrorReply>().error.code).toBe('forbidden');
        const id = randomUUID();
        const write = await addVillage({ id, communeCode: '14923', name: 'Thôn lạ' }, 'canbo.thietong');
        expect(write.statusCode).toBe(403);
        expect(await t.db.selectFrom('villages').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
        expect((await listVillages('14980', 'canbo.thietong')).statusCode).toBe(200);
      });

      it('lets the admin read every commune it is assigned to', async () => {
        expect((await listVillages('14923', 'quantri')).statusCode).toBe(200);
        expect((await listVillages('14956', 'quantri')).statusCode).toBe(200);
        expect((await listVillages('14812', 'quantri')).statusCode).toBe(403);
      });

      it('adds a village once, however often the request is replayed', async () => {
        const id = randomUUID();
        // Typed in decomposed form (NFD), as some keyboards do; stored composed (NFC).
        const payload = { id, communeCode: '14923', name: '  Bản  Lửng '.normalize('NFD') };
        const created = await addVillage(payload, 'canbo.bathuoc');
        expect(created.statusCode).toBe(201);
        const { village } = created.json<{ village: Village }>();
        expect(village).toMatchObject({ id, communeCode: '14923', name: 'Bản Lửng' });
        expect(village.name).toBe('Bản Lửng'.normalize('NFC'));

        const replayed = await addVillage(payload, 'canbo.bathuoc');
        expect(replayed.statusCode).toBe(200);
        expect(replayed.json<{ village: Village }>().village).toEqual(village);
        const rows = await t.db.selectFrom('villages').select('id').where('id', '=', id).execute();
        expect(rows).toHaveLength(1);
        const names = (await listVillages('14923', 'canbo.bathuoc')).json<{ villages: Village[] }>().villages.map((v) => v.name);
        expect(names).toContain('Bản Lửng');
      });

      it('refuses an id already used in another commune', async () => {
        const id = randomUUID();
        expect((await addVillage({ id, communeCode: '14923', name: 'Thôn 5' }, 'quantri')).statusCode).toBe(201);
        const clash = await addVillage({ id, communeCode: '14980', name: 'Thôn 5' }, 'quantri');
        expect(clash.statusCode).toBe(409);
        expect(clash.json<ErrorReply>().error.code).toBe('id-conflict');
      });

      it('validates the body', async () => {
        const response = await addVillage({ id: 'not-a-uuid', communeCode: '14923', name: ' ' }, 'canbo.bathuoc');
        expect(response.statusCode).toBe(400);
        const { error } = response.json<{ error: { code: string; details: { path: string }[] } }>();
        expect(error.details.map((d) => d.path).sort()).toEqual(['id', 'name']);
      });
    });
  });
}
