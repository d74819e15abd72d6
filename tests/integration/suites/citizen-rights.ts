import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../../../src/domain/calendar/working-days';
import { dataRequestDeadlines } from '../../../src/domain/privacy/data-requests';
import { bearer, createTestApp, createTestUser, signInAs, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { citizenFields, connectDevice, type SyncDevice } from '../support/sync-device';
import { readDraftRetentionDays, saveDraft } from '../../../src/db/drafts';
import { pullDeviceSettings } from '../../../src/sync/pull-device-settings';
import { connectClientDevice } from '../support/client-device';
import { FaultyNetwork } from '../support/faulty-network';
import { dossierFields } from './sync-dossiers';

type Reply = { statusCode: number; json: <T = Record<string, unknown>>() => T; body: string; rawPayload: Buffer; headers: Record<string, unknown> };
type AuditRow = { action: string; actor_id: string | null; actor_role: string; fields: string | null; detail: string | null; citizen_id: string };
type AuditPage = { items: Array<{ action: string; citizenId: string; actor: { id: string | null; role: string; displayName: string | null }; fields: string[]; detail: Record<string, unknown> | null }>; total: number };
type RequestView = { id: string; kind: string; status: string; acknowledgeBy: string; dueDate: string; deadline: string; receivedAt: string };

const PHONE = '+84 912 345 678';
const PHOTO = 'c'.repeat(64);

/** Every Unicode text a PDF maps its glyphs back to (its ToUnicode CMaps), as upper-case hex code points. */
async function pdfUnicodeHex(bytes: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  let text = '';
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const filter = object.dict.get(PDFName.of('Filter'));
    const raw = Buffer.from(object.contents);
    const content = filter === PDFName.of('FlateDecode') ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
    if (content.includes('beginbfchar') || content.includes('beginbfrange')) text += content.toUpperCase();
  }
  return text;
}

/** Citizens' rights end to end through the API (issue 8 §4): audit log, consent withdrawal, requests, export, erasure, retention. */
export function describeCitizenRights(factory: TestDatabaseFactory): void {
  describe(`citizens' rights (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let field: SyncDevice;
    let officer: string;
    let officerId: string;
    let admin: string;
    let elsewhere: string;
    const citizen = randomUUID();
    const dossier = randomUUID();

    const call = (token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) }) as Promise<Reply>;
    const auditOf = (id: string) => t.db.selectFrom('citizen_audit').select(['action', 'actor_id', 'actor_role', 'fields', 'detail', 'citizen_id']).where('citizen_id', '=', id).orderBy('created_at').execute() as Promise<AuditRow[]>;
    const actions = async (id: string) => (await auditOf(id)).map((r) => r.action);

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      field = await connectDevice(t.app, 'canbo.bathuoc');
      const officerSession = await signInAs(t.app, 'mot.cua.bathuoc');
      officer = officerSession.accessToken;
      officerId = officerSession.user.id;
      admin = (await signInAs(t.app, 'quantri')).accessToken;
      await createTestUser(t.db, { username: 'mot.cua.thietong', role: 'officer', communes: ['14980'] });
      elsewhere = (await signInAs(t.app, 'mot.cua.thietong')).accessToken;
      await t.db.insertInto('blobs').values({ sha256: PHOTO, size: 10, mime: 'image/jpeg', created_at: new Date().toISOString() }).execute();
      const fields = citizenFields({ fullName: 'Hà Thị Xuân', phone: PHONE, phoneOwner: 'own', photos: { idFront: { sha256: PHOTO, size: 10, mime: 'image/jpeg' } } });
      const pushed = await field.push([field.mutation('citizen', citizen, fields), field.mutation('dossier', dossier, dossierFields(citizen))]);
      expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('audits a registration and a change from a tablet in the push, with field names and never their values', async () => {
      const [created] = await auditOf(citizen);
      expect(created).toMatchObject({ action: 'create', actor_role: 'staff' });
      expect(JSON.parse(created!.fields!)).toEqual(expect.arrayContaining(['fullName', 'citizenId', 'phone', 'consent', 'photos']));
      const { results } = await field.push([field.mutation('citizen', citizen, { phone: '+84 987 654 321' }, { baseRevision: 1 })]);
      expect(results[0]).toMatchObject({ status: 'applied' });
      const rows = await auditOf(citizen);
      expect(rows.map((r) => [r.action, r.fields])).toEqual([['create', created!.fields], ['change', '["phone"]']]);
      // No value of a personal field, only names of fields (ids and times may hold any digits: whole numbers only).
      expect(JSON.stringify(rows)).not.toMatch(/912 ?345 ?678|987 ?654 ?321|Xuân/);
    });

    it('audits every view of a full profile, from the citizen page and from a dossier, but not the dossier list', async () => {
      const before = (await actions(citizen)).length;
      const profile = await call(officer, 'GET', `/office/citizens/${citizen}`);
      expect(profile.statusCode).toBe(200);
      expect(profile.json<{ citizen: { fields: Record<string, unknown> }; dossiers: unknown[]; requests: unknown[] }>()).toMatchObject({ citizen: { fields: { fullName: 'Hà Thị Xuân' } }, dossiers: [{ id: dossier }], requests: [] });
      expect((await call(officer, 'GET', `/office/dossiers/${dossier}`)).statusCode).toBe(200);
      expect((await call(officer, 'GET', `/office/citizens/${citizen}/dossiers`)).json<{ dossiers: unknown[] }>().dossiers).toHaveLength(1);
      const views = (await auditOf(citizen)).slice(before);
      expect(views.map((v) => [v.action, v.actor_id, v.actor_role, JSON.parse(v.detail!) as unknown])).toEqual([
        ['view-profile', officerId, 'officer', { via: 'citizen' }],
        ['view-profile', officerId, 'officer', { via: 'dossier' }],
      ]);
    });

    it('keeps the audit log append-only: the database refuses an update or a delete', async () => {
      const count = (await auditOf(citizen)).length;
      await expect(t.db.updateTable('citizen_audit').set({ action: 'change' }).where('citizen_id', '=', citizen).execute()).rejects.toThrow(/append-only/);
      await expect(t.db.deleteFrom('citizen_audit').where('citizen_id', '=', citizen).execute()).rejects.toThrow(/append-only/);
      expect(await auditOf(citizen)).toHaveLength(count);
    });

    it('keeps other communes, field staff and officers out of what is not theirs', async () => {
      const before = (await actions(citizen)).length;
      for (const [method, url, payload] of [
        ['GET', `/office/citizens/${citizen}`], ['GET', `/office/citizens/${citizen}/export.json`], ['GET', `/office/citizens/${citizen}/export.pdf`],
        ['POST', `/office/citizens/${citizen}/consent-withdrawals`, { purpose: 'idPhotoStorage' }], ['POST', `/office/citizens/${citizen}/requests`, { kind: 'access' }],
      ] as const) {
        expect((await call(elsewhere, method, url, payload)).statusCode, url).toBe(404);
        expect((await call(field.token, method, url, payload)).statusCode, url).toBe(403);
      }
      expect((await call(elsewhere, 'GET', '/office/requests?commune=14923')).statusCode).toBe(403);
      expect((await call(officer, 'GET', '/admin/audit')).statusCode).toBe(403);
      expect((await call(elsewhere, 'GET', `/office/dossiers/${dossier}`)).statusCode).toBe(404);
      expect(await actions(citizen)).toHaveLength(before);
    });

    it('records a withdrawal at the desk, audits it, drops the ID photos, and sends it to the tablets on pull', async () => {
      const { cursor } = await field.pullAll();
      expect((await call(officer, 'POST', `/office/citizens/${citizen}/consent-withdrawals`, { purpose: 'nonsense' })).statusCode).toBe(400);
      const declined = await call(officer, 'POST', `/office/citizens/${citizen}/consent-withdrawals`, { purpose: 'contactByPhone' });
      expect([declined.statusCode, declined.json<{ error: { code: string } }>().error.code]).toEqual([409, 'consent-not-given']);

      const withdrawn = await call(officer, 'POST', `/office/citizens/${citizen}/consent-withdrawals`, { purpose: 'idPhotoStorage' });
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json()).toMatchObject({ withdrawal: { purpose: 'idPhotoStorage', staffUserId: officerId } });
      const again = await call(officer, 'POST', `/office/citizens/${citizen}/consent-withdrawals`, { purpose: 'idPhotoStorage' });
      expect([again.statusCode, again.json<{ error: { code: string } }>().error.code]).toEqual([409, 'consent-already-withdrawn']);

      const pulled = (await field.pullAll(cursor)).changes.find((c) => c.entityId === citizen)!;
      const consent = pulled.fields.consent as { withdrawals: Array<{ purpose: string; at: string }>; purposes: unknown[] };
      expect(consent.withdrawals).toEqual([{ purpose: 'idPhotoStorage', at: expect.any(String) as string, staffUserId: officerId }]);
      expect(consent.purposes).toHaveLength(3);
      expect(pulled.fields.photos).toEqual({});
      expect(await t.db.selectFrom('record_attachments').select('sha256').where('entity_id', '=', citizen).execute()).toEqual([]);

      const last = (await auditOf(citizen)).at(-1)!;
      expect([last.action, JSON.parse(last.fields!), JSON.parse(last.detail!)]).toEqual(['consent-withdrawn', ['consent', 'photos'], { purpose: 'idPhotoStorage' }]);
      // The tablet keeps editing the person: the record is still valid with the withdrawal in it.
      const { results } = await field.push([field.mutation('citizen', citizen, { phone: PHONE }, { baseRevision: pulled.revision })]);
      expect(results[0]).toMatchObject({ status: 'applied' });
    });

    it('records requests with the legal dates, lists them by deadline, and marks them done once', async () => {
      const before = new Date();
      const created = await call(officer, 'POST', `/office/citizens/${citizen}/requests`, { kind: 'withdrawal', note: 'Qua điện thoại' });
      expect(created.statusCode).toBe(201);
      const request = created.json<{ request: RequestView }>().request;
      expect(request).toMatchObject({ kind: 'withdrawal', status: 'open', deadline: 'open', ...dataRequestDeadlines('withdrawal', before, buildWorkCalendar()) });
      expect((await call(officer, 'POST', `/office/citizens/${citizen}/requests`, { kind: 'forget-me' })).statusCode).toBe(400);

      const open = (await call(officer, 'GET', '/office/requests?status=open')).json<{ requests: RequestView[] }>().requests;
      expect(open.map((r) => r.id)).toEqual([request.id]);
      expect((await call(elsewhere, 'GET', '/office/requests')).json<{ requests: unknown[] }>().requests).toEqual([]);
      const done = await call(officer, 'POST', `/office/requests/${request.id}/complete`, { outcome: 'done' });
      expect(done.json<{ request: RequestView }>().request).toMatchObject({ status: 'done', deadline: 'done' });
      const twice = await call(officer, 'POST', `/office/requests/${request.id}/complete`, { outcome: 'refused' });
      expect([twice.statusCode, twice.json<{ error: { code: string } }>().error.code]).toEqual([409, 'request-closed']);
      expect((await call(elsewhere, 'POST', `/office/requests/${request.id}/complete`, { outcome: 'done' })).statusCode).toBe(404);
      expect((await actions(citizen)).slice(-2)).toEqual(['request-recorded', 'request-completed']);
    });

    it('exports everything held about the person as JSON, and audits the export', async () => {
      const reply = await call(officer, 'GET', `/office/citizens/${citizen}/export.json`);
      expect(reply.statusCode).toBe(200);
      expect(String(reply.headers['content-disposition'])).toMatch(/attachment; filename="cau-noi-du-lieu-.+\.json"/);
      const data = reply.json<{ citizen: { fields: Record<string, unknown>; communeName: string }; dossiers: Array<{ id: string; events: unknown[] }>; requests: RequestView[]; audit: Array<{ action: string }> }>();
      expect(data.citizen.fields).toMatchObject({ fullName: 'Hà Thị Xuân', phone: PHONE, consent: { withdrawals: [{ purpose: 'idPhotoStorage' }] } });
      expect(data.citizen.communeName).toBeTruthy();
      expect(data.dossiers.map((d) => d.id)).toEqual([dossier]);
      expect(data.dossiers[0]!.events.length).toBeGreaterThan(0);
      expect(data.requests.map((r) => r.kind)).toEqual(['withdrawal']);
      expect(data.audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'change', 'view-profile', 'consent-withdrawn', 'export']));
      const last = (await auditOf(citizen)).at(-1)!;
      expect([last.action, JSON.parse(last.detail!)]).toEqual(['export', { format: 'json' }]);
    });

    it('exports a printable PDF in Vietnamese with the name in embedded glyphs, and audits it', async () => {
      const reply = await call(officer, 'GET', `/office/citizens/${citizen}/export.pdf`);
      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toBe('application/pdf');
      const bytes = reply.rawPayload;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(5000);
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
      expect(pdf.getTitle()).toContain('Hà Thị Xuân');
      // Each letter of the name, and of the Vietnamese headings, is drawn with a glyph mapped back to its code point.
      const mapped = await pdfUnicodeHex(bytes);
      for (const ch of 'Hà Thị Xuân Dữ liệu cá nhân'.replace(/ /g, '')) expect(mapped, ch).toContain(ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'));
      const last = (await auditOf(citizen)).at(-1)!;
      expect([last.action, JSON.parse(last.detail!)]).toEqual(['export', { format: 'pdf' }]);
    });

    it('lets an administrator read the audit log, filtered by citizen, user, action and date, and paged', async () => {
      const all = (await call(admin, 'GET', `/admin/audit?citizen=${citizen}&pageSize=200`)).json<AuditPage>();
      expect(all.total).toBe((await auditOf(citizen)).length);
      expect(all.items[0]!.action).toBe('export');
      expect(all.items.find((i) => i.action === 'consent-withdrawn')).toMatchObject({ actor: { id: officerId, role: 'officer', displayName: 'Bộ phận Một cửa xã Bá Thước' }, detail: { purpose: 'idPhotoStorage' } });
      const views = (await call(admin, 'GET', `/admin/audit?citizen=${citizen}&action=view-profile`)).json<AuditPage>();
      expect(views.items.every((i) => i.action === 'view-profile')).toBe(true);
      expect(views.total).toBeGreaterThanOrEqual(2);
      const byUser = (await call(admin, 'GET', `/admin/audit?user=${officerId}&pageSize=2&page=2`)).json<AuditPage>();
      expect(byUser.items).toHaveLength(2);
      expect(byUser.items.every((i) => i.actor.id === officerId)).toBe(true);
      expect((await call(admin, 'GET', '/admin/audit?to=2020-01-01')).json<AuditPage>().total).toBe(0);
      expect((await call(admin, 'GET', '/admin/audit?from=2020-01-01')).json<AuditPage>().total).toBeGreaterThanOrEqual(all.total);
      expect((await call(admin, 'GET', '/admin/audit?action=peek')).statusCode).toBe(400);
    });

    it('refuses to erase a person with a dossier in progress, then erases them and keeps a tombstone, the dossier and the log', async () => {
      const person = randomUUID();
      const running = randomUUID();
      await field.push([field.mutation('citizen', person, citizenFields({ fullName: 'Lò Văn Pản' })), field.mutation('dossier', running, dossierFields(person))]);
      const { cursor } = await field.pullAll();
      const request = (await call(officer, 'POST', `/office/citizens/${person}/requests`, { kind: 'deletion' })).json<{ request: RequestView }>().request;
      const refused = await call(officer, 'POST', `/office/requests/${request.id}/complete`, { outcome: 'done' });
      expect([refused.statusCode, refused.json<{ error: { code: string; details: unknown } }>().error]).toEqual([409, expect.objectContaining({ code: 'dossiers-pending', details: { dossiers: [running] } })]);
      expect(await t.db.selectFrom('citizens').select('deleted').where('id', '=', person).executeTakeFirstOrThrow()).toEqual({ deleted: 0 });

      expect((await call(officer, 'POST', `/office/dossiers/${running}/transitions`, { event: 'refuse', reason: 'Người dân rút hồ sơ' })).statusCode).toBe(200);
      expect((await call(officer, 'POST', `/office/requests/${request.id}/complete`, { outcome: 'done' })).statusCode).toBe(200);
      const row = await t.db.selectFrom('citizens').select(['deleted', 'full_name', 'search_name', 'id_number', 'fields', 'history', 'commune_code']).where('id', '=', person).executeTakeFirstOrThrow();
      expect(row).toEqual({ deleted: 1, full_name: '', search_name: '', id_number: null, fields: '{}', history: '[]', commune_code: '14923' });
      expect((await call(officer, 'GET', `/office/citizens/${person}`)).statusCode).toBe(404);
      const pulled = (await field.pullAll(cursor)).changes.find((c) => c.entityId === person)!;
      expect(pulled).toMatchObject({ deleted: true, fields: {} });
      const kept = await t.db.selectFrom('dossiers').select(['status', 'fields']).where('id', '=', running).executeTakeFirstOrThrow();
      expect(kept.status).toBe('refused');
      expect(JSON.parse(kept.fields)).toMatchObject({ citizenId: person, statusReason: 'Người dân rút hồ sơ' });
      expect(await actions(person)).toEqual(['create', 'deletion-requested', 'deleted', 'request-completed']);
      const { results } = await field.push([field.mutation('citizen', person, { phone: PHONE }, { baseRevision: pulled.revision })]);
      expect(results[0]).toMatchObject({ status: 'rejected' });
    });

    it('stores the draft retention an administrator sets and hands it to every signed-in device', async () => {
      expect((await call(field.token, 'GET', '/settings/device')).json()).toEqual({ settings: { draftRetentionDays: 90 } });
      expect((await call(officer, 'PUT', '/admin/settings', { draftRetentionDays: 30 })).statusCode).toBe(403);
      expect((await call(admin, 'PUT', '/admin/settings', { draftRetentionDays: 0 })).statusCode).toBe(400);
      expect((await call(admin, 'PUT', '/admin/settings', { draftRetentionDays: 30.5 })).statusCode).toBe(400);
      expect((await call(admin, 'PUT', '/admin/settings', { draftRetentionDays: 30 })).json()).toEqual({ settings: { draftRetentionDays: 30 } });
      expect((await call(field.token, 'GET', '/settings/device')).json()).toEqual({ settings: { draftRetentionDays: 30 } });
      expect((await call(admin, 'GET', '/admin/settings')).json()).toMatchObject({ settings: { draftRetentionDays: 30 } });
    });

    it('a tablet applies the retention when the pull says it changed, and deletes drafts older than it at once', async () => {
      const network = new FaultyNetwork({ app: () => t.app, restart: () => Promise.reject(new Error('no restarts here')) });
      const realFetch = globalThis.fetch;
      globalThis.fetch = network.fetch;
      const device = await connectClientDevice(t.app, network, 'canbo.bathuoc', `rights-${randomUUID()}`);
      try {
        expect((await call(admin, 'PUT', '/admin/settings', { draftRetentionDays: 30 })).statusCode).toBe(200);
        const now = new Date();
        await saveDraft(device.db, { id: 'old', ownerUserId: device.userId, kind: 'citizen', data: { fullName: 'A' } }, new Date(now.getTime() - 40 * 86_400_000));
        await saveDraft(device.db, { id: 'recent', ownerUserId: device.userId, kind: 'citizen', data: { fullName: 'B' } }, new Date(now.getTime() - 25 * 86_400_000));
        expect(await readDraftRetentionDays(device.db)).toBe(90);
        // The first sync: the pull, the catalog, and the settings this device has never had.
        expect(await device.sync()).toBe(true);
        expect(await readDraftRetentionDays(device.db)).toBe(30);
        expect((await device.db.drafts.toArray()).map((d) => d.id)).toEqual(['recent']);

        // Nothing changed: the pull alone (its resource tags say the settings are the same).
        let before = network.counts.requests;
        expect(await device.sync()).toBe(true);
        expect(network.counts.requests - before).toBe(1);

        // An admin shortens the period: the next sync brings it and applies it.
        expect((await call(admin, 'PUT', '/admin/settings', { draftRetentionDays: 20 })).statusCode).toBe(200);
        before = network.counts.requests;
        expect(await device.sync()).toBe(true);
        expect(network.counts.requests - before).toBe(2);
        expect(await readDraftRetentionDays(device.db)).toBe(20);
        expect(await device.db.drafts.count()).toBe(0);

        // Without a tag (an older server), settings are asked at most every few hours.
        const token = (await signInAs(t.app, 'canbo.bathuoc', device.deviceId)).accessToken;
        const later = new Date(now.getTime() + 7 * 3600_000);
        expect(await pullDeviceSettings(device.db, () => Promise.resolve(token), undefined, later)).toBe(true);
        expect(await pullDeviceSettings(device.db, () => Promise.resolve(token), undefined, new Date(later.getTime() + 3600_000))).toBe(false);
      } finally {
        await call(admin, 'PUT', '/admin/settings', { draftRetentionDays: 30 });
        globalThis.fetch = realFetch;
        await device.dispose();
      }
    });
  });
}
