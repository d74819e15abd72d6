import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp, type BuildAppOptions } from './app';
import type { PasswordHashOptions } from './auth/passwords';
import { connectDatabase } from './db/connect';
import type { SqlDialect } from './db/dialect';
import { migrateToLatest } from './db/migrate';
import { seedDatabase, type DemoAccount } from './db/seed';
import { loadOrCreateJwtSecret } from './jwt-secret';

export type StartServerOptions = {
  port: number;
  host: string;
  databaseUrl?: string | undefined;
  dataDir: string;
  staticDir: string;
  /** Fastify logger: true for JSON logs, an options object, or false (default). */
  log?: FastifyServerOptions['logger'];
  /** Defaults to the secret kept in `<dataDir>/jwt-secret` (created on first start). */
  jwtSecret?: string | undefined;
  demoPassword?: string | undefined;
  passwordHashOptions?: PasswordHashOptions | undefined;
  trustProxy?: BuildAppOptions['trustProxy'];
  rateLimit?: BuildAppOptions['rateLimit'];
};

export type RunningServer = {
  /** Reachable address (`http://localhost:PORT` when listening on every interface). */
  url: string;
  port: number;
  dialect: SqlDialect;
  app: FastifyInstance;
  demoAccounts: DemoAccount[];
  /** Stops accepting requests, lets the running ones finish, then closes the database. */
  close(): Promise<void>;
};

/** Connects, migrates, seeds, builds and listens. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const connection = await connectDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    await migrateToLatest(connection.db, connection.dialect);
    const demoAccounts = await seedDatabase(connection.db, {
      demoPassword: options.demoPassword,
      passwordHashOptions: options.passwordHashOptions,
    });
    const jwt = options.jwtSecret
      ? { secret: options.jwtSecret, source: 'option' as const, path: undefined }
      : await loadOrCreateJwtSecret(options.dataDir);
    const app = await buildApp({
      db: connection.db,
      dialect: connection.dialect,
      dataDir: options.dataDir,
      staticDir: options.staticDir,
      jwtSecret: jwt.secret,
      logger: options.log ?? false,
      trustProxy: options.trustProxy,
      rateLimit: options.rateLimit,
      passwordHashOptions: options.passwordHashOptions,
    });
    if (jwt.source !== 'option') {
      app.log.warn(
        { path: jwt.path },
        'JWT_SECRET not set: using a secret kept in the data directory. This is for a single server; with several servers set the same JWT_SECRET on each.',
      );
    }
    await app.listen({ port: options.port, host: options.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const everywhere = ['0.0.0.0', '::', ''].includes(options.host);
    const host = everywhere ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      url: `http://${host}:${port}`,
      port,
      dialect: connection.dialect,
      app,
      demoAccounts,
      close: async () => {
        await app.close();
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
