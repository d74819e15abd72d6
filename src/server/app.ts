import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { createHlc } from '../shared/hlc';
import type { AppContext } from './app-context';
import { APP_VERSION } from './app-version';
import { createAccessTokens } from './auth/access-token';
import { createAuthenticate } from './auth/authenticate';
import { DEFAULT_PASSWORD_HASH_OPTIONS, createDummyPasswordHash, type PasswordHashOptions } from './auth/passwords';
import type { BlobStore } from './blobs/blob-store';
import { createFsBlobStore } from './blobs/fs-blob-store';
import type { SqlDialect } from './db/dialect';
import type { Database } from './db/schema';
import { ApiError } from './http/api-error';
import { handleError } from './http/error-handler';
import { registerSecurityHeaders } from './http/security-headers';
import { registerStaticFiles } from './http/static-files';
import { registerAudioPromptRoutes } from './routes/audio-prompts';
import { registerAuthRoutes, type AuthRateLimit } from './routes/auth';
import { registerCitizenAccountRoutes } from './routes/citizen-accounts';
import { registerHandoverRoutes } from './routes/handovers';
import { registerBlobRoutes } from './routes/blobs';
import { registerCommuneRoutes } from './routes/communes';
import { registerHealthRoutes } from './routes/health';
import { registerLanguagePackRoutes } from './routes/language-packs';
import { registerMeRoutes } from './routes/me';
import { collectRoutes } from './openapi/collect-routes';
import { registerOpenApiRoute } from './routes/openapi';
import { registerCatalogRoutes } from './routes/catalog';
import { registerPublicStatusRoutes } from './routes/public-status';
import { registerSyncRoutes } from './routes/sync';
import { registerUploadRoutes } from './routes/uploads';
import { registerVillageRoutes } from './routes/villages';
import { registerAdminRoutes } from './routes/admin';
import { registerAgencyKeyRoutes } from './routes/agency-keys';
import { registerOfficeRoutes } from './routes/office';
import { registerCitizenRightsRoutes } from './routes/citizen-rights';
import { registerAuditSettingsRoutes } from './routes/audit-settings';
import { createPaperSigner } from './papers/paper-signer';
import { loadOrCreatePaperKeySecret } from './papers/paper-key-secret';
import type { SyncContext } from './sync/sync-context';
import { createTusUploads, defaultUploadsDirectory } from './uploads/tus-uploads';

export type BuildAppOptions = {
  db: Kysely<Database>;
  dialect: SqlDialect;
  /** Server-side files: attachments (`blobs/`), unfinished uploads (`uploads/`). */
  dataDir: string;
  /** Where attachments are kept (default: files under `<dataDir>/blobs`). */
  blobStore?: BlobStore | undefined;
  /** Unfinished tus uploads (default `<dataDir>/uploads`); shared by every server process of one database. */
  uploadsDir?: string | undefined;
  /** Largest attachment accepted (default 15 MB). */
  maxUploadBytes?: number | undefined;
  /** The built PWA (default `./dist`). */
  staticDir?: string | undefined;
  /** HS256 key for access tokens, at least 32 characters. */
  jwtSecret: string;
  /** Encrypts the agencies' signing keys at rest (default: PAPER_KEY_SECRET, else `<dataDir>/paper-key-secret`). */
  paperKeySecret?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Set when behind a reverse proxy, so rate limits see the client's IP rather than the proxy's. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Bytes (default 1 MB): records are small; files go through uploads. */
  bodyLimit?: number | undefined;
  /** Sign-in and refresh limit (default 10 a minute per IP and account); false turns it off. */
  rateLimit?: AuthRateLimit | false | undefined;
  passwordHashOptions?: PasswordHashOptions | undefined;
};

export const DEFAULT_AUTH_RATE_LIMIT: AuthRateLimit = { max: 10, timeWindowMs: 60_000 };

/** The Fastify application, ready to `inject` into or `listen`. It never connects or migrates on its own. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // A malformed URL (`/x/%`) is refused before routing: it gets the same JSON error shape as the rest.
    frameworkErrors: handleError,
  });
  const passwordHashOptions = options.passwordHashOptions ?? DEFAULT_PASSWORD_HASH_OPTIONS;
  const ctx: AppContext = {
    db: options.db,
    dialect: options.dialect,
    dataDir: options.dataDir,
    version: APP_VERSION,
    accessTokens: createAccessTokens(options.jwtSecret),
    passwordHashOptions,
    dummyPasswordHash: createDummyPasswordHash(passwordHashOptions),
  };
  const rateLimit = options.rateLimit ?? DEFAULT_AUTH_RATE_LIMIT;
  const sync: SyncContext = {
    db: options.db,
    dialect: options.dialect,
    blobStore: options.blobStore ?? createFsBlobStore(join(options.dataDir, 'blobs')),
    // One clock per process; its node id only has to differ from the devices' (their device ids).
    serverClock: createHlc(`server-${randomBytes(4).toString('hex')}`),
    now: () => new Date(),
    papers: createPaperSigner(options.paperKeySecret ?? (await loadOrCreatePaperKeySecret(options.dataDir)), (error) => app.log.warn({ err: error }, 'a paper could not be signed')),
  };
  const uploads = createTusUploads(sync, {
    directory: options.uploadsDir ?? defaultUploadsDirectory(options.dataDir),
    maxBytes: options.maxUploadBytes,
  });

  const routes = collectRoutes(app);
  app.setErrorHandler(handleError);
  await registerSecurityHeaders(app);
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    // Quality 11 (the default) costs too much CPU per response on a small commune server; 5 keeps most of
    // the gain over gzip that made the Lighthouse difference (shared/reference/stack-notes.md).
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  if (rateLimit) {
    await app.register(fastifyRateLimit, {
      global: false,
      // preHandler, not onRequest: the key needs the parsed body (username or device id).
      hook: 'preHandler',
      errorResponseBuilder: () => new ApiError(429, 'rate-limited', 'Too many attempts: wait a minute and try again.'),
    });
  }
  app.decorateRequest('user', null);
  app.decorate('authenticate', createAuthenticate(ctx));

  await app.register(
    (api, _opts, done) => {
      // The API speaks JSON only: a text/plain body is refused (415) rather than parsed as a string.
      api.removeContentTypeParser('text/plain');
      // Answers carry personal data and tokens: no shared cache may keep them unless a route says so.
      api.addHook('onSend', (_request, reply, payload, next) => {
        if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
        next(null, payload);
      });
      registerHealthRoutes(api, ctx);
      registerOpenApiRoute(api, routes, ctx.version);
      registerAuthRoutes(api, ctx, rateLimit);
      registerCitizenAccountRoutes(api, ctx, sync, rateLimit);
      registerHandoverRoutes(api, sync);
      registerMeRoutes(api, ctx);
      registerCommuneRoutes(api, ctx);
      registerVillageRoutes(api, ctx);
      registerOfficeRoutes(api, ctx, sync);
      registerCitizenRightsRoutes(api, ctx, sync);
      registerAuditSettingsRoutes(api, ctx, sync);
      registerAdminRoutes(api, ctx, sync);
      registerAgencyKeyRoutes(api, ctx);
      registerPublicStatusRoutes(api, ctx);
      registerCatalogRoutes(api);
      registerLanguagePackRoutes(api, ctx);
      registerAudioPromptRoutes(api, sync);
      registerSyncRoutes(api, sync);
      registerBlobRoutes(api, sync);
      registerUploadRoutes(api, uploads);
      done();
    },
    { prefix: '/api/v1' },
  );

  await registerStaticFiles(app, options.staticDir ?? './dist');

  // Unfinished uploads older than their expiry are removed a few times a day.
  const sweep = setInterval(() => {
    uploads.removeExpired().catch((error: unknown) => app.log.warn({ err: error }, 'removing expired uploads failed'));
  }, 6 * 3600_000);
  sweep.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(sweep);
    done();
  });
  return app;
}
