import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Change, type PullResponse } from '../../../src/shared/protocol';
import { bearer, createTestApp, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { DEMO_VILLAGES } from '../../../src/server/db/demo-data';
import { addressIn, citizenFields, connectDevice, type SyncDevice } from '../support/sync-device';

type ErrorReply = { error: { code: string } };

export function describeSyncPull(factory: TestDatabaseFactory): void {
  describe(`sync pull (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let bathuoc: SyncDevice;
    let thietong: SyncDevice;
    let admin: SyncDevice;

    const ids = (changes: Change[], entity: Change['entity'] = 'citizen') => changes.filter((c) => c.entity === entity).map((c) => c.entityId);

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      bathuoc = await connectDevice(t.app, 'canbo.bathuoc');
      thietong = await connectDevice(t.app, 'canbo.thietong');
      admin = await connectDevice(t.app, 'quantri');
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('brings villages made outside sync (the seed, POST /villages) to devices', async () => {
      const first = await bathuoc.pullAll();
      expect(ids(first.changes, 'village').sort()).toEqual(DEMO_VILLAGES.map((v) => v.id).sort());
      expect(first.changes.find((c) => c.entityId === DEMO_VILLAGES[0].id)).toMatchObject({
        revision: 1,
        deleted: false,
        fields: { communeCode: '14923', name: 'Thôn 1' },
      });
      const id = randomUUID();
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/villages',
        payload: { id, communeCode: '14923', name: 'Bản Đôn' },
        headers: bearer(bathuoc.token),
      });
      expect(created.statusCode).toBe(201);
      const next = await bathuoc.pullAll(first.cursor);
      expect(ids(next.changes, 'village')).toEqual([id]);
    });

    it('pages through the changes after a cursor, each record once', async () => {
      const start = (await bathuoc.pullAll()).cursor;
      const created = Array.from({ length: 25 }, () => randomUUID());
      await bathuoc.push(created.map((id) => bathuoc.mutation('citizen', id, citizenFields())));
      // Edited twice more: still one change, at the latest revision.
      await bathuoc.push([bathuoc.mutation('citizen', created[0]!, { phone: '0911000001' }, { baseRevision: 1 })]);
      await bathuoc.push([bathuoc.mutation('citizen', created[0]!, { phone: '0911000002' }, { baseRevision: 2 })]);

      const pages: Change[][] = [];
      let cursor = start;
      for (;;) {
        const page = await bathuoc.pull(cursor, 10);
        pages.push(page.changes);
        expect(page.changes.length).toBeLessThanOrEqual(10);
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
      const all = pages.flat();
      expect(new Set(ids(all)).size).toBe(25);
      expect(ids(all).sort()).toEqual([...created].sort());
      const seqs = all.map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(all.find((c) => c.entityId === created[0])).toMatchObject({ revision: 3, fields: { phone: '0911000002' } });

      // Caught up: the next pull is empty, and small.
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sync/pull',
        payload: { protocolVersion: PROTOCOL_VERSION, cursor },
        headers: { ...bearer(bathuoc.token), 'accept-encoding': 'br, gzip' },
      });
      // Nothing new: the same cursor, and the catalog's tag so the device need not ask for it (protocol 2).
      const { resources, ...page } = response.json<PullResponse>();
      expect(page).toEqual({ changes: [], cursor, hasMore: false });
      expect(resources?.catalog).toMatch(/^".+"$/);
      const headerBytes = Object.entries(response.headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0);
      // The answer's share of "an empty incremental sync is under 2 KB" (the request, with its token, is the rest).
      expect(headerBytes + response.rawPayload.length).toBeLessThan(700);
    });

    it('sends whole records with their field clocks and conflict history', async () => {
      const { cursor } = await bathuoc.pullAll();
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', id, citizenFields({ phone: '0900000000' }))]);
      const other = await connectDevice(t.app, 'canbo.bathuoc');
      const late = other.mutation('citizen', id, { phone: '0922222222' }, { baseRevision: 1, at: Date.now() + 60_000 });
      const early = bathuoc.mutation('citizen', id, { phone: '0911111111' }, { baseRevision: 1, at: Date.now() + 30_000 });
      await other.push([late]);
      await bathuoc.push([early]);
      const change = (await bathuoc.pullAll(cursor)).changes.find((c) => c.entityId === id)!;
      expect(change.fields).toMatchObject({ fullName: 'Hà Thị Xuân', phone: '0922222222' });
      expect(change.fieldClocks.phone).toBe(late.hlc);
      expect(change.history).toEqual([expect.objectContaining({ field: 'phone', value: '0911111111', hlc: early.hlc, winner: late.hlc })]);
    });

    it("shows a user only their communes' records", async () => {
      const mine = randomUUID();
      const theirs = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', mine, citizenFields())]);
      await thietong.push([thietong.mutation('citizen', theirs, citizenFields({ address: addressIn('14980') }))]);
      const seenByBathuoc = ids((await bathuoc.pullAll()).changes);
      const seenByThietong = (await thietong.pullAll()).changes;
      expect(seenByBathuoc).toContain(mine);
      expect(seenByBathuoc).not.toContain(theirs);
      expect(ids(seenByThietong)).toEqual([theirs]);
      expect(seenByThietong.every((c) => c.entity !== 'village' || c.fields.communeCode === '14980')).toBe(true);
      const seenByAdmin = ids((await admin.pullAll()).changes);
      expect(seenByAdmin).toEqual(expect.arrayContaining([mine, theirs]));
    });

    it('tells the old commune when a record moves out of it, without its data', async () => {
      const id = randomUUID();
      await admin.push([admin.mutation('citizen', id, citizenFields())]);
      const { cursor } = await bathuoc.pullAll();
      const thietongCursor = (await thietong.pullAll()).cursor;
      const moved = await admin.push([admin.mutation('citizen', id, { address: addressIn('14980') }, { baseRevision: 1 })]);
      expect(moved.results[0]).toMatchObject({ status: 'applied', revision: 2 });
      const gone = (await bathuoc.pullAll(cursor)).changes.filter((c) => c.entityId === id);
      expect(gone).toEqual([{ entity: 'citizen', entityId: id, revision: 2, seq: expect.any(Number) as number, deleted: true, fields: {}, fieldClocks: {} }]);
      const arrived = (await thietong.pullAll(thietongCursor)).changes.filter((c) => c.entityId === id);
      expect(arrived).toHaveLength(1);
      expect(arrived[0]).toMatchObject({ deleted: false, revision: 2, fields: { fullName: 'Hà Thị Xuân' } });
    });

    it('sends deletions as tombstones', async () => {
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', id, citizenFields())]);
      const { cursor } = await bathuoc.pullAll();
      await bathuoc.push([bathuoc.mutation('citizen', id, {}, { op: 'delete', baseRevision: 1 })]);
      const { changes } = await bathuoc.pullAll(cursor);
      expect(changes).toEqual([expect.objectContaining({ entityId: id, deleted: true, revision: 2, fields: {} })]);
    });

    it('starts again from the beginning when the user serves other communes', async () => {
      const { cursor } = await thietong.pullAll();
      expect((await thietong.pull(cursor)).changes).toEqual([]);
      const user = await t.db.selectFrom('users').select('id').where('username', '=', 'canbo.thietong').executeTakeFirstOrThrow();
      await t.db.insertInto('user_communes').values({ user_id: user.id, commune_code: '14923' }).execute();
      try {
        const again = await thietong.pullAll(cursor);
        expect(ids(again.changes, 'village')).toEqual(expect.arrayContaining(DEMO_VILLAGES.map((v) => v.id)));
        expect(again.cursor).not.toBe(cursor);
      } finally {
        await t.db.deleteFrom('user_communes').where('user_id', '=', user.id).where('commune_code', '=', '14923').execute();
      }
    });

    it('refuses a cursor it did not make, and a bad request', async () => {
      const post = (payload: Record<string, unknown>) =>
        t.app.inject({ method: 'POST', url: '/api/v1/sync/pull', payload, headers: bearer(bathuoc.token) });
      const bad = await post({ protocolVersion: PROTOCOL_VERSION, cursor: 'yesterday' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ErrorReply>().error.code).toBe('cursor-invalid');
      expect((await post({ protocolVersion: PROTOCOL_VERSION, cursor: '', limit: 0 })).json<ErrorReply>().error.code).toBe('validation-failed');
      expect((await post({ protocolVersion: 99, cursor: '' })).statusCode).toBe(409);
      const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/sync/pull', payload: { protocolVersion: PROTOCOL_VERSION, cursor: '' } });
      expect(anonymous.statusCode).toBe(401);
    });
  });
}
