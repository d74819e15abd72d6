// Entry point: `npm run serve` (or `npm start`, which builds the app first). Configuration from the environment.
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { DEMO_COMMUNE_CODE } from './db/demo-data';
import type { DemoAccount } from './db/seed';
import { startServer, type RunningServer } from './start';

const env = process.env;
const dataDir = resolve(env.DATA_DIR ?? './data');

const server = await startServer({
  port: Number(env.PORT ?? 8080),
  host: env.HOST ?? '0.0.0.0',
  databaseUrl: env.DATABASE_URL,
  dataDir,
  staticDir: resolve(env.STATIC_DIR ?? './dist'),
  jwtSecret: env.JWT_SECRET || undefined,
  demoPassword: env.DEMO_PASSWORD || undefined,
  trustProxy: env.TRUST_PROXY === 'true',
  log: { level: env.LOG_LEVEL ?? 'info' },
});

printBanner(server);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

function printBanner({ url, port, dialect, demoAccounts }: RunningServer): void {
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `http://${a?.address}:${port}`);
  const lines = [
    '',
    '  Cầu Nối is running',
    `  Open:      ${url}`,
    ...lan.map((address) => `  On the LAN: ${address}  (install as an app needs HTTPS, or localhost)`),
    `  Database:  ${dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${dataDir}`}`,
    `  Demo commune: Xã Bá Thước (${DEMO_COMMUNE_CODE}), Thanh Hóa`,
    ...demoAccountLines(demoAccounts),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function demoAccountLines(accounts: DemoAccount[]): string[] {
  const usable = accounts.filter((a) => a.active && a.password !== null);
  if (usable.length === 0) return [];
  return [
    '  Demo accounts — change or deactivate before real use:',
    ...usable.map((a) => `    ${a.username.padEnd(18)} ${a.password ?? ''}  (${a.role}; ${a.communeCodes.join(', ')})`),
  ];
}
