import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOfficialCode } from '../../src/domain/dossier/official-code';
import { createHlc } from '../../src/shared/hlc';
import {
  PROTOCOL_VERSION, pullResponseSchema, pushResponseSchema, type Fields, type Mutation, type PullResponse, type PushResponse,
} from '../../src/shared/protocol';
import type { SessionResponse } from '../../src/server/auth/issue-session';
import { createTestStaticDir, TEST_PASSWORD } from '../../src/server/testing/test-app';
import { postgresTestDatabasesFromEnv, type TestDatabase } from '../../src/server/testing/test-database';
import { dossierFields } from './suites/sync-dossiers';
import { citizenFields } from './support/sync-device';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { randomFile, tusClient } from './support/tus-client';

// Several server processes behind a load balancer without sticky sessions (issue 5.10): all state is in
// PostgreSQL and in the data directory, which here stands for the shared volume (or object store) every
// server mounts — the blob store and the unfinished tus uploads live there. A device's requests land on
// either server, batch by batch and in the middle of an upload, and the result is the same exactly-once.

const factory = postgresTestDatabasesFromEnv();
const JWT_SECRET = 'two-servers-test-secret-0123456789abcdef';

type Device = {
  deviceId: string;
  token: string;
  mutation(entity: Mutation['entity'], entityId: string, fields: Fields, baseRevision?: number): Mutation;
  push(server: ServerProcess, mutations: Mutation[]): Promise<PushResponse>;
  pullAll(server: ServerProcess): Promise<PullResponse['changes']>;
};

async function signIn(server: ServerProcess, username: string): Promise<Device> {
  const deviceId = `tablet-${randomUUID()}`;
  const response = await fetch(`${server.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD, deviceId }),
  });
  expect(response.status).toBe(200);
  const { accessToken } = (await response.json()) as SessionResponse;
  const clock = createHlc(deviceId);
  let next = 1;
  const post = async (server: ServerProcess, path: string, body: unknown) => {
    const reply = await fetch(`${server.url}/api/v1/sync/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(body),
    });
    if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${await reply.text()}`);
    return reply.json() as Promise<unknown>;
  };
  return {
    deviceId,
    token: accessToken,
    mutation: (entity, entityId, fields, baseRevision = 0) => ({
      mutationId: next++, entity, entityId, op: 'upsert', baseRevision, hlc: clock.tick(), fields,
    }),
    push: async (server, mutations) =>
      pushResponseSchema.parse(await post(server, 'push', { protocolVersion: PROTOCOL_VERSION, deviceId, mutations })),
    async pullAll(server) {
      const changes: PullResponse['changes'] = [];
      let cursor = '';
      for (;;) {
        const page = pullResponseSchema.parse(await post(server, 'pull', { protocolVersion: PROTOCOL_VERSION, cursor, limit: 50 }));
        changes.push(...page.changes);
        cursor = page.cursor;
        if (!page.hasMore) return changes;
      }
    },
  };
}

describe.skipIf(!factory)('two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let staticDir: string;
  let a: ServerProcess;
  let b: ServerProcess;
  const started: ServerProcess[] = [];
  const start = async () => {
    const server = await startServerProcess({ databaseUrl: database.databaseUrl!, dataDir: database.dataDir, staticDir, jwtSecret: JWT_SECRET });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    database = await factory!.create();
    staticDir = await createTestStaticDir();
    // Started together, as a deployment would: both migrate and seed the same database at once.
    [a, b] = await Promise.all([start(), start()]);
  }, 120_000);
  afterAll(async () => {
    for (const server of started) await server.kill();
    await database?.destroy();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('applies a device alternating between servers exactly once, replays included', async () => {
    const device = await signIn(a, 'canbo.bathuoc');
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const batch1 = [device.mutation('citizen', ids[0]!, citizenFields()), device.mutation('citizen', ids[1]!, citizenFields())];
    const batch2 = [device.mutation('citizen', ids[0]!, { phone: '0911222333' }, 1), device.mutation('citizen', ids[2]!, citizenFields())];
    const batch3 = [device.mutation('citizen', ids[3]!, citizenFields()), device.mutation('citizen', ids[1]!, { phone: '0944555666' }, 1)];

    const first1 = await device.push(a, batch1);
    const first2 = await device.push(b, batch2);
    // Responses lost: each batch is sent again, to the other server.
    const replay1 = await device.push(b, batch1);
    const replay2 = await device.push(a, batch2);
    const first3 = await device.push(b, batch3);
    const replay3 = await device.push(a, [...batch3, ...batch1]);

    for (const first of [first1, first2, first3]) expect(first.results.every((r) => r.status === 'applied')).toBe(true);
    const already = (results: PushResponse['results']) => results.map((r) => ({ ...r, status: r.processedAs, processedAs: undefined }));
    expect(already(replay1.results)).toEqual(first1.results.map((r) => ({ ...r, processedAs: undefined })));
    expect(already(replay2.results)).toEqual(first2.results.map((r) => ({ ...r, processedAs: undefined })));
    expect(replay3.results.every((r) => r.status === 'alreadyProcessed')).toBe(true);

    const rows = await database.db.selectFrom('citizens').select(['id', 'revision']).where('id', 'in', ids).orderBy('id').execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.revision]))).toEqual({ [ids[0]!]: 2, [ids[1]!]: 2, [ids[2]!]: 1, [ids[3]!]: 1 });
    const results = await database.db.selectFrom('mutation_results').select('mutation_id').where('device_id', '=', device.deviceId).execute();
    expect(results).toHaveLength(6);

    // Both servers tell the same story.
    const fromA = await device.pullAll(a);
    const fromB = await device.pullAll(b);
    expect(fromB).toEqual(fromA);
    expect(fromA.filter((c) => c.entity === 'citizen').map((c) => c.entityId).sort()).toEqual([...ids].sort());
  });

  it('numbers dossiers received at once by both servers without a gap or a repeat', async () => {
    const devices = await Promise.all(Array.from({ length: 6 }, () => signIn(a, 'canbo.bathuoc')));
    const citizen = randomUUID();
    await devices[0]!.push(a, [devices[0]!.mutation('citizen', citizen, citizenFields())]);
    const dossierIds = await Promise.all(
      devices.map(async (device, i) => {
        const batch = [randomUUID(), randomUUID(), randomUUID()];
        await device.push(i % 2 === 0 ? a : b, batch.map((id) => device.mutation('dossier', id, dossierFields(citizen))));
        return batch;
      }),
    );
    const rows = await database.db.selectFrom('dossiers').select(['id', 'official_code']).where('id', 'in', dossierIds.flat()).execute();
    const sequences = rows.map((r) => parseOfficialCode(r.official_code!)!.sequence).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('finishes on one server an upload started on the other', async () => {
    const device = await signIn(b, 'canbo.bathuoc');
    const file = randomFile(400_000);
    const onA = tusClient(a.url, device.token);
    const onB = tusClient(b.url, device.token);
    const path = new URL(await onA.start(file)).pathname;
    expect((await onA.patch(`${a.url}${path}`, 0, file.bytes.subarray(0, 150_000))).status).toBe(204);
    expect(await onB.offset(`${b.url}${path}`)).toBe(150_000);
    expect((await onB.patch(`${b.url}${path}`, 150_000, file.bytes.subarray(150_000))).status).toBe(204);
    const got = await fetch(`${a.url}/api/v1/blobs/${file.sha256}`, { headers: { authorization: `Bearer ${device.token}` } });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(file.bytes)).toBe(true);
  });

  it('resumes an upload after its server is killed mid-transfer and restarted', async () => {
    const device = await signIn(a, 'canbo.bathuoc');
    const file = randomFile(600_000);
    const path = new URL(await tusClient(a.url, device.token).start(file)).pathname;

    // Stream the body slowly, and pull the plug on server A halfway.
    const target = new URL(`${a.url}${path}`);
    const sending = new Promise<void>((done) => {
      const req = request(
        { host: target.hostname, port: target.port, path, method: 'PATCH', headers: {
          'tus-resumable': '1.0.0', authorization: `Bearer ${device.token}`, 'content-type': 'application/offset+octet-stream',
          'upload-offset': '0', 'content-length': String(file.bytes.length),
        } },
        () => done(),
      );
      req.on('error', () => done());
      let sent = 0;
      const pump = () => {
        if (sent >= 300_000) return;
        req.write(file.bytes.subarray(sent, sent + 50_000));
        sent += 50_000;
        setTimeout(pump, 50);
      };
      pump();
    });
    await new Promise((wait) => setTimeout(wait, 500));
    await a.kill();
    await sending;

    a = await start();
    const client = tusClient(a.url, device.token);
    const offset = await client.offset(`${a.url}${path}`);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(300_000);
    expect((await client.patch(`${a.url}${path}`, offset, file.bytes.subarray(offset))).status).toBe(204);
    const got = await fetch(`${b.url}/api/v1/blobs/${file.sha256}`, { headers: { authorization: `Bearer ${device.token}` } });
    expect(Buffer.from(await got.arrayBuffer()).equals(file.bytes)).toBe(true);
  });
});
