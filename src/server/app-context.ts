import type { Kysely } from 'kysely';
import type { AccessTokens } from './auth/access-token';
import type { PasswordHashOptions } from './auth/passwords';
import type { SqlDialect } from './db/dialect';
import type { Database } from './db/schema';

/** What routes and services need, built once by `buildApp` and passed down explicitly. */
export type AppContext = {
  db: Kysely<Database>;
  dialect: SqlDialect;
  dataDir: string;
  version: string;
  accessTokens: AccessTokens;
  passwordHashOptions: PasswordHashOptions;
  dummyPasswordHash: () => Promise<string>;
};
