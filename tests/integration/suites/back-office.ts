import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyKeysResponseSchema, verifyPaper, type AgencyPublicKey } from '../../../src/shared/papers';
import { bearer, createTestApp, signInAs, TEST_PASSWORD, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { citizenFields, connectDevice, type SyncDevice } from '../support/sync-device';
import { dossierFields } from './sync-dossiers';

type Reply = { statusCode: number; json: <T = Record<string, unknown>>() => T; body: string; headers: Record<string, unknown> };
type QueuePage = { items: Array<Record<string, unknown>>; total: number };
type Detail = { dossier: { fields: Record<string, unknown>; deadline: string }; citizen: { fields: Record<string, unknown> } | null; events: Array<Record<string, unknown>>; allowedEvents: string[] };

/** The one-stop shop's back office end to end through the API: queue, decisions, supplement, signed papers, dashboard, administration. */
export function describeBackOffice(factory: TestDatabaseFactory): void {
  describe(`back office (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let field: SyncDevice;
    let officer: string;
    let admin: string;
    let staff: string;
    const dossiers: string[] = [];
    let citizen: string;

    const call = (token: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) }) as Promise<Reply>;
    const transition = (id: string, payload: Record<string, unknown>) => call(officer, 'POST', `/office/dossiers/${id}/transitions`, payload);
    const detail = async (id: string) => (await call(officer, 'GET', `/office/dossiers/${id}`)).json<Detail>();
    const keys = async () => agencyKeysResponseSchema.parse((await t.app.inject({ method: 'GET', url: '/api/v1/agency-keys' })).json()).keys;

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      field = await connectDevice(t.app, 'canbo.bathuoc');
      officer = (await signInAs(t.app, 'mot.cua.bathuoc')).accessToken;
      admin = (await signInAs(t.app, 'quantri')).accessToken;
      staff = field.token;
      citizen = randomUUID();
      await field.push([field.mutation('citizen', citizen, citizenFields({ fullName: 'Hà Thị Xuân' }))]);
      for (let i = 0; i < 3; i += 1) {
        const id = randomUUID();
        dossiers.push(id);
        await field.push([field.mutation('dossier', id, dossierFields(citizen, { localReference: `NHAP-ABCD-00000${i + 1}` }))]);
      }
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('keeps staff out of the back office and administration', async () => {
      for (const url of ['/office/dossiers', '/office/communes', `/office/dossiers/${dossiers[0]}`, '/admin/users', '/office/dashboard?from=2026-01-01&to=2026-12-31']) {
        const reply = await call(staff, 'GET', url);
        expect(reply.statusCode, url).toBe(403);
      }
      expect((await call(officer, 'GET', '/admin/users')).statusCode).toBe(403);
    });

    it("lists the commune's dossiers with their deadline, finds them by name without diacritics or by code, and pages", async () => {
      const page = (await call(officer, 'GET', '/office/dossiers?pageSize=2')).json<QueuePage>();
      expect(page.total).toBe(3);
      expect(page.items).toHaveLength(2);
      expect(page.items[0]).toMatchObject({ citizenName: 'Hà Thị Xuân', status: 'received', procedureCode: '1.004873' });
      expect(page.items[0]!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['open', 'dueSoon']).toContain(page.items[0]!.deadline);
      expect((await call(officer, 'GET', '/office/dossiers?q=ha%20thi%20xu')).json<QueuePage>().total).toBe(3);
      expect((await call(officer, 'GET', '/office/dossiers?q=xuan%20nguyen')).json<QueuePage>().total).toBe(0);
      const code = (await detail(dossiers[1]!)).dossier.fields.officialCode as string;
      const byCode = (await call(officer, 'GET', `/office/dossiers?q=${encodeURIComponent(code.slice(-11).toLowerCase())}`)).json<QueuePage>();
      expect(byCode.items.map((i) => i.id)).toEqual([dossiers[1]]);
      expect((await call(officer, 'GET', '/office/dossiers?procedure=1.001193')).json<QueuePage>().total).toBe(0);
      expect((await call(officer, 'GET', `/office/dossiers?village=${randomUUID()}`)).json<QueuePage>().total).toBe(0);
      expect((await call(officer, 'GET', '/office/dossiers?commune=14980')).statusCode).toBe(403);
    });

    it('filters what is overdue and marks it', async () => {
      await t.db.updateTable('dossiers').set({ due_date: '2020-01-02' }).where('id', '=', dossiers[2]!).execute();
      const overdue = (await call(officer, 'GET', '/office/dossiers?overdue=1')).json<QueuePage>();
      expect(overdue.items.map((i) => [i.id, i.deadline])).toEqual([[dossiers[2], 'overdue']]);
    });

    it('shows the dossier with every field, the citizen and the history, and only the actions that apply', async () => {
      const d = await detail(dossiers[0]!);
      expect(d.dossier.fields).toMatchObject({ answers: { maritalStatus: 'single', purposeDetail: 'Vay vốn ngân hàng' }, status: 'received' });
      expect(d.citizen?.fields).toMatchObject({ fullName: 'Hà Thị Xuân' });
      expect(d.events).toMatchObject([{ event: 'receive', from: 'submitted', to: 'received', actor: { displayName: 'Cán bộ xã Bá Thước' } }]);
      expect(d.allowedEvents.sort()).toEqual(['refuse', 'requestSupplement', 'startProcessing']);
      expect((await call(officer, 'GET', `/office/citizens/${citizen}`)).json<{ dossiers: unknown[] }>().dossiers).toHaveLength(3);
    });

    it('asks for a supplement, which reaches the device, and takes the supplemented dossier back into processing', async () => {
      const id = dossiers[0]!;
      const { cursor } = await field.pullAll();
      expect((await transition(id, { event: 'startProcessing' })).json()).toMatchObject({ status: 'inProcessing' });
      const noReason = await transition(id, { event: 'requestSupplement', missingItems: ['householdBook'] });
      expect([noReason.statusCode, noReason.json<{ error: { code: string } }>().error.code]).toEqual([422, 'reason-required']);
      const noItems = await transition(id, { event: 'requestSupplement', reason: 'Thiếu giấy' });
      expect(noItems.json<{ error: { code: string } }>().error.code).toBe('missing-items-required');
      expect((await transition(id, { event: 'requestSupplement', reason: 'Ảnh sổ hộ khẩu bị mờ', missingItems: ['householdBook'] })).statusCode).toBe(200);
      const illegal = await transition(id, { event: 'markResultReady' });
      expect(illegal.statusCode).toBe(409);
      expect(illegal.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'illegal-transition' });

      const pulled = (await field.pullAll(cursor)).changes.find((c) => c.entityId === id)!;
      expect(pulled.fields).toMatchObject({ status: 'needsSupplement', statusReason: 'Ảnh sổ hộ khẩu bị mờ', missingItems: ['householdBook'] });

      const sha256 = 'd'.repeat(64);
      await t.db.insertInto('blobs').values({ sha256, size: 10, mime: 'image/jpeg', created_at: new Date().toISOString() }).execute();
      const { results } = await field.push([field.mutation('dossier', id, { documents: { householdBook: [{ sha256, size: 10, mime: 'image/jpeg' }] } }, { baseRevision: pulled.revision })]);
      expect(results[0]).toMatchObject({ status: 'applied' });
      const after = await detail(id);
      expect(after.dossier.fields).toMatchObject({ status: 'inProcessing', missingItems: null, documents: { householdBook: [{ sha256 }] } });
      expect(after.events.map((e) => [e.event, e.from, e.to, e.note ?? null])).toEqual([
        ['receive', 'submitted', 'received', null],
        ['startProcessing', 'received', 'inProcessing', null],
        ['requestSupplement', 'inProcessing', 'needsSupplement', 'Ảnh sổ hộ khẩu bị mờ'],
        ['supplement', 'needsSupplement', 'inProcessing', null],
      ]);
      expect(after.events[2]).toMatchObject({ missingItems: ['householdBook'], actor: { displayName: 'Bộ phận Một cửa xã Bá Thước' } });
      expect(after.events[3]).toMatchObject({ actor: { displayName: 'Cán bộ xã Bá Thước' } });
      // The photo the device sent is the officer's to see.
      await t.db.insertInto('record_attachments').values({ entity: 'dossier', entity_id: randomUUID(), sha256: 'e'.repeat(64), commune_code: '14980' }).execute();
    });

    it('dates the decision, signs the result notice, and the device learns "result ready"', async () => {
      const id = dossiers[0]!;
      expect((await transition(id, { event: 'markResultReady' })).json()).toMatchObject({ status: 'resultReady' });
      const { fields } = (await detail(id)).dossier;
      expect(fields.decidedAt).toEqual(expect.any(String));
      const verdict = await verifyPaper(fields.signedResult as string, await keys());
      expect(verdict).toMatchObject({ ok: true, paper: { kind: 'result', code: fields.officialCode, who: 'H.T.X.', commune: '14923' } });
      expect((await transition(id, { event: 'returnResult' })).json()).toMatchObject({ status: 'returned' });
      const pulled = (await field.pullAll()).changes.find((c) => c.entityId === id)!;
      expect(pulled.fields).toMatchObject({ status: 'returned', signedResult: fields.signedResult });
    });

    it('signs the receipt on receipt; it verifies offline, not with a byte changed, and still after a key rotation', async () => {
      const receipt = (await detail(dossiers[1]!)).dossier.fields.signedReceipt as string;
      const before: AgencyPublicKey[] = await keys();
      expect(await verifyPaper(receipt, before)).toMatchObject({ ok: true, paper: { kind: 'receipt', proc: '1.004873', agency: '000.00.38.H56' } });
      expect(receipt).not.toContain('Xuân');
      const altered = receipt.replace('"who":"H', '"who":"K');
      expect((await verifyPaper(altered, before)).ok).toBe(false);

      const rotated = await call(admin, 'POST', '/admin/agency-keys/rotate', { communeCode: '14923' });
      expect(rotated.json()).toEqual({ kid: '000.00.38.H56#2' });
      const after = await keys();
      expect(after.map((k) => [k.kid, k.retiredAt === null])).toEqual([['000.00.38.H56#1', false], ['000.00.38.H56#2', true]]);
      expect((await verifyPaper(receipt, after)).ok).toBe(true);
      const fresh = randomUUID();
      await field.push([field.mutation('dossier', fresh, dossierFields(citizen, { localReference: 'NHAP-ABCD-000009' }))]);
      const signed = (await detail(fresh)).dossier.fields.signedReceipt as string;
      expect(await verifyPaper(signed, after)).toMatchObject({ ok: true, paper: { kid: '000.00.38.H56#2' } });
      // Rotating is an admin's, for their communes.
      expect((await call(officer, 'POST', '/admin/agency-keys/rotate', { communeCode: '14923' })).statusCode).toBe(403);
      const stored = await t.db.selectFrom('agency_keys').select('private_key').execute();
      for (const row of stored) expect(row.private_key).toMatch(/^v1\./);
    });

    it('adds up the dashboard per commune and overall, and exports it as CSV with a BOM', async () => {
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      const reply = await call(officer, 'GET', `/office/dashboard?from=${today.slice(0, 8)}01&to=${today}`);
      const dashboard = reply.json<{ communes: Array<{ code: string }>; overall: { citizens: Record<string, number>; received: { total: number; electronic: number; byProcedure: unknown[] }; decided: Record<string, number | null>; pending: Array<{ status: string; count: number }> } }>();
      expect(dashboard.communes.map((c) => c.code)).toEqual(['14923']);
      expect(dashboard.overall.citizens).toEqual({ total: 1, assisted: 1, selfRegistered: 0 });
      expect(dashboard.overall.received).toMatchObject({ total: 4, electronic: 4, byProcedure: [{ procedureCode: '1.004873', count: 4 }] });
      expect(dashboard.overall.decided).toMatchObject({ onTime: 1, late: 0, onTimeRate: 1 });
      expect(dashboard.overall.pending).toContainEqual({ status: 'received', count: 3 });
      const csv = await call(officer, 'GET', `/office/dashboard.csv?from=${today.slice(0, 8)}01&to=${today}`);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body.charCodeAt(0)).toBe(0xfeff);
      expect(csv.body).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
      expect(csv.body.split('\r\n')[0]).toBe('\uFEFF"Mã xã","Phạm vi","Chỉ số","Chi tiết","Giá trị"');
      expect(csv.body).toContain('"14923","Xã Bá Thước","Hồ sơ tiếp nhận","",4');
    });

    it('lets an admin create an account, reset its password and deactivate it', async () => {
      const created = await call(admin, 'POST', '/admin/users', { username: 'Canbo.Moi', displayName: 'Cán bộ mới', role: 'staff', communes: ['14923'] });
      expect(created.statusCode).toBe(201);
      const { user, password } = created.json<{ user: { id: string; username: string }; password: string }>();
      expect(user.username).toBe('canbo.moi');
      const signIn = (pw: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'canbo.moi', password: pw, deviceId: `d-${randomUUID()}` } });
      expect((await signIn(password)).statusCode).toBe(200);
      expect((await call(admin, 'POST', '/admin/users', { username: 'canbo.moi', displayName: 'X Y', role: 'staff', communes: ['14923'] })).json<{ error: { code: string } }>().error.code).toBe('username-taken');

      const reset = (await call(admin, 'POST', `/admin/users/${user.id}/password`)).json<{ password: string }>();
      expect((await signIn(password)).statusCode).toBe(401);
      expect((await signIn(reset.password)).statusCode).toBe(200);

      expect((await call(admin, 'PATCH', `/admin/users/${user.id}`, { active: false })).json()).toMatchObject({ user: { active: false } });
      expect((await signIn(reset.password)).json<{ error: { code: string } }>().error.code).toBe('account-inactive');
      const self = (await call(admin, 'GET', '/admin/users')).json<{ users: Array<{ id: string; username: string }> }>().users.find((u) => u.username === 'quantri')!;
      expect((await call(admin, 'PATCH', `/admin/users/${self.id}`, { active: false })).statusCode).toBe(409);
      expect(TEST_PASSWORD).not.toBe(reset.password);
    });

    it('revokes a lost tablet: its tokens stop at once and it is marked for wiping', async () => {
      const tablet = await signInAs(t.app, 'canbo.bathuoc');
      const users = (await call(admin, 'GET', '/admin/users')).json<{ users: Array<{ id: string; username: string }> }>().users;
      const canbo = users.find((u) => u.username === 'canbo.bathuoc')!;
      const devices = (await call(admin, 'GET', `/admin/users/${canbo.id}/devices`)).json<{ devices: Array<{ id: string }> }>().devices;
      expect(devices.map((d) => d.id)).toContain(tablet.deviceId);
      const revoked = await call(admin, 'POST', `/admin/devices/${tablet.deviceId}/revoke`);
      const { device } = revoked.json<{ device: { id: string; revokedAt: string | null; wipeRequestedAt: string | null } }>();
      expect(device.id).toBe(tablet.deviceId);
      expect(device.revokedAt).toMatch(/^\d{4}-/);
      expect(device.wipeRequestedAt).toBe(device.revokedAt);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(tablet.accessToken) });
      expect([me.statusCode, me.json<{ error: { code: string } }>().error.code]).toEqual([401, 'device-revoked']);
      const refresh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: tablet.refreshToken, deviceId: tablet.deviceId } });
      expect(refresh.json<{ error: { code: string } }>().error.code).toBe('device-revoked');
    });

    it('adds and renames villages, and the tablets learn the names on their next pull', async () => {
      const { cursor } = await field.pullAll();
      const added = (await call(admin, 'POST', '/admin/villages', { communeCode: '14923', name: '  Bản  Lở ' })).json<{ village: { id: string } }>().village;
      expect((await call(admin, 'PATCH', `/admin/villages/${added.id}`, { name: 'Bản Lở Mới' })).statusCode).toBe(200);
      const pulled = (await field.pullAll(cursor)).changes.filter((c) => c.entity === 'village');
      expect(pulled.map((c) => c.fields)).toEqual([{ communeCode: '14923', name: 'Bản Lở Mới' }]);
      const communes = (await call(officer, 'GET', '/office/communes')).json<{ communes: Array<{ villages: Array<{ name: string }> }> }>().communes;
      expect(communes[0]!.villages.map((v) => v.name)).toContain('Bản Lở Mới');
    });
  });
}
