import { createHash } from 'node:crypto';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../../src/server/auth/issue-session';
import {
  bearer,
  createTestApp,
  createTestUser,
  signInAs,
  TEST_PASSWORD,
  type TestApp,
} from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';

type ErrorReply = { error: { code: string; message: string; details?: { path: string }[] } };

export function describeAuth(factory: TestDatabaseFactory): void {
  describe(`auth (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    const signIn = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload });
    const refresh = (refreshToken: string, deviceId: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken, deviceId } });
    const me = (accessToken: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(accessToken) });
    const tokenRow = (token: string) =>
      t.db
        .selectFrom('refresh_tokens')
        .selectAll()
        .where('token_hash', '=', createHash('sha256').update(token).digest('hex'))
        .executeTakeFirstOrThrow();

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    describe('sign-in', () => {
      it('answers tokens and the user with their communes', async () => {
        const response = await signIn({ username: 'canbo.bathuoc', password: TEST_PASSWORD, deviceId: 'tablet-0001', deviceLabel: 'Máy tính bảng 1' });
        expect(response.statusCode).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
        const body = response.json<SessionResponse>();
        expect(body.expiresIn).toBe(900);
        expect(body.user).toMatchObject({
          username: 'canbo.bathuoc',
          role: 'staff',
          communes: [{ code: '14923', name: 'Xã Bá Thước' }],
        });
        const claims = decodeJwt(body.accessToken);
        expect(claims).toMatchObject({ sub: body.user.id, role: 'staff', communes: ['14923'], did: 'tablet-0001' });
        expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);
        expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

        const stored = await tokenRow(body.refreshToken);
        expect(stored).toMatchObject({ user_id: body.user.id, device_id: 'tablet-0001', used_at: null, revoked_at: null });
        const days = (Date.parse(stored.expires_at) - Date.parse(stored.created_at)) / 86_400_000;
        expect(days).toBe(30);
        const device = await t.db.selectFrom('devices').selectAll().where('id', '=', 'tablet-0001').executeTakeFirstOrThrow();
        expect(device).toMatchObject({ user_id: body.user.id, label: 'Máy tính bảng 1', revoked_at: null });

        expect((await me(body.accessToken)).json()).toMatchObject({ user: { username: 'canbo.bathuoc' }, deviceId: 'tablet-0001' });
      });

      it('gives the user one recovery key for their workspaces on devices, the same at every sign-in', async () => {
        const first = (await signIn({ username: 'canbo.thietong', password: TEST_PASSWORD, deviceId: 'tablet-0009' })).json<SessionResponse>();
        expect(Buffer.from(first.recoveryKey, 'base64')).toHaveLength(32);
        const again = (await signIn({ username: 'canbo.thietong', password: TEST_PASSWORD, deviceId: 'tablet-0010' })).json<SessionResponse>();
        expect(again.recoveryKey).toBe(first.recoveryKey);
        const other = (await signIn({ username: 'mot.cua.bathuoc', password: TEST_PASSWORD, deviceId: 'tablet-0011' })).json<SessionResponse>();
        expect(other.recoveryKey).not.toBe(first.recoveryKey);
      });

      it('accepts the username in any case and with stray spaces', async () => {
        const response = await signIn({ username: '  CanBo.BaThuoc ', password: TEST_PASSWORD, deviceId: 'tablet-0002' });
        expect(response.statusCode).toBe(200);
      });

      it('refuses a wrong password and an unknown user with the same answer', async () => {
        const wrong = await signIn({ username: 'canbo.bathuoc', password: 'wrong-password', deviceId: 'tablet-0003' });
        const unknown = await signIn({ username: 'nobody.here', password: TEST_PASSWORD, deviceId: 'tablet-0003' });
        expect(wrong.statusCode).toBe(401);
        expect(unknown.statusCode).toBe(401);
        expect(wrong.json<ErrorReply>().error.code).toBe('invalid-credentials');
        expect(unknown.json()).toEqual(wrong.json());
      });

      it('refuses an inactive user', async () => {
        await createTestUser(t.db, { username: 'nghi.viec', communes: ['14923'], active: false });
        const response = await signIn({ username: 'nghi.viec', password: TEST_PASSWORD, deviceId: 'tablet-0004' });
        expect(response.statusCode).toBe(401);
        expect(response.json<ErrorReply>().error.code).toBe('account-inactive');
      });

      it('says which field is wrong', async () => {
        const response = await signIn({ username: 'canbo.bathuoc', password: TEST_PASSWORD });
        expect(response.statusCode).toBe(400);
        const { error } = response.json<ErrorReply>();
        expect(error.code).toBe('validation-failed');
        expect(error.details?.map((d) => d.path)).toEqual(['deviceId']);
      });
    });

    describe('access token', () => {
      it('is required, and must be genuine', async () => {
        const none = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
        expect(none.statusCode).toBe(401);
        expect(none.json<ErrorReply>().error.code).toBe('unauthenticated');
        const session = await signInAs(t.app, 'canbo.bathuoc');
        const [header, , signature] = session.accessToken.split('.');
        const forgedPayload = Buffer.from(JSON.stringify({ sub: session.user.id, role: 'admin', communes: ['14980'], did: session.deviceId })).toString('base64url');
        const forged = await me(`${header}.${forgedPayload}.${signature}`);
        expect(forged.statusCode).toBe(401);
        expect(forged.json<ErrorReply>().error.code).toBe('unauthenticated');
      });

      it('stops working at once when the user is deactivated', async () => {
        const userId = await createTestUser(t.db, { username: 'sap.nghi', communes: ['14923'] });
        const session = await signInAs(t.app, 'sap.nghi');
        expect((await me(session.accessToken)).statusCode).toBe(200);
        await t.db.updateTable('users').set({ active: 0 }).where('id', '=', userId).execute();
        const response = await me(session.accessToken);
        expect(response.statusCode).toBe(401);
        expect(response.json<ErrorReply>().error.code).toBe('account-inactive');
        expect((await refresh(session.refreshToken, session.deviceId)).json<ErrorReply>().error.code).toBe('account-inactive');
      });
    });

    describe('refresh', () => {
      it('rotates the token within the same family', async () => {
        const first = await signInAs(t.app, 'mot.cua.bathuoc');
        const response = await refresh(first.refreshToken, first.deviceId);
        expect(response.statusCode).toBe(200);
        const second = response.json<SessionResponse>();
        expect(second.refreshToken).not.toBe(first.refreshToken);
        expect(second.user.role).toBe('officer');
        const oldRow = await tokenRow(first.refreshToken);
        const newRow = await tokenRow(second.refreshToken);
        expect(oldRow.used_at).not.toBeNull();
        expect(newRow).toMatchObject({ family_id: oldRow.family_id, used_at: null, revoked_at: null });
        expect((await me(second.accessToken)).statusCode).toBe(200);
      });

      it('revokes the whole family when a used token is presented again', async () => {
        const first = await signInAs(t.app, 'mot.cua.bathuoc');
        const second = (await refresh(first.refreshToken, first.deviceId)).json<SessionResponse>();

        const replay = await refresh(first.refreshToken, first.deviceId);
        expect(replay.statusCode).toBe(401);
        expect(replay.json<ErrorReply>().error.code).toBe('refresh-token-reused');
        // The legitimate holder's newer token is dead too: the thief and the owner both sign in again.
        const afterReplay = await refresh(second.refreshToken, first.deviceId);
        expect(afterReplay.statusCode).toBe(401);
        expect(afterReplay.json<ErrorReply>().error.code).toBe('invalid-refresh-token');
        expect((await tokenRow(second.refreshToken)).revoked_at).not.toBeNull();
      });

      it('refuses a token from another device and revokes its family', async () => {
        const session = await signInAs(t.app, 'canbo.bathuoc');
        const stolen = await refresh(session.refreshToken, 'another-device-1');
        expect(stolen.statusCode).toBe(401);
        expect((await refresh(session.refreshToken, session.deviceId)).statusCode).toBe(401);
      });

      it('refuses an expired token', async () => {
        const session = await signInAs(t.app, 'canbo.bathuoc');
        const row = await tokenRow(session.refreshToken);
        await t.db.updateTable('refresh_tokens').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', row.id).execute();
        const response = await refresh(session.refreshToken, session.deviceId);
        expect(response.statusCode).toBe(401);
        expect(response.json<ErrorReply>().error.code).toBe('session-expired');
      });

      it('refuses an unknown token', async () => {
        const response = await refresh('x'.repeat(43), 'tablet-0001');
        expect(response.statusCode).toBe(401);
        expect(response.json<ErrorReply>().error.code).toBe('invalid-refresh-token');
      });
    });

    describe('sign-out', () => {
      it('revokes the family, and may be repeated', async () => {
        const session = await signInAs(t.app, 'canbo.bathuoc');
        const signOut = () =>
          t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', payload: { refreshToken: session.refreshToken } });
        expect((await signOut()).statusCode).toBe(204);
        expect((await signOut()).statusCode).toBe(204);
        const response = await refresh(session.refreshToken, session.deviceId);
        expect(response.statusCode).toBe(401);
      });
    });

    describe('revoked device', () => {
      it('gets device-revoked on every authenticated call, on refresh and on sign-in', async () => {
        const session = await signInAs(t.app, 'canbo.bathuoc', 'lost-tablet-01');
        expect((await me(session.accessToken)).statusCode).toBe(200);
        await t.db.updateTable('devices').set({ revoked_at: new Date().toISOString() }).where('id', '=', 'lost-tablet-01').execute();

        const calls = [
          await me(session.accessToken),
          await t.app.inject({ method: 'GET', url: '/api/v1/villages?commune=14923', headers: bearer(session.accessToken) }),
          await refresh(session.refreshToken, session.deviceId),
          await signIn({ username: 'canbo.bathuoc', password: TEST_PASSWORD, deviceId: 'lost-tablet-01' }),
        ];
        for (const response of calls) {
          expect(response.statusCode).toBe(401);
          expect(response.json<ErrorReply>().error.code).toBe('device-revoked');
        }
      });
    });

    describe('rate limit', () => {
      let limited: TestApp;
      beforeAll(async () => {
        limited = await createTestApp(database, { rateLimit: { max: 3, timeWindowMs: 60_000 } });
      });
      afterAll(() => limited?.close());

      it('slows password guessing for one account without locking out the others', async () => {
        const attempt = (username: string) =>
          limited.app.inject({
            method: 'POST',
            url: '/api/v1/auth/sign-in',
            payload: { username, password: 'guess', deviceId: 'tablet-9999' },
          });
        for (let i = 0; i < 3; i++) expect((await attempt('quantri')).statusCode).toBe(401);
        const blocked = await attempt('quantri');
        expect(blocked.statusCode).toBe(429);
        expect(blocked.json()).toEqual({ error: { code: 'rate-limited', message: expect.any(String) as string } });
        expect(blocked.headers['retry-after']).toBeDefined();
        expect((await attempt('canbo.thietong')).statusCode).toBe(401);
      });
    });
  });
}
