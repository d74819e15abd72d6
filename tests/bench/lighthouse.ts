// `npm run bench:lighthouse` (issue 9 §2): Lighthouse 12.2.3, its mobile defaults (simulated Slow 4G,
// 4× CPU, Moto G Power screen), performance only, 5 runs per page, medians, against the built app served
// by the real server on a temp SQLite. Add --check to fail over budget, --reuse-build to skip the build.
// Stops by itself; sends nothing beyond 127.0.0.1 (Lighthouse's error reporting stays off).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, waitForServiceWorkerControl } from '../e2e/support/browser';
import { chromePath } from '../e2e/support/paths';
import { startTestServer } from '../e2e/support/server';
import { signInAndSetPin } from '../e2e/support/staff';
import { APP_DIST, buildApp, loadAverage, median } from './support/app';
import { report, type Figures } from './support/results';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

type LighthousePage = {
  key: string;
  path: string;
  /** A Chrome profile to run in (kept between runs), or a fresh one that Lighthouse resets each run. */
  profile?: string;
};

type Run = { score: number; lcp: number; tbt: number; cls: number; fcp: number };

/**
 * The registration form is behind the PIN: a page load never carries a session (keys live in memory
 * only, issue 8). So its URL is measured as a staff member's tablet opens it: a profile where
 * canbo.bathuoc has signed in and set a PIN, the service worker installed, the session locked; what
 * renders is the PIN screen in front of the form. Storage is not reset between runs (it would sign out).
 */
async function prepareStaffProfile(origin: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'caunoi-lh-staff-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromePath, headless: true, args: CHROME_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signInAndSetPin(page, origin, 'canbo.bathuoc', '2468');
    await waitForServiceWorkerControl(page);
  } finally {
    await context.close();
  }
  return dir;
}

async function runLighthouse(url: string, userDataDir: string | undefined): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROME_ARGS, '--headless=new'],
    userDataDir: userDataDir ?? false,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: userDataDir !== undefined,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      fcp: audit('first-contentful-paint'),
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: that run is redone. */
async function withRetries(run: () => Promise<Run>, attempts = 3): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`run failed (${String(error)}), again`);
    }
  }
}

buildApp();
const server = await startTestServer(APP_DIST);
const figures: Figures = {};
const profiles: string[] = [];
const started = performance.now();
console.log(`load: ${loadAverage()}`);
try {
  const staffProfile = await prepareStaffProfile(server.url);
  profiles.push(staffProfile);
  const pages: LighthousePage[] = [
    { key: 'start', path: '/' },
    { key: 'status', path: '/status' },
    { key: 'registration', path: '/citizens/new', profile: staffProfile },
  ];
  for (const page of pages) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await withRetries(() => runLighthouse(`${server.url}${page.path}`, page.profile));
      runs.push(run);
      console.log(`${page.path} #${i + 1}: score ${run.score}, LCP ${run.lcp.toFixed(0)} ms, TBT ${run.tbt.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}, FCP ${run.fcp.toFixed(0)} ms`);
    }
    figures[`lighthouse.${page.key}.score`] = median(runs.map((r) => r.score));
    figures[`lighthouse.${page.key}.lcpMs`] = median(runs.map((r) => r.lcp));
    figures[`lighthouse.${page.key}.tbtMs`] = median(runs.map((r) => r.tbt));
    figures[`lighthouse.${page.key}.cls`] = median(runs.map((r) => r.cls));
  }
} finally {
  await server.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
}
console.log(`\n${RUNS} runs per page in ${((performance.now() - started) / 1000).toFixed(0)} s; load: ${loadAverage()}`);
report(figures, {
  lighthouse: `Lighthouse 12.2.3, mobile defaults (simulated Slow 4G, 4× CPU), performance category, median of ${RUNS} runs per metric. `
    + '/citizens/new is measured on a signed-in tablet with the session locked (what a page load of it shows: the PIN screen; the service worker already installed).',
});
