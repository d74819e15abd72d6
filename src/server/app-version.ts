import { createRequire } from 'node:module';

/** The package version, reported by `/health` so an operator can tell which release a server runs. */
export const APP_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
