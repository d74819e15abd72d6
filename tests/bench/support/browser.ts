import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROME_ARGS } from '../../e2e/support/browser';
import { chromePath } from '../../e2e/support/paths';
import type { BenchApi } from '../browser/bench-main';

export const BENCH_PAGE_DIST = '.tmp/bench/browser-dist';

/** Builds the bench page (the app's real db and sync code) with Vite, in production mode. */
export function buildBenchPage(): void {
  execFileSync('npx', ['vite', 'build', '-c', 'tests/bench/browser/vite.config.ts'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

/** Debian's Chromium, never a downloaded one, with the same flags as the end-to-end tests. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: CHROME_ARGS });
}

export type BenchPage = { page: Page; cdp: CDPSession; call<K extends keyof BenchApi>(name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> };

/** Opens the bench page from `origin` and returns a typed caller of `window.bench`. */
export async function openBenchPage(browser: Browser, origin: string): Promise<BenchPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return {
    page,
    cdp,
    call: (name, ...args) =>
      page.evaluate(
        ([fn, fnArgs]) => (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[fn]!(...fnArgs),
        [name, args] as const,
      ) as never,
  };
}

export async function setCpuThrottling(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** CDP network emulation; `null` lifts it. Throughput in kbit/s, both ways. */
export async function setNetwork(cdp: CDPSession, link: { rttMs: number; kbps: number } | null): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', link
    ? { offline: false, latency: link.rttMs, downloadThroughput: (link.kbps * 1000) / 8, uploadThroughput: (link.kbps * 1000) / 8 }
    : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}
