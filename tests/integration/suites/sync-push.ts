import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS, type Mutation, type PushResult } from '../../../src/shared/protocol';
import { createTestApp, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { addressIn, citizenFields, connectDevice, newCitizenIdNumber, type SyncDevice } from '../support/sync-device';

type ErrorReply = { error: { code: string; details?: unknown } };

export function describeSyncPush(factory: TestDatabaseFactory): void {
  describe(`sync push (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let bathuoc: SyncDevice;
    let thietong: SyncDevice;

    const citizenRow = (id: string) => t.db.selectFrom('citizens').selectAll().where('id', '=', id).executeTakeFirst();
    const fieldsOf = async (id: string) => JSON.parse((await citizenRow(id))!.fields) as Record<string, unknown>;
    const countRows = async (table: 'citizens' | 'change_log' | 'mutation_results' | 'citizen_links') =>
      Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const snapshot = async () => ({
      citizens: await t.db.selectFrom('citizens').select(['id', 'revision', 'fields']).orderBy('id').execute(),
      log: await t.db.selectFrom('change_log').select(['seq', 'entity_id', 'revision']).orderBy('seq').execute(),
      results: await countRows('mutation_results'),
    });
    const statuses = (results: PushResult[]) => results.map((r) => r.status);

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      bathuoc = await connectDevice(t.app, 'canbo.bathuoc');
      thietong = await connectDevice(t.app, 'canbo.thietong');
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('applies a batch in one go and records every result', async () => {
      const a = randomUUID();
      const b = randomUUID();
      const village = randomUUID();
      const batch = [
        bathuoc.mutation('citizen', a, citizenFields()),
        bathuoc.mutation('citizen', b, citizenFields({ fullName: 'Lò Văn Pâng', sex: 'male', citizenId: '038095123456', birthDate: '1995-01-02' })),
        bathuoc.mutation('village', village, { communeCode: '14923', name: ' Bản  Hiêu ' }),
      ];
      const { results } = await bathuoc.push(batch);
      expect(results).toEqual([
        { mutationId: batch[0]!.mutationId, status: 'applied', entityId: a, revision: 1 },
        { mutationId: batch[1]!.mutationId, status: 'applied', entityId: b, revision: 1 },
        { mutationId: batch[2]!.mutationId, status: 'applied', entityId: village, revision: 1 },
      ]);
      const row = await citizenRow(b);
      expect(row).toMatchObject({ commune_code: '14923', province_code: '38', id_number: '038095123456', full_name: 'Lò Văn Pâng', revision: 1 });
      const stored = await t.db.selectFrom('villages').selectAll().where('id', '=', village).executeTakeFirstOrThrow();
      expect(stored.name).toBe('Bản Hiêu');
      const device = await t.db.selectFrom('device_mutations').selectAll().where('device_id', '=', bathuoc.deviceId).executeTakeFirstOrThrow();
      expect(device.last_mutation_id).toBe(batch[2]!.mutationId);
      const logged = await t.db.selectFrom('change_log').select('entity_id').where('entity_id', 'in', [a, b, village]).execute();
      expect(logged).toHaveLength(3);
    });

    it('answers a replayed batch with the stored results and changes nothing', async () => {
      const batch = [bathuoc.mutation('citizen', randomUUID(), citizenFields()), bathuoc.mutation('citizen', randomUUID(), citizenFields())];
      const first = await bathuoc.push(batch);
      const before = await snapshot();
      const replay = await bathuoc.push(batch);
      expect(replay.results).toEqual(first.results.map((r) => ({ ...r, status: 'alreadyProcessed', processedAs: 'applied' })));
      expect(await snapshot()).toEqual(before);
    });

    it('applies duplicated and reordered batches exactly once', async () => {
      const id = randomUUID();
      const create = bathuoc.mutation('citizen', id, citizenFields({ phone: '0912000001' }));
      const rename = bathuoc.mutation('citizen', id, { fullName: 'Hà Thị Xuân Mai' }, { baseRevision: 1 });
      const rephone = bathuoc.mutation('citizen', id, { phone: '0912000002' }, { baseRevision: 1 });
      // The second batch overtakes the first; then everything arrives again, shuffled and duplicated.
      const second = await bathuoc.push([rename, rephone]);
      // Without the record they patch, the patches are incomplete citizens: refused, and recorded as such.
      expect(statuses(second.results)).toEqual(['rejected', 'rejected']);
      await bathuoc.push([create]);
      const again = await bathuoc.push([rephone, create, rename, create, rephone]);
      expect(statuses(again.results)).toEqual(['alreadyProcessed', 'alreadyProcessed', 'alreadyProcessed', 'alreadyProcessed', 'alreadyProcessed']);
      expect(again.results.map((r) => r.processedAs)).toEqual(['rejected', 'applied', 'rejected', 'applied', 'rejected']);
      const row = await citizenRow(id);
      expect(row?.revision).toBe(1);
      expect(JSON.parse(row!.fields)).toMatchObject({ phone: '0912000001' });

      // Mutations that arrive in order, duplicated within one batch, apply once each.
      const again2 = bathuoc.mutation('citizen', id, { phone: '0912000003' }, { baseRevision: 1 });
      const { results } = await bathuoc.push([again2, again2]);
      expect(statuses(results)).toEqual(['applied', 'alreadyProcessed']);
      expect((await citizenRow(id))?.revision).toBe(2);
    });

    it('answers a push whose response was lost with the stored result, even after newer edits', async () => {
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', id, citizenFields())]);
      const other = await connectDevice(t.app, 'canbo.bathuoc');
      const mine = bathuoc.mutation('citizen', id, { phone: '0987000001' }, { baseRevision: 1 });
      const first = await bathuoc.push([mine]); // committed; pretend the response never arrived
      await other.push([other.mutation('citizen', id, { phone: '0987000002' }, { baseRevision: 2 })]);
      const replay = await bathuoc.push([mine]);
      expect(replay.results).toEqual([{ ...first.results[0], status: 'alreadyProcessed', processedAs: 'applied' }]);
      expect(await fieldsOf(id)).toMatchObject({ phone: '0987000002' });
      expect((await citizenRow(id))?.revision).toBe(3);
    });

    it('records a rejected mutation with its reason, and applies the rest of the batch', async () => {
      const good1 = bathuoc.mutation('citizen', randomUUID(), citizenFields());
      // A woman's CCCD (sex digit 1) on a man: the domain rule names the field and the reason.
      const bad = bathuoc.mutation('citizen', randomUUID(), citizenFields({ sex: 'male' }));
      const good2 = bathuoc.mutation('citizen', randomUUID(), citizenFields());
      const { results } = await bathuoc.push([good1, bad, good2]);
      expect(statuses(results)).toEqual(['applied', 'rejected', 'applied']);
      expect(results[1]!.error).toEqual({
        code: 'citizenId.sexMismatch',
        params: { path: 'citizenId', errors: [{ path: 'citizenId', code: 'citizenId.sexMismatch' }] },
      });
      expect(await citizenRow(bad.entityId)).toBeUndefined();
      const recorded = await t.db
        .selectFrom('mutation_results')
        .selectAll()
        .where('device_id', '=', bathuoc.deviceId)
        .where('mutation_id', '=', bad.mutationId)
        .executeTakeFirstOrThrow();
      expect(recorded.status).toBe('rejected');
      // Final: the same answer however often it is sent, so it is never retried forever.
      const replay = await bathuoc.push([bad]);
      expect(replay.results[0]).toMatchObject({ status: 'alreadyProcessed', processedAs: 'rejected', error: results[1]!.error });
    });

    it('refuses fields the record does not have, and a mismatched id', async () => {
      const id = randomUUID();
      const { results } = await bathuoc.push([
        bathuoc.mutation('citizen', id, { ...citizenFields(), favouriteColour: 'blue' }),
        bathuoc.mutation('citizen', id, { ...citizenFields(), id: randomUUID() }),
        bathuoc.mutation('village', randomUUID(), { communeCode: '14923', name: 'Bản Mới', chief: 'x' }),
      ]);
      expect(results.map((r) => r.error?.code)).toEqual(['field-unknown', 'entity-id-mismatch', 'field-unknown']);
      expect(results[0]!.error?.params).toEqual({ fields: ['favouriteColour'] });
    });

    it("keeps each user to their own communes' records", async () => {
      const inBathuoc = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', inBathuoc, citizenFields())]);
      const { results } = await thietong.push([
        thietong.mutation('citizen', randomUUID(), citizenFields()), // address in 14923
        thietong.mutation('citizen', inBathuoc, { phone: '0911111111' }, { baseRevision: 1 }),
        thietong.mutation('village', randomUUID(), { communeCode: '14923', name: 'Thôn Lạ' }),
        thietong.mutation('citizen', randomUUID(), citizenFields({ address: addressIn('14980') })),
      ]);
      expect(results.map((r) => r.error?.code ?? r.status)).toEqual(['forbidden-commune', 'forbidden-commune', 'forbidden-commune', 'applied']);
      expect((await citizenRow(inBathuoc))?.revision).toBe(1);
    });

    it('refuses a commune of another province', async () => {
      const { results } = await bathuoc.push([bathuoc.mutation('citizen', randomUUID(), citizenFields({ address: addressIn('14923', '01') }))]);
      expect(results[0]!.error?.code).toBe('address-province-mismatch');
    });

    it('links a second registration of the same ID number to the first record', async () => {
      const idNumber = newCitizenIdNumber();
      const first = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', first, citizenFields({ citizenId: idNumber, phone: '0912345678' }))]);
      const tablet2 = await connectDevice(t.app, 'canbo.bathuoc');
      const second = randomUUID();
      // Registered again on another tablet, offline, with a new phone number and spaces in the ID number.
      const dup = tablet2.mutation('citizen', second, citizenFields({ citizenId: `${idNumber.slice(0, 6)} ${idNumber.slice(6)}`, phone: '0987654321' }));
      const { results } = await tablet2.push([dup]);
      expect(results).toEqual([{ mutationId: dup.mutationId, status: 'linked', entityId: second, linkedTo: first, revision: 2 }]);
      expect(await citizenRow(second)).toBeUndefined();
      const merged = await citizenRow(first);
      expect(JSON.parse(merged!.fields)).toMatchObject({ phone: '0987654321' });
      // The first phone lost to a concurrent registration: kept in the history, not dropped.
      expect(JSON.parse(merged!.history)).toContainEqual(expect.objectContaining({ field: 'phone', value: '0912345678', revision: 2 }));
      const link = await t.db.selectFrom('citizen_links').selectAll().where('alias_id', '=', second).executeTakeFirstOrThrow();
      expect(link.citizen_id).toBe(first);

      // Later edits under the device's old id reach the one record.
      const edit = tablet2.mutation('citizen', second, { oldIdNumber: '123456789' }, { baseRevision: 0 });
      const { results: later } = await tablet2.push([edit]);
      expect(later[0]).toMatchObject({ status: 'linked', linkedTo: first, revision: 3 });
      expect(await fieldsOf(first)).toMatchObject({ oldIdNumber: '123456789' });
      // Deleting the alias does not delete the person.
      const { results: deleted } = await tablet2.push([tablet2.mutation('citizen', second, {}, { op: 'delete' })]);
      expect(deleted[0]).toMatchObject({ status: 'linked', linkedTo: first });
      expect((await citizenRow(first))?.deleted).toBe(0);
    });

    it('refuses to give an existing record an ID number another citizen holds', async () => {
      const taken = newCitizenIdNumber();
      const holder = randomUUID();
      const other = randomUUID();
      await bathuoc.push([
        bathuoc.mutation('citizen', holder, citizenFields({ citizenId: taken })),
        bathuoc.mutation('citizen', other, citizenFields()),
      ]);
      const { results } = await bathuoc.push([bathuoc.mutation('citizen', other, { citizenId: taken }, { baseRevision: 1 })]);
      expect(results[0]!.error).toEqual({ code: 'citizen-id-taken', params: { citizenId: holder } });
    });

    it('merges edits to different fields and settles the same field by HLC, keeping the loser', async () => {
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', id, citizenFields({ phone: '0900000000' }))]);
      const tabletA = await connectDevice(t.app, 'canbo.bathuoc');
      const tabletB = await connectDevice(t.app, 'canbo.bathuoc');
      // Both edited revision 1 offline. A's phone edit is earlier than B's; A also edits the name.
      const now = Date.now();
      const fromA = tabletA.mutation('citizen', id, { phone: '0911111111', fullName: 'Hà Thị Xuân Mai' }, { baseRevision: 1, at: now + 10_000 });
      const fromB = tabletB.mutation('citizen', id, { phone: '0922222222', preferredLanguage: 'vi' }, { baseRevision: 1, at: now + 20_000 });
      // B reaches the server first, then A: A's phone is too old to win, and is kept.
      await tabletB.push([fromB]);
      const { results } = await tabletA.push([fromA]);
      expect(results[0]).toMatchObject({ status: 'applied', revision: 3 });
      const row = await citizenRow(id);
      expect(JSON.parse(row!.fields)).toMatchObject({ phone: '0922222222', fullName: 'Hà Thị Xuân Mai', preferredLanguage: 'vi' });
      expect(JSON.parse(row!.history)).toEqual([
        { field: 'phone', value: '0911111111', hlc: fromA.hlc, winner: fromB.hlc, at: expect.any(String) as string, revision: 3 },
      ]);
      expect(JSON.parse(row!.field_clocks)).toMatchObject({ phone: fromB.hlc, fullName: fromA.hlc });

      // The other order on another record: the earlier edit arrives first and is overwritten, still kept.
      const id2 = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', id2, citizenFields({ phone: '0900000000' }))]);
      const early = tabletA.mutation('citizen', id2, { phone: '0933333333' }, { baseRevision: 1, at: now + 30_000 });
      const late = tabletB.mutation('citizen', id2, { phone: '0944444444' }, { baseRevision: 1, at: now + 40_000 });
      await tabletA.push([early]);
      await tabletB.push([late]);
      const row2 = await citizenRow(id2);
      expect(JSON.parse(row2!.fields)).toMatchObject({ phone: '0944444444' });
      expect(JSON.parse(row2!.history)).toEqual([expect.objectContaining({ field: 'phone', value: '0933333333', hlc: early.hlc, winner: late.hlc })]);
    });

    it('deletes with a tombstone, and refuses edits to a deleted record', async () => {
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', id, citizenFields())]);
      const { results } = await bathuoc.push([
        bathuoc.mutation('citizen', id, {}, { op: 'delete', baseRevision: 1 }),
        bathuoc.mutation('citizen', id, { phone: '0911111111' }, { baseRevision: 1 }),
        bathuoc.mutation('citizen', randomUUID(), {}, { op: 'delete' }),
      ]);
      expect(results.map((r) => r.error?.code ?? r.status)).toEqual(['applied', 'record-deleted', 'applied']);
      expect(await citizenRow(id)).toMatchObject({ deleted: 1, revision: 2 });
    });

    it('asks for attachments first, without recording the refusal, then accepts the same mutation', async () => {
      const sha256 = 'b'.repeat(64);
      const photo = { sha256, size: 3, mime: 'image/jpeg' };
      const m = bathuoc.mutation('citizen', randomUUID(), citizenFields({ photos: { portrait: photo } }));
      const first = await bathuoc.push([m]);
      expect(first.results[0]).toMatchObject({
        status: 'rejected',
        error: { code: 'attachment-missing', params: { missing: [sha256] }, retryable: true },
      });
      expect(await citizenRow(m.entityId)).toBeUndefined();
      await t.db.insertInto('blobs').values({ sha256, size: 3, mime: 'image/jpeg', created_at: new Date().toISOString() }).execute();
      const second = await bathuoc.push([m]);
      expect(second.results[0]).toMatchObject({ status: 'applied', revision: 1 });
      const refs = await t.db.selectFrom('record_attachments').selectAll().where('entity_id', '=', m.entityId).execute();
      expect(refs).toEqual([{ entity: 'citizen', entity_id: m.entityId, sha256, commune_code: '14923' }]);
    });

    describe('the request', () => {
      const body = (mutations: Mutation[], overrides: Record<string, unknown> = {}) => ({
        protocolVersion: PROTOCOL_VERSION,
        deviceId: bathuoc.deviceId,
        mutations,
        ...overrides,
      });

      it('needs sign-in, before the body is read', async () => {
        const response = await t.app.inject({ method: 'POST', url: '/api/v1/sync/push', payload: body([]) });
        expect(response.statusCode).toBe(401);
      });

      it("must come from the token's device", async () => {
        const response = await bathuoc.pushRaw(body([bathuoc.mutation('citizen', randomUUID(), citizenFields())], { deviceId: thietong.deviceId }));
        expect(response.statusCode).toBe(403);
        expect(response.json<ErrorReply>().error.code).toBe('device-mismatch');
      });

      it('answers an unknown protocol version with 409, and a malformed batch with 400', async () => {
        const old = await bathuoc.pushRaw(body([bathuoc.mutation('citizen', randomUUID(), citizenFields())], { protocolVersion: 99 }));
        expect(old.statusCode).toBe(409);
        expect(old.json<ErrorReply>().error).toMatchObject({ code: 'protocol-version-unsupported', details: { supported: SUPPORTED_PROTOCOL_VERSIONS } });
        expect(SUPPORTED_PROTOCOL_VERSIONS).toContain(PROTOCOL_VERSION);
        const malformed = await bathuoc.pushRaw(body([{ ...bathuoc.mutation('citizen', 'not-a-uuid', {}), hlc: 'yesterday' }]));
        expect(malformed.statusCode).toBe(400);
        expect(malformed.json<ErrorReply>().error.code).toBe('validation-failed');
      });

      it('accepts a gzip-compressed body', async () => {
        const ids = [randomUUID(), randomUUID()];
        const { results } = await bathuoc.push(ids.map((id) => bathuoc.mutation('citizen', id, citizenFields())), { gzip: true });
        expect(statuses(results)).toEqual(['applied', 'applied']);
        expect(await citizenRow(ids[1]!)).toBeDefined();
      });

      it('refuses broken gzip, unknown encodings and zip bombs', async () => {
        const headers = { 'content-type': 'application/json', 'content-encoding': 'gzip' };
        const broken = await bathuoc.pushRaw(Buffer.from('not gzip at all'), headers);
        expect(broken.statusCode).toBe(400);
        expect(broken.json<ErrorReply>().error.code).toBe('invalid-gzip');
        const brotli = await bathuoc.pushRaw(Buffer.from('{}'), { 'content-type': 'application/json', 'content-encoding': 'br' });
        expect(brotli.statusCode).toBe(415);
        expect(brotli.json<ErrorReply>().error.code).toBe('unsupported-content-encoding');
        // 64 MB of spaces inside valid JSON: about 64 KB compressed.
        const bomb = gzipSync(Buffer.concat([Buffer.from('{"protocolVersion":1,"x":"'), Buffer.alloc(64 * 1024 * 1024, 0x20), Buffer.from('"}')]));
        expect(bomb.length).toBeLessThan(200_000);
        const response = await bathuoc.pushRaw(bomb, headers);
        expect(response.statusCode).toBe(413);
        expect(response.json<ErrorReply>().error.code).toBe('payload-too-large');
      });

      it('takes batches above the 1 MB default limit', async () => {
        const mutations = Array.from({ length: 1200 }, () => bathuoc.mutation('citizen', randomUUID(), citizenFields()));
        expect(JSON.stringify(body(mutations)).length).toBeGreaterThan(1024 * 1024);
        const { results } = await bathuoc.push(mutations);
        expect(results.every((r) => r.status === 'applied')).toBe(true);
      });
    });
  });
}
