import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp, type BuildAppOptions } from '../app';
import { hashPassword, type PasswordHashOptions } from '../auth/passwords';
import type { SessionResponse } from '../auth/issue-session';
import { DEFAULT_DEMO_PASSWORD } from '../db/demo-data';
import { migrateToLatest } from '../db/migrate';
import type { Database, UserRole } from '../db/schema';
import { seedDatabase, type DemoAccount } from '../db/seed';
import type { TestDatabase } from './test-database';

/** Cheap argon2id for tests only: the algorithm is the same, the cost is not. */
export const FAST_PASSWORD_HASH: PasswordHashOptions = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
export const TEST_JWT_SECRET = 'test-only-secret-0123456789abcdefghijklmnop';
export const TEST_PASSWORD = DEFAULT_DEMO_PASSWORD;

export type TestApp = {
  app: FastifyInstance;
  db: Kysely<Database>;
  staticDir: string;
  demoAccounts: DemoAccount[];
  close(): Promise<void>;
};

/** Migrates and seeds the database, builds the app on a tiny built-app folder; rate limits off by default. */
export async function createTestApp(
  database: TestDatabase,
  overrides: Partial<BuildAppOptions> = {},
): Promise<TestApp> {
  await migrateToLatest(database.db, database.dialect);
  const demoAccounts = await seedDatabase(database.db, { passwordHashOptions: FAST_PASSWORD_HASH });
  const staticDir = await createTestStaticDir();
  const app = await buildApp({
    db: database.db,
    dialect: database.dialect,
    dataDir: database.dataDir,
    staticDir,
    jwtSecret: TEST_JWT_SECRET,
    rateLimit: false,
    passwordHashOptions: FAST_PASSWORD_HASH,
    ...overrides,
  });
  await app.ready();
  return {
    app,
    db: database.db,
    staticDir,
    demoAccounts,
    close: async () => {
      await app.close();
      await rm(staticDir, { recursive: true, force: true });
    },
  };
}

/** A stand-in for `vite build` output: the files whose cache headers matter. */
export async function createTestStaticDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'caunoi-static-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="vi"><title>Cầu Nối</title><div id="root"></div></html>');
  await writeFile(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
  await writeFile(join(dir, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js");\n');
  await writeFile(join(dir, 'manifest.webmanifest'), JSON.stringify({ name: 'Cầu Nối', start_url: '/' }));
  // Over the 1 KB compression threshold, so compression can be observed.
  await writeFile(join(dir, 'assets', 'app-abc123.js'), `export const app = ${JSON.stringify('x'.repeat(4000))};\n`);
  return dir;
}

export type TestUserInput = { username: string; role?: UserRole; communes?: string[]; active?: boolean };

/** Inserts a user with the test password, for cases the demo accounts do not cover (e.g. inactive). */
export async function createTestUser(db: Kysely<Database>, input: TestUserInput): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({
      id,
      username: input.username,
      display_name: input.username,
      password_hash: await hashPassword(TEST_PASSWORD, FAST_PASSWORD_HASH),
      role: input.role ?? 'staff',
      active: input.active === false ? 0 : 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const communes = input.communes ?? [];
  if (communes.length > 0) {
    await db.insertInto('user_communes').values(communes.map((code) => ({ user_id: id, commune_code: code }))).execute();
  }
  return id;
}

/** Signs in through the real route; fails the test loudly when the server refuses. */
export async function signInAs(
  app: FastifyInstance,
  username: string,
  deviceId: string = `device-${randomUUID()}`,
): Promise<SessionResponse & { deviceId: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { username, password: TEST_PASSWORD, deviceId },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
  return { ...response.json<SessionResponse>(), deviceId };
}

export const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });
