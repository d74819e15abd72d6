import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../../src/server/auth/issue-session';
import { buildApp } from '../../../src/server/app';
import { bearer, createTestApp, FAST_PASSWORD_HASH, TEST_JWT_SECRET, TEST_PASSWORD, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { citizenFields, connectDevice, type SyncDevice } from '../support/sync-device';
import { dossierFields } from './sync-dossiers';

const BA_THUOC = '14923';
const THIET_ONG = '14980';

/** What a citizen's phone sends for the draft it prepared: the request and pages, none of the desk's part. */
const draftFields = (citizenId: string, overrides: Record<string, unknown> = {}) => {
  const { confirmation: _c, fee: _f, resultDue: _r, ...fields } = dossierFields(citizenId, overrides);
  return fields;
};

/** Issue 7 §7: citizen accounts, what they may reach, their own dossiers, and hand-over codes. */
export function describeCitizenPhone(factory: TestDatabaseFactory): void {
  describe(`the citizen's own phone (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let phone: SyncDevice;
    let citizenId = '';
    let staff: SyncDevice;
    let officer: SyncDevice;

    const post = (url: string, payload: unknown, token?: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as Record<string, unknown>, ...(token ? { headers: bearer(token) } : {}) });
    const createAccount = (input: Record<string, unknown>) =>
      post('/citizen-accounts', { fullName: 'Hà Thị Mai', communeCode: BA_THUOC, password: TEST_PASSWORD, deviceId: `phone-${randomUUID()}`, ...input });

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      const created = await createAccount({ phone: '+84 912 345 678' });
      expect(created.statusCode, created.body).toBe(201);
      citizenId = created.json<SessionResponse>().user.id;
      phone = await connectDevice(t.app, '0912345678');
      staff = await connectDevice(t.app, 'canbo.bathuoc');
      officer = await connectDevice(t.app, 'mot.cua.bathuoc');
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    describe('account creation', () => {
      it('signs the phone in as a citizen of the chosen commune, the number in national form', async () => {
        const response = await createAccount({ phone: '0987 654 321', fullName: '  Lò   Văn Pản ' });
        expect(response.statusCode).toBe(201);
        const session = response.json<SessionResponse>();
        expect(session.user).toMatchObject({ username: '0987654321', displayName: 'Lò Văn Pản', role: 'citizen', communes: [{ code: BA_THUOC }] });
        expect(session.refreshToken.length).toBeGreaterThan(20);
        expect(session.recoveryKey.length).toBeGreaterThan(20);
        const account = await t.db.selectFrom('citizen_accounts').selectAll().where('user_id', '=', session.user.id).executeTakeFirstOrThrow();
        expect(account).toMatchObject({ phone: '0987654321', commune_code: BA_THUOC, citizen_id: session.user.id });
      });

      it.each([
        [{ phone: '091234' }, 'phone', 'phone.length'],
        [{ phone: '0241234567' }, 'phone', 'phone.length'],
        [{ phone: '02412345678' }, 'phone', 'phone.notMobile'],
        [{ phone: '0912abc678' }, 'phone', 'phone.notDigits'],
        [{ phone: '0911111111', fullName: 'A' }, 'fullName', 'fullName.tooShort'],
        [{ phone: '0911111112', password: 'short' }, 'password', 'account.passwordTooShort'],
        [{ phone: '0911111113', communeCode: 'x' }, 'communeCode', 'account.communeRequired'],
      ])('refuses %j with %s: %s', async (input, path, code) => {
        const response = await createAccount(input);
        expect(response.statusCode).toBe(400);
        const { error } = response.json<{ error: { code: string; details: unknown[] } }>();
        expect(error.code).toBe('validation-failed');
        expect(error.details).toContainEqual({ path, message: code });
      });

      it('refuses an unknown commune and a number that already has an account, creating nothing', async () => {
        const users = await t.db.selectFrom('users').select('id').execute();
        expect((await createAccount({ phone: '0977000111', communeCode: '99999' })).json()).toMatchObject({ error: { code: 'commune-unknown' } });
        const taken = await createAccount({ phone: '84912345678' });
        expect(taken.statusCode).toBe(409);
        expect(taken.json()).toMatchObject({ error: { code: 'phone-taken' } });
        expect(await t.db.selectFrom('users').select('id').execute()).toHaveLength(users.length);
      });

      it('is rate limited like sign-in', async () => {
        // A second app on the same database, with the limit on (the shared test app runs without it).
        const limited = await buildApp({
          db: t.db, dialect: database.dialect, dataDir: database.dataDir, staticDir: t.staticDir, jwtSecret: TEST_JWT_SECRET,
          passwordHashOptions: FAST_PASSWORD_HASH, rateLimit: { max: 2, timeWindowMs: 60_000 },
        });
        try {
          const attempt = () => limited.inject({ method: 'POST', url: '/api/v1/citizen-accounts', payload: { phone: '0911222333', fullName: 'x', communeCode: BA_THUOC, password: 'p', deviceId: 'phone-rate-limit' } });
          expect((await attempt()).statusCode).toBe(400);
          expect((await attempt()).statusCode).toBe(400);
          const third = await attempt();
          expect(third.statusCode).toBe(429);
          expect(third.json()).toMatchObject({ error: { code: 'rate-limited' } });
        } finally {
          await limited.close();
        }
      });
    });

    describe('authorization', () => {
      it.each([
        ['GET', '/office/dossiers'], ['GET', '/office/communes'], ['GET', '/office/dashboard'], ['GET', '/admin/users'],
        ['POST', '/admin/villages'], ['POST', '/villages'],
      ])('answers 403 to a citizen on %s %s', async (method, url) => {
        const response = await t.app.inject({
          method: method as 'GET' | 'POST', url: `/api/v1${url}`, headers: bearer(phone.token),
          ...(method === 'POST' ? { payload: { id: randomUUID(), communeCode: BA_THUOC, name: 'Bản Mới' } } : {}),
        });
        expect(response.statusCode).toBe(403);
      });

      it('refuses citizen and village records from a phone, changing nothing', async () => {
        const other = randomUUID();
        const result = await phone.push([
          phone.mutation('citizen', other, citizenFields()),
          phone.mutation('village', randomUUID(), { communeCode: BA_THUOC, name: 'Bản Lạ' }),
        ]);
        expect(result.results.map((r) => [r.status, r.error?.code])).toEqual([['rejected', 'forbidden-commune'], ['rejected', 'forbidden-commune']]);
        expect(await t.db.selectFrom('citizens').select('id').where('id', '=', other).execute()).toEqual([]);
      });
    });

    describe('own dossiers', () => {
      const dossierId = randomUUID();
      let staffDossier = '';

      it('stores a draft from the phone as "to check", with no official code, for the account holder', async () => {
        // Whoever the phone names, the applicant is the account holder; another person is refused.
        const refused = await phone.push([phone.mutation('dossier', randomUUID(), draftFields(randomUUID()))]);
        expect(refused.results[0]).toMatchObject({ status: 'rejected' });
        const result = await phone.push([phone.mutation('dossier', dossierId, draftFields(citizenId))]);
        expect(result.results[0]).toMatchObject({ status: 'applied' });
        const row = await t.db.selectFrom('dossiers').selectAll().where('id', '=', dossierId).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ status: 'toCheck', official_code: null, citizen_id: citizenId, commune_code: BA_THUOC, created_by: citizenId });
        expect(JSON.parse(row.fields)).toMatchObject({ preparedBy: 'citizen' });
      });

      it('pulls only the citizen\'s own dossiers', async () => {
        const person = randomUUID();
        staffDossier = randomUUID();
        const pushed = await staff.push([staff.mutation('citizen', person, citizenFields()), staff.mutation('dossier', staffDossier, dossierFields(person))]);
        expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
        const { changes } = await phone.pullAll();
        expect(changes.map((c) => [c.entity, c.entityId])).toEqual([['dossier', dossierId]]);
        const neighbour = await createAccount({ phone: '0933444555' });
        const other = await connectDevice(t.app, '0933444555');
        expect(neighbour.statusCode).toBe(201);
        expect((await other.pullAll()).changes).toEqual([]);
        // The commune's tablets get the staff dossier; the citizen's half-filled record never reaches them.
        const onTablet = (await staff.pullAll()).changes.map((c) => c.entityId);
        expect(onTablet).toContain(staffDossier);
        expect(onTablet).not.toContain(citizenId);
      });

      it('shows in the officer queue under "to check"; acceptance numbers it and the phone pulls the code', async () => {
        const queue = await t.app.inject({ method: 'GET', url: '/api/v1/office/dossiers?status=toCheck', headers: bearer(officer.token) });
        expect(queue.json<{ items: Array<{ id: string; status: string }> }>().items.map((i) => [i.id, i.status])).toEqual([[dossierId, 'toCheck']]);
        const accepted = await post(`/office/dossiers/${dossierId}/transitions`, { event: 'acceptCheck' }, officer.token);
        expect(accepted.statusCode, accepted.body).toBe(200);
        const row = await t.db.selectFrom('dossiers').selectAll().where('id', '=', dossierId).executeTakeFirstOrThrow();
        expect(row.status).toBe('received');
        expect(row.official_code).toMatch(/\S+/);
        expect(row.due_date).not.toBeNull();
        const change = (await phone.pullAll()).changes.find((c) => c.entityId === dossierId);
        expect(change?.fields).toMatchObject({ status: 'received', officialCode: row.official_code });
        const events = await t.db.selectFrom('dossier_events').select(['event', 'actor_id']).where('dossier_id', '=', dossierId).orderBy('created_at').execute();
        expect(events.map((e) => e.event)).toEqual(['receiveForCheck', 'acceptCheck']);
      });

      it('refuses a phone\'s change to a dossier that is not its own', async () => {
        const result = await phone.push([phone.mutation('dossier', staffDossier, { answers: { purposeDetail: 'x' } }, { baseRevision: 1 })]);
        expect(result.results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden-commune' } });
      });
    });

    describe('hand-over by code', () => {
      const draft = { procedureCode: '1.004873', catalogVersion: 'v', answers: { purpose: 'other' }, persons: {}, documents: {} };
      const consent = { given: true, language: 'hnj' };

      it('needs the citizen\'s consent to hand a staff draft to a phone', async () => {
        const response = await post('/handovers', { communeCode: BA_THUOC, draft }, staff.token);
        expect(response.statusCode).toBe(422);
        expect(response.json()).toMatchObject({ error: { code: 'consent-required' } });
        expect((await post('/handovers', { communeCode: THIET_ONG, draft, consent }, staff.token)).statusCode).toBe(403);
      });

      it('works once, for a citizen of the same commune only, and records who and when', async () => {
        const created = await post('/handovers', { communeCode: BA_THUOC, draft, consent }, staff.token);
        expect(created.statusCode).toBe(201);
        const { code } = created.json<{ code: string }>();
        expect(code).toMatch(/^[0-9A-Z]{8}$/);
        const stranger = await createAccount({ phone: '0966777888', communeCode: THIET_ONG });
        expect((await post('/handovers/claim', { code }, stranger.json<SessionResponse>().accessToken)).statusCode).toBe(404);
        expect((await post('/handovers/claim', { code }, officer.token)).statusCode).toBe(404);
        const claimed = await post('/handovers/claim', { code: `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}` }, phone.token);
        expect(claimed.statusCode, claimed.body).toBe(200);
        expect(claimed.json()).toMatchObject({ draft, direction: 'toCitizen', communeCode: BA_THUOC });
        const again = await post('/handovers/claim', { code }, phone.token);
        expect(again.statusCode).toBe(409);
        expect(again.json()).toMatchObject({ error: { code: 'handover-used' } });
        const row = await t.db.selectFrom('handovers').selectAll().executeTakeFirstOrThrow();
        const staffId = (await t.db.selectFrom('users').select('id').where('username', '=', 'canbo.bathuoc').executeTakeFirstOrThrow()).id;
        expect(row).toMatchObject({ created_by: staffId, claimed_by: citizenId, consent_language: 'hnj', direction: 'toCitizen' });
        expect(row.claimed_at).not.toBeNull();
        expect(row.payload).not.toContain(code);
        expect(row.code_hash).not.toContain(code);
      });

      it('expires', async () => {
        const { code } = (await post('/handovers', { communeCode: BA_THUOC, draft, consent }, staff.token)).json<{ code: string }>();
        await t.db.updateTable('handovers').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('claimed_at', 'is', null).execute();
        const response = await post('/handovers/claim', { code }, phone.token);
        expect(response.statusCode).toBe(410);
        expect(response.json()).toMatchObject({ error: { code: 'handover-expired' } });
      });

      it('goes the other way, from a phone to the commune\'s staff, with its pages readable by them', async () => {
        const sha256 = 'a'.repeat(64);
        const page = { sha256, size: 10, mime: 'image/jpeg' };
        const withPage = { ...draft, documents: { marriage: [page] } };
        // A page the phone never uploaded cannot ride along.
        expect((await post('/handovers', { communeCode: BA_THUOC, draft: withPage }, phone.token)).json()).toMatchObject({ error: { code: 'attachment-missing' } });
        const at = new Date().toISOString();
        await t.db.insertInto('blobs').values({ sha256, size: 10, mime: 'image/jpeg', created_at: at }).execute();
        await t.db.insertInto('blob_uploaders').values({ sha256, user_id: citizenId, created_at: at }).execute();
        const created = await post('/handovers', { communeCode: BA_THUOC, draft: withPage }, phone.token);
        expect(created.json()).toMatchObject({ direction: 'toStaff' });
        const { code } = created.json<{ code: string }>();
        expect((await post('/handovers/claim', { code }, phone.token)).statusCode).toBe(404);
        const claimed = await post('/handovers/claim', { code }, staff.token);
        expect(claimed.json()).toMatchObject({ draft: withPage, direction: 'toStaff' });
        const staffId = (await t.db.selectFrom('users').select('id').where('username', '=', 'canbo.bathuoc').executeTakeFirstOrThrow()).id;
        expect(await t.db.selectFrom('blob_uploaders').select('user_id').where('sha256', '=', sha256).where('user_id', '=', staffId).execute()).toHaveLength(1);
      });

      it('refuses malformed codes with a validation error', async () => {
        const response = await post('/handovers/claim', { code: '12' }, phone.token);
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ error: { details: [{ path: 'code', message: 'handover.codeInvalid' }] } });
      });
    });
  });
}
