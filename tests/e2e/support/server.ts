import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../../src/server/start';

export const DEMO_PASSWORD = 'CauNoi@2026-e2e';

export type TestServer = RunningServer & {
  /** Replaces the served app with another build, as a deployment would. */
  deploy(distDir: string): void;
  dataDir: string;
};

/** The real server on a fresh SQLite file, serving a copy of a built app from a folder tests can swap. */
export async function startTestServer(distDir: string): Promise<TestServer> {
  const work = mkdtempSync(path.join(tmpdir(), 'caunoi-e2e-'));
  const staticDir = path.join(work, 'dist');
  const dataDir = path.join(work, 'data');
  cpSync(distDir, staticDir, { recursive: true });
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir,
    demoPassword: DEMO_PASSWORD,
    // Fast hashing keeps the suite quick; production uses the OWASP parameters.
    passwordHashOptions: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    rateLimit: { max: 1000, timeWindowMs: 60_000 },
  });
  return {
    ...server,
    dataDir,
    deploy(next: string) {
      rmSync(staticDir, { recursive: true, force: true });
      cpSync(next, staticDir, { recursive: true });
    },
    close: async () => {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
