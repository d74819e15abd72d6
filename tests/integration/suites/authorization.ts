import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { bearer, createTestApp, createTestUser, signInAs, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { listRoutes, type RegisteredRoute } from '../support/list-routes';
import { citizenFields, connectDevice } from '../support/sync-device';
import { dossierFields } from './sync-dossiers';

const A = '14980'; // Xã Thiết Ống
const B = '14923'; // Xã Bá Thước

/**
 * Issue 6 §6: a user of commune A can neither read nor change anything of commune B through ANY endpoint.
 * The routes are enumerated from the app itself; every one is called by a staff member, an officer and an admin
 * of A, with B's ids in the path, B's commune and names in the query, and a body aimed at B's records. No answer
 * may carry B's data (beyond what the request itself named), and B's rows must be exactly as they were.
 */
export function describeAuthorization(factory: TestDatabaseFactory): void {
  describe(`authorization on every endpoint (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    const secret = { name: 'Lò Thị Bímật', purpose: 'Bí mật riêng của xã B', village: 'Bản Kín Đáo B', idNumber: '' };
    const ids = { dossier: '', citizen: '', village: '', bUser: '', bOfficer: '', bDevice: '', blob: 'f'.repeat(64), code: '' };
    const attackers: Array<{ username: string; role: string; token: string; deviceId: string }> = [];

    const snapshotB = async () => {
      const bUsers = [ids.bUser, ids.bOfficer];
      return JSON.stringify(await Promise.all([
        t.db.selectFrom('dossiers').selectAll().where('commune_code', '=', B).orderBy('id').execute(),
        t.db.selectFrom('citizens').selectAll().where('commune_code', '=', B).orderBy('id').execute(),
        t.db.selectFrom('villages').selectAll().where('commune_code', '=', B).orderBy('id').execute(),
        t.db.selectFrom('dossier_events').selectAll().where('commune_code', '=', B).orderBy('id').execute(),
        t.db.selectFrom('change_log').select(['entity', 'entity_id', 'revision']).where('commune_code', '=', B).orderBy('entity_id').execute(),
        t.db.selectFrom('record_attachments').selectAll().where('commune_code', '=', B).orderBy('sha256').execute(),
        t.db.selectFrom('users').selectAll().where('id', 'in', bUsers).orderBy('id').execute(),
        t.db.selectFrom('user_communes').selectAll().where('user_id', 'in', bUsers).orderBy('user_id').orderBy('commune_code').execute(),
        t.db.selectFrom('devices').selectAll().where('id', '=', ids.bDevice).execute(),
        t.db.selectFrom('refresh_tokens').select(['id', 'revoked_at', 'used_at']).where('user_id', 'in', bUsers).orderBy('id').execute(),
        t.db.selectFrom('agency_keys').selectAll().orderBy('kid').execute(),
        t.db.selectFrom('blob_uploaders').selectAll().where('sha256', '=', ids.blob).execute(),
      ]));
    };

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      // Commune B's data: a citizen with a dossier and a photo, a village, a decision in the audit log.
      const device = await connectDevice(t.app, 'canbo.bathuoc');
      ids.bDevice = device.deviceId;
      ids.citizen = randomUUID();
      ids.dossier = randomUUID();
      const fields = citizenFields({ fullName: secret.name });
      secret.idNumber = fields.citizenId as string;
      const now = new Date().toISOString();
      await t.db.insertInto('blobs').values({ sha256: ids.blob, size: 10, mime: 'image/jpeg', created_at: now }).execute();
      await device.push([
        device.mutation('citizen', ids.citizen, fields),
        device.mutation('dossier', ids.dossier, dossierFields(ids.citizen, {
          answers: { subject: ids.citizen, maritalStatus: 'single', purpose: 'other', purposeDetail: secret.purpose },
          documents: { extra: [{ sha256: ids.blob, size: 10, mime: 'image/jpeg' }] },
        })),
      ]);
      const users = await t.db.selectFrom('users').select(['id', 'username']).execute();
      ids.bUser = users.find((u) => u.username === 'canbo.bathuoc')!.id;
      ids.bOfficer = users.find((u) => u.username === 'mot.cua.bathuoc')!.id;
      const admin = (await signInAs(t.app, 'quantri')).accessToken;
      const village = await t.app.inject({ method: 'POST', url: '/api/v1/admin/villages', headers: bearer(admin), payload: { communeCode: B, name: secret.village } });
      ids.village = village.json<{ village: { id: string } }>().village.id;
      const officer = (await signInAs(t.app, 'mot.cua.bathuoc')).accessToken;
      await t.app.inject({ method: 'POST', url: `/api/v1/office/dossiers/${ids.dossier}/transitions`, headers: bearer(officer), payload: { event: 'startProcessing' } });
      ids.code = (await t.db.selectFrom('dossiers').select('official_code').where('id', '=', ids.dossier).executeTakeFirstOrThrow()).official_code!;

      // Commune A's people: the demo staff member, and an officer and an admin of A only.
      await createTestUser(t.db, { username: 'motcua.thietong', role: 'officer', communes: [A] });
      await createTestUser(t.db, { username: 'quantri.thietong', role: 'admin', communes: [A] });
      for (const [username, role] of [['canbo.thietong', 'staff'], ['motcua.thietong', 'officer'], ['quantri.thietong', 'admin']] as const) {
        const session = await signInAs(t.app, username);
        attackers.push({ username, role, token: session.accessToken, deviceId: session.deviceId });
      }
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('enumerates the routes from the app itself', () => {
      const routes = listRoutes(t.app).map((r) => `${r.method} ${r.url}`);
      expect(routes).toContain('GET /api/v1/office/dossiers/:id');
      expect(routes).toContain('POST /api/v1/office/dossiers/:id/transitions');
      expect(routes).toContain('POST /api/v1/sync/push');
      expect(routes).toContain('PATCH /api/v1/uploads/*');
      expect(routes.length).toBeGreaterThan(30);
    });

    it("lets no user of commune A read or change commune B's data through any endpoint", async () => {
      const before = await snapshotB();
      const markers = [secret.name, secret.purpose, secret.village, secret.idNumber, 'lo thi bimat', ids.dossier, ids.citizen, ids.village, ids.bUser, ids.bOfficer, ids.bDevice, ids.blob, ids.code, 'canbo.bathuoc', 'mot.cua.bathuoc'];
      const findings: string[] = [];
      const routes = listRoutes(t.app);
      let calls = 0;
      for (const attacker of attackers) {
        for (const route of routes) {
          for (const request of requestsFor(route, attacker)) {
            const response = await t.app.inject({
              method: route.method as 'GET', url: request.url,
              headers: { ...bearer(attacker.token), 'tus-resumable': '1.0.0', ...(request.payload ? { 'content-type': 'application/json' } : {}) },
              ...(request.payload ? { payload: JSON.stringify(request.payload) } : {}),
            });
            calls += 1;
            const sent = request.url + JSON.stringify(request.payload ?? '');
            const leaked = markers.filter((m) => response.body.includes(m) && !sent.includes(m));
            const where = `${attacker.username} ${route.method} ${request.url} → ${response.statusCode}`;
            if (leaked.length > 0) findings.push(`${where} leaked ${leaked.join(', ')}`);
            const backOffice = route.url.startsWith('/api/v1/office/') || route.url.startsWith('/api/v1/admin/');
            const forbidden = (backOffice && attacker.role === 'staff') || (route.url.startsWith('/api/v1/admin/') && attacker.role === 'officer');
            if (forbidden && response.statusCode !== 403) findings.push(`${where}: a ${attacker.role} must be refused (403)`);
          }
        }
      }
      expect(findings).toEqual([]);
      expect(await snapshotB()).toBe(before);
      expect(calls).toBeGreaterThan(300);
    });

    /** Path parameters filled with each of B's ids in turn, a query aimed at B, and a body aimed at B's records. */
    function requestsFor(route: RegisteredRoute, attacker: { deviceId: string }): Array<{ url: string; payload?: Record<string, unknown> }> {
      const candidates = route.url.includes(':sha256') ? [ids.blob] : [ids.dossier, ids.citizen, ids.bUser, ids.village, ids.bDevice];
      const paths = /[:*]/.test(route.url)
        ? candidates.map((id) => route.url.replace(/:sha256|:id|:lang/g, (p) => (p === ':lang' ? 'vi' : id)).replace(/\*$/, id))
        : [route.url];
      const queries = [
        `?commune=${B}&q=${encodeURIComponent('lo thi')}&village=${ids.village}&code=${encodeURIComponent(ids.code)}&from=2000-01-01&to=2100-12-31`,
        `?q=${encodeURIComponent('bimat')}&from=2000-01-01&to=2100-12-31`,
      ];
      const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
      const payload = hasBody ? bodyAimedAtB(attacker.deviceId) : undefined;
      return paths.flatMap((path) => queries.map((query) => ({ url: path + query, ...(payload ? { payload } : {}) })));
    }

    /** One body with every field a route of this app reads, each aimed at B (zod objects ignore the rest). */
    function bodyAimedAtB(deviceId: string): Record<string, unknown> {
      const hlc = `${new Date().toISOString()}-0000-${deviceId}`;
      const mutation = (mutationId: number, entity: string, entityId: string, fields: Record<string, unknown>) =>
        ({ mutationId, entity, entityId, op: 'upsert', baseRevision: 1, hlc, fields });
      return {
        communeCode: B, communes: [B], name: 'Bản Mạo Danh', username: `intruder-${randomUUID().slice(0, 8)}`, displayName: 'Kẻ Mạo Danh', role: 'admin',
        active: false, event: 'startProcessing', reason: 'xâm nhập', missingItems: ['x'], citizenId: ids.citizen,
        protocolVersion: PROTOCOL_VERSION, deviceId, cursor: '', password: 'wrong-password', refreshToken: 'not-a-real-refresh-token-0123456789',
        mutations: [
          mutation(900_001, 'dossier', ids.dossier, { documents: { extra: [{ sha256: ids.blob, size: 10, mime: 'image/jpeg' }] }, communeCode: A }),
          mutation(900_002, 'citizen', ids.citizen, { fullName: 'Tên Bị Sửa' }),
          mutation(900_003, 'village', ids.village, { name: 'Tên Bị Sửa' }),
          mutation(900_004, 'dossier', randomUUID(), dossierFields(ids.citizen, { communeCode: B })),
        ],
      };
    }
  });
}
