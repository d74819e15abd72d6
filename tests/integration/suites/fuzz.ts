import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { listTables, snapshotDatabase } from '../support/db-snapshot';
import { fuzzRequest, readOperations, type FuzzRequest, type Operation } from '../support/fuzz-requests';

const hasErrorCode = (body: string) => {
  try {
    return typeof (JSON.parse(body) as { error?: { code?: unknown } }).error?.code === 'string';
  } catch {
    return false;
  }
};

export type FuzzOptions = { totalRequests: number; seed: number };

const describeRequest = (r: FuzzRequest) =>
  `${r.method} ${r.url.slice(0, 200)} ${JSON.stringify(r.headers)} ${String(r.payload ?? '').slice(0, 300)}`;

/**
 * Random and malformed requests to every route the server describes in /api/v1/openapi.json (issue 8 §3):
 * no answer may be 500 or above, every refusal is the JSON error shape, and a refused request leaves every
 * table exactly as it was (row count and checksum).
 */
export function describeFuzz(factory: TestDatabaseFactory, options: FuzzOptions): void {
  describe(`fuzz every endpoint (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let operations: Operation[];
    let token: string;
    let tables: string[];

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      token = (await signInAs(t.app, 'canbo.bathuoc')).accessToken;
      const doc = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      operations = readOperations(doc.json());
      tables = await listTables(t.db);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('publishes an OpenAPI 3.1 description of every API route', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ openapi: string; paths: Record<string, unknown> }>();
      expect(doc.openapi).toBe('3.1.0');
      for (const path of ['/api/v1/auth/sign-in', '/api/v1/sync/push', '/api/v1/villages', '/api/v1/blobs/{sha256}', '/api/v1/uploads/{wildcard}', '/api/v1/openapi.json']) {
        expect(doc.paths).toHaveProperty([path]);
      }
      expect(JSON.stringify(doc.paths['/api/v1/auth/sign-in'])).toContain('"username"');
    });

    it('survives a gzip body that is refused before it is read (it used to throw outside the request)', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain', 'content-encoding': 'gzip' },
        payload: 'not gzip at all',
      });
      expect(response.statusCode).toBe(415);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    it(`answers ${options.totalRequests} random requests without a 5xx and without changing data on refusal`, async () => {
      const perOperation = Math.ceil(options.totalRequests / operations.length);
      let before = await snapshotDatabase(t.db, tables);
      let sent = 0;
      // Every finding is collected, so that one run lists them all.
      const findings: string[] = [];
      for (const [index, op] of operations.entries()) {
        const requests = fc.sample(fuzzRequest(op, token), { numRuns: perOperation, seed: options.seed + index });
        for (const request of requests) {
          const response = await t.app.inject(request);
          sent++;
          const context = `${describeRequest(request)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          const after = await snapshotDatabase(t.db, tables);
          if (response.statusCode >= 500) findings.push(`5xx: ${context}`);
          if (response.statusCode >= 400) {
            if (JSON.stringify(after) !== JSON.stringify(before)) findings.push(`changed the database: ${context}`);
            // tus answers its own protocol errors (412 Tus-Resumable Required…) as tus clients expect them.
            if (request.method !== 'HEAD' && !request.url.startsWith('/api/v1/uploads') && !hasErrorCode(response.body)) findings.push(`not the error shape: ${context}`);
          }
          before = after;
        }
      }
      expect(findings.slice(0, 20)).toEqual([]);
      expect(sent).toBeGreaterThanOrEqual(options.totalRequests);
      // A snapshot of every table after every request: minutes on a busy 2-core machine, and that is fine.
    }, 300_000);
  });
}
