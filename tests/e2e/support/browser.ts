import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromePath } from './paths';

// The flags the brief asks for: headless Debian Chromium that makes no calls of its own to the network.
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** `extraArgs` are added to the shared flags for one suite (e.g. a fake microphone), never to everyone's. */
export function launchBrowser(options: { extraArgs?: readonly string[] } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: [...CHROME_ARGS, ...(options.extraArgs ?? [])] });
}

/** A persistent profile: Chromium reports `in-incognito` for installability in a default context. */
export function launchPersistent(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(path.join(tmpdir(), 'caunoi-profile-'));
  return chromium.launchPersistentContext(dir, { executablePath: chromePath, headless: true, args: CHROME_ARGS, ...options });
}

/**
 * Waits until the service worker is active and controls the page. It does not claim clients on its first
 * install (an update must never take over a page under someone's hands), so the page is reloaded once.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
  // Precaching completes before activation, so every chunk is now in the cache.
}
