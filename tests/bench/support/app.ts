import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../e2e/support/server';

/**
 * The app as users get it: `vite build` in production mode, in a folder of the benches' own. BENCH_APP_DIST
 * measures another build (say, one made before a change) with --reuse-build.
 */
export const APP_DIST = process.env.BENCH_APP_DIST ?? '.tmp/bench/app-dist';

/** Builds the app, unless `--reuse-build` is given and a build is there. */
export function buildApp(): void {
  if (process.argv.includes('--reuse-build') && existsSync(`${APP_DIST}/index.html`)) return;
  console.log('Building the app for measurement…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', APP_DIST, '--emptyOutDir'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

/** The bench page (tests/bench/browser), built to be served under /bench/ next to the app. */
const BENCH_PAGE_UNDER_APP = '.tmp/bench/bench-page-under-app';

/**
 * The real server (temp SQLite, demo accounts with the e2e password) serving the built app; with
 * `withBenchPage`, the bench page too at /bench/, so that it can sign in and push through the same API.
 */
export async function startAppServer({ withBenchPage = false } = {}): Promise<TestServer> {
  if (!withBenchPage) return startTestServer(APP_DIST);
  execFileSync('npx', ['vite', 'build', '-c', 'tests/bench/browser/vite.config.ts', '--base', '/bench/', '--outDir', path.resolve(BENCH_PAGE_UNDER_APP), '--emptyOutDir'],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const composed = mkdtempSync(path.join(tmpdir(), 'caunoi-bench-app-'));
  cpSync(APP_DIST, composed, { recursive: true });
  cpSync(BENCH_PAGE_UNDER_APP, path.join(composed, 'bench'), { recursive: true });
  try {
    return await startTestServer(composed);
  } finally {
    rmSync(composed, { recursive: true, force: true });
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

export const loadAverage = (): string => (process.platform === 'linux' ? execFileSync('uptime', { encoding: 'utf8' }).trim() : 'n/a');

/**
 * Records, in the page's own clock (milliseconds since navigation start), when each selector first
 * matches an element and the frame showing it is about to paint (the next animation frame), so that
 * nothing is lost to Playwright's polling. Read with `readMarks`.
 */
export async function watchFirstAppearance(page: Page, selectors: Record<string, string>): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper (__name) that the page does not have.
  await page.addInitScript((wanted: Record<string, string>) => {
    const marks: Record<string, number> = {};
    const seen = new Set<string>();
    (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks = marks;
    new MutationObserver(() => {
      for (const [name, selector] of Object.entries(wanted)) {
        if (seen.has(name) || !document.querySelector(selector)) continue;
        seen.add(name);
        requestAnimationFrame(() => { marks[name] = performance.now(); });
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
    // The moment the person submits a form (the PIN), in the capture phase, before the app handles it.
    addEventListener('submit', () => { marks.submit ??= performance.now(); }, true);
  }, selectors);
}

export async function readMarks(page: Page, names: string[], timeoutMs = 120_000): Promise<Record<string, number>> {
  await page.waitForFunction(
    (wanted: string[]) => wanted.every((name) => (window as unknown as { __benchMarks?: Record<string, number> }).__benchMarks?.[name] !== undefined),
    names,
    { timeout: timeoutMs },
  );
  return page.evaluate(() => ({ ...(window as unknown as { __benchMarks: Record<string, number> }).__benchMarks }));
}
