import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../src/domain/calendar/dates';
import { CATALOG_VERSION } from '../../../src/domain/catalog/catalog-data';
import { parseOfficialCode } from '../../../src/domain/dossier/official-code';
import type { Fields } from '../../../src/shared/protocol';
import { transitionDossier } from '../../../src/server/sync/server-writes/transition-dossier';
import { createTestApp, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { createHlc } from '../../../src/shared/hlc';
import { addressIn, citizenFields, connectDevice, type SyncDevice } from '../support/sync-device';

/** A marital status certificate (1.004873) for `citizenId`, as a device submits it. */
export function dossierFields(citizenId: string, overrides: Fields = {}): Fields {
  return {
    citizenId,
    procedureCode: '1.004873',
    catalogVersion: CATALOG_VERSION,
    communeCode: '14923',
    answers: { subject: citizenId, maritalStatus: 'single', purpose: 'other', purposeDetail: 'Vay vốn ngân hàng' },
    persons: {},
    documents: {},
    confirmation: { method: 'witness', witnessName: 'Hà Văn Lả', confirmedAt: new Date().toISOString() },
    fee: { amount: null, verified: false },
    localReference: 'NHAP-ABCD-000001',
    submittedAt: new Date().toISOString(),
    resultDue: null,
    ...overrides,
  };
}

export function describeSyncDossiers(factory: TestDatabaseFactory): void {
  describe(`sync dossiers (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let bathuoc: SyncDevice;
    let citizen: string;

    const dossierRow = (id: string) => t.db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const syncContext = () => ({
      db: t.db,
      dialect: factory.dialect,
      blobStore: { has: () => Promise.resolve(false), put: () => Promise.reject(new Error('unused')), get: () => Promise.resolve(null) },
      serverClock: createHlc('officer-test'),
      now: () => new Date(),
    });

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      bathuoc = await connectDevice(t.app, 'canbo.bathuoc');
      citizen = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', citizen, citizenFields())]);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('assigns the official code on first receipt, with the day sequence of the agency', async () => {
      const dossiers = [randomUUID(), randomUUID(), randomUUID()];
      const { results } = await bathuoc.push(dossiers.map((id) => bathuoc.mutation('dossier', id, dossierFields(citizen))));
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
      const rows = await Promise.all(dossiers.map(dossierRow));
      const today = todayInVietnam();
      const codes = rows.map((r) => r.official_code!);
      for (const code of codes) expect(code).toMatch(/^000\.00\.38\.H56-\d{6}-\d{4}$/);
      expect(codes.map((c) => parseOfficialCode(c))).toEqual([1, 2, 3].map((sequence) => ({ agencyCode: '000.00.38.H56', date: today, sequence })));
      expect(rows[0]).toMatchObject({ status: 'received', commune_code: '14923', citizen_id: citizen, procedure_code: '1.004873', revision: 1 });
      expect(JSON.parse(rows[0]!.fields)).toMatchObject({ status: 'received', officialCode: codes[0], agencyCode: '000.00.38.H56', communeCode: '14923' });

      // A replay does not take a new number.
      await bathuoc.push([bathuoc.mutation('dossier', dossiers[0]!, dossierFields(citizen))]);
      expect((await dossierRow(dossiers[0]!)).official_code).toBe(codes[0]);
    });

    it('lets anyone with the receipt look the dossier up by its code, without personal data', async () => {
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('dossier', id, dossierFields(citizen, { localReference: 'NHAP-WXYZ-000042' }))]);
      const { official_code: code } = await dossierRow(id);
      for (const asked of [code!, 'nhap-wxyz-000042']) {
        const response = await t.app.inject({ method: 'GET', url: `/api/v1/public/dossier-status?code=${encodeURIComponent(asked)}` });
        expect(response.statusCode).toBe(200);
        const { dossier } = response.json<{ dossier: Record<string, unknown> }>();
        expect(dossier).toMatchObject({ code, procedureCode: '1.004873', status: 'received' });
        expect(dossier.expectedResultDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(JSON.stringify(dossier)).not.toMatch(/Hà|Vay vốn|citizen/i);
      }
      const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/public/dossier-status?code=000.00.38.H56-990101-9999' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json<{ error: { code: string } }>().error.code).toBe('dossier-not-found');
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/dossier-status?code=%3Cscript%3E' })).statusCode).toBe(400);
    });

    it("uses the agency configured for the commune, and counts each agency's day apart", async () => {
      await t.db
        .insertInto('receiving_agencies')
        .values({ commune_code: '14923', agency_code: '000.17.22.H56', code_format: 'AAA.BB.CC.DDD-YYMMDD-NNNN', updated_at: new Date().toISOString() })
        .execute();
      try {
        const id = randomUUID();
        await bathuoc.push([bathuoc.mutation('dossier', id, dossierFields(citizen))]);
        expect(parseOfficialCode((await dossierRow(id)).official_code!)).toEqual({ agencyCode: '000.17.22.H56', date: todayInVietnam(), sequence: 1 });
      } finally {
        await t.db.deleteFrom('receiving_agencies').where('commune_code', '=', '14923').execute();
      }
    });

    it('hands out each number once when many devices submit at the same moment', async () => {
      const devices = await Promise.all(Array.from({ length: 6 }, () => connectDevice(t.app, 'canbo.bathuoc')));
      const before = await t.db.selectFrom('dossiers').select('official_code').where('agency_code', '=', '000.00.38.H56').execute();
      const ids = await Promise.all(
        devices.map(async (device) => {
          const batch = [randomUUID(), randomUUID()];
          await device.push(batch.map((id) => device.mutation('dossier', id, dossierFields(citizen))));
          return batch;
        }),
      );
      const codes = await Promise.all(ids.flat().map(async (id) => (await dossierRow(id)).official_code!));
      const sequences = codes.map((c) => parseOfficialCode(c)!.sequence).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 12 }, (_, i) => before.length + i + 1));
    });

    it('never lets a device change what the server owns, and keeps the attempt', async () => {
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('dossier', id, dossierFields(citizen))]);
      const code = (await dossierRow(id)).official_code;
      const attempt = bathuoc.mutation('dossier', id, { status: 'returned', officialCode: 'NHAP-ABCD-000009', procedureCode: '1.004859', answers: { ...dossierFields(citizen).answers as object, purposeDetail: 'Mua đất' } }, { baseRevision: 1 });
      const { results } = await bathuoc.push([attempt]);
      expect(results[0]).toMatchObject({ status: 'applied', revision: 2 });
      const row = await dossierRow(id);
      expect(row).toMatchObject({ status: 'received', official_code: code, procedure_code: '1.004873' });
      const fields = JSON.parse(row.fields) as Record<string, unknown>;
      expect(fields.answers).toMatchObject({ purposeDetail: 'Mua đất' });
      const history = JSON.parse(row.history) as Array<{ field: string; value: unknown }>;
      expect(history.map((h) => [h.field, h.value])).toEqual([
        ['officialCode', 'NHAP-ABCD-000009'],
        ['procedureCode', '1.004859'],
        ['status', 'returned'],
      ]);
    });

    it("sends an officer's status change back to devices, and a device edit does not undo it", async () => {
      const id = randomUUID();
      await bathuoc.push([bathuoc.mutation('dossier', id, dossierFields(citizen))]);
      const { cursor } = await bathuoc.pullAll();
      const officer = await t.db.selectFrom('users').select('id').where('username', '=', 'mot.cua.bathuoc').executeTakeFirstOrThrow();
      const moved = await transitionDossier(syncContext(), {
        dossierId: id,
        event: 'requestSupplement',
        context: { reason: 'Thiếu giấy tờ', missingItems: ['Bản sao sổ hộ khẩu'] },
        userId: officer.id,
      });
      expect(moved).toEqual({ ok: true, status: 'needsSupplement', revision: 2 });
      const pulled = (await bathuoc.pullAll(cursor)).changes.find((c) => c.entityId === id)!;
      expect(pulled).toMatchObject({ revision: 2, fields: { status: 'needsSupplement', statusReason: 'Thiếu giấy tờ', missingItems: ['Bản sao sổ hộ khẩu'] } });

      // The device, still at revision 1, sends the supplement: merged, and the dossier is back where the
      // papers were asked for (received), with the request cleared; the device cannot set the status itself.
      const sha256 = 'c'.repeat(64);
      await t.db.insertInto('blobs').values({ sha256, size: 10, mime: 'image/jpeg', created_at: new Date().toISOString() }).execute();
      const doc = { sha256, size: 10, mime: 'image/jpeg' };
      const { results } = await bathuoc.push([bathuoc.mutation('dossier', id, { documents: { householdBook: [doc] } }, { baseRevision: 1 })]);
      expect(results[0]).toMatchObject({ status: 'applied', revision: 3 });
      expect(await dossierRow(id)).toMatchObject({ status: 'received' });
      expect(JSON.parse((await dossierRow(id)).fields)).toMatchObject({ statusReason: null, missingItems: null });
      expect(JSON.parse((await dossierRow(id)).fields)).toMatchObject({ documents: { householdBook: [doc] } });
      expect(await transitionDossier(syncContext(), { dossierId: id, event: 'markResultReady', userId: officer.id })).toEqual({
        ok: false,
        error: 'dossier.illegalTransition',
      });
    });

    it('waits for the citizen: retryable until it arrives, then applied', async () => {
      const newcomer = randomUUID();
      const dossier = bathuoc.mutation('dossier', randomUUID(), dossierFields(newcomer, { answers: { subject: newcomer, maritalStatus: 'single', purpose: 'other', purposeDetail: 'Vay vốn' } }));
      const first = await bathuoc.push([dossier]);
      expect(first.results[0]).toMatchObject({ status: 'rejected', error: { code: 'citizen-missing', retryable: true } });
      // The citizen and the dossier in one batch, citizen first: as the outbox orders them.
      const { results } = await bathuoc.push([bathuoc.mutation('citizen', newcomer, citizenFields()), dossier]);
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    });

    it('refuses what a dossier cannot be', async () => {
      const { results } = await bathuoc.push([
        bathuoc.mutation('dossier', randomUUID(), dossierFields(citizen, { procedureCode: '9.999999' })),
        bathuoc.mutation('dossier', randomUUID(), dossierFields(citizen, { answers: { subject: citizen, maritalStatus: 'engaged', purpose: 'other', purposeDetail: 'x' } })),
        bathuoc.mutation('dossier', randomUUID(), dossierFields(citizen, { submittedAt: 'yesterday' })),
        bathuoc.mutation('dossier', randomUUID(), dossierFields(citizen, { communeCode: '14980' })),
        bathuoc.mutation('dossier', randomUUID(), {}, { op: 'delete' }),
      ]);
      expect(results.map((r) => r.error?.code)).toEqual([
        'procedure-unknown',
        'field.choiceInvalid',
        'common.invalidFormat',
        'forbidden-commune',
        'delete-not-allowed',
      ]);
      expect(results[1]!.error?.params).toMatchObject({ path: 'answers.maritalStatus' });
    });

    it('files a dossier under a linked citizen by its one record', async () => {
      const other = await connectDevice(t.app, 'canbo.bathuoc');
      const fields = citizenFields();
      const original = randomUUID();
      await bathuoc.push([bathuoc.mutation('citizen', original, fields)]);
      const duplicate = randomUUID();
      const dossier = randomUUID();
      const { results } = await other.push([
        other.mutation('citizen', duplicate, { ...fields, address: addressIn('14923') }),
        other.mutation('dossier', dossier, dossierFields(duplicate)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['linked', 'applied']);
      expect((await dossierRow(dossier)).citizen_id).toBe(original);
    });
  });
}
