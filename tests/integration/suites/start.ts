import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../../src/server/auth/issue-session';
import { startServer, type RunningServer } from '../../../src/server/start';
import { createTestStaticDir, FAST_PASSWORD_HASH, TEST_PASSWORD } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';

export function describeStartServer(factory: TestDatabaseFactory): void {
  describe(`startServer on a real port (${factory.dialect})`, () => {
    let database: TestDatabase;
    let staticDir: string;
    const start = () =>
      startServer({
        port: 0,
        host: '127.0.0.1',
        databaseUrl: database.databaseUrl,
        dataDir: database.dataDir,
        staticDir,
        passwordHashOptions: FAST_PASSWORD_HASH,
      });

    beforeAll(async () => {
      database = await factory.create();
      staticDir = await createTestStaticDir();
    });
    afterAll(async () => {
      await database?.destroy();
      await rm(staticDir, { recursive: true, force: true });
    });

    it('migrates, seeds, listens, and keeps its JWT secret across restarts', async () => {
      let server: RunningServer | undefined = await start();
      let accessToken: string;
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(server.demoAccounts.map((a) => a.username)).toContain('canbo.bathuoc');
        const health = await fetch(`${server.url}/api/v1/health`);
        expect(await health.json()).toMatchObject({ status: 'ok', database: factory.dialect });
        const page = await fetch(`${server.url}/citizens`, { headers: { 'accept-encoding': 'gzip' } });
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);

        const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'canbo.bathuoc', password: TEST_PASSWORD, deviceId: randomUUID() }),
        });
        expect(signIn.status).toBe(200);
        accessToken = ((await signIn.json()) as SessionResponse).accessToken;
        const secretFile = await stat(join(database.dataDir, 'jwt-secret'));
        expect(secretFile.mode & 0o777).toBe(0o600);
      } finally {
        await server.close();
      }

      server = await start();
      try {
        const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
        expect(me.status).toBe(200);
      } finally {
        await server.close();
      }
    });
  });
}
