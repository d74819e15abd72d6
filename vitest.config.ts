import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { addressUnitsPlugin } from './scripts/vite-address-plugin.ts';
import { localesPlugin } from './scripts/vite-locales-plugin.ts';

// Test environments, as STYLE.md §10 names them:
//   unit   — pure code next to its module (*.test.ts), Node
//   web    — React/jsdom tests (*.web.test.tsx) with fake-indexeddb
//   server — Fastify + a real SQLite file (src/server/**/*.test.ts, tests/integration/*.test.ts)
//   pg     — the same suites on PostgreSQL (*.pg.test.ts), only when TEST_DATABASE_URL is set
//   e2e    — real Chromium through playwright-core (tests/e2e/*.e2e.test.ts)
export default defineConfig({
  plugins: [react(), addressUnitsPlugin(), localesPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/server/**', '**/*.pg.test.ts', '**/*.web.test.*'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.web.test.{ts,tsx}'],
          setupFiles: ['./src/testing/setup-web.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ['**/*.pg.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'pg',
          environment: 'node',
          include: ['**/*.pg.test.ts'],
          exclude: ['node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One PostgreSQL database is shared: files run one after another.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two cores: one Chromium at a time keeps timings honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
