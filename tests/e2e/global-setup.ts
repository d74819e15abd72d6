import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath, E2E_DIST_A, E2E_DIST_B } from './support/paths';

/**
 * Browser tests run the built app (two builds with different ids, for the update test) in Debian's
 * Chromium. A missing Chromium is a failure with the install command — never a silent skip.
 */
export default function setup(): void {
  if (!existsSync(chromePath)) {
    throw new Error(`Chromium not found at ${chromePath}. Install it with: sudo apt-get install chromium (or set CHROME_PATH).`);
  }
  if (process.env.E2E_SKIP_BUILD && existsSync(E2E_DIST_A) && existsSync(E2E_DIST_B)) return;
  for (const [id, outDir] of [['e2e-build-a', E2E_DIST_A], ['e2e-build-b', E2E_DIST_B]] as const) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test; the browser tests must run the production build users get.
      env: { ...process.env, NODE_ENV: 'production', CAUNOI_BUILD_ID: id },
    });
  }
}
