import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startServer, type RunningServer } from '../../../src/server/start';

export const BENCH_PASSWORD = 'CauNoi@2026-bench';

export type BenchDatabase = { name: 'sqlite' | 'postgres'; url?: string };

/** SQLite always; PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set. */
export function benchDatabases(): BenchDatabase[] {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  return url ? [{ name: 'sqlite' }, { name: 'postgres', url }] : [{ name: 'sqlite' }];
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The real server on 127.0.0.1: a fresh SQLite data directory, or a fresh schema of the PostgreSQL
 * database (as tests/integration does), dropped on close.
 */
export async function startBenchServer(database: BenchDatabase, staticDir: string): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'caunoi-bench-'));
  let databaseUrl: string | undefined;
  let schema: string | undefined;
  if (database.url) {
    schema = `bench_${randomBytes(6).toString('hex')}`;
    await runAdmin(database.url, `create schema ${schema}`);
    const url = new URL(database.url);
    url.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = url.toString();
  }
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl,
    staticDir,
    demoPassword: BENCH_PASSWORD,
    log: { level: 'error' },
    jwtSecret: randomBytes(32).toString('hex'),
    // Sign-in is not what is measured: fast hashing, and no rate limit in the way of 50 devices.
    passwordHashOptions: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    rateLimit: { max: 1_000_000, timeWindowMs: 60_000 },
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      if (database.url && schema) await runAdmin(database.url, `drop schema if exists ${schema} cascade`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
