import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { TOP_LEVEL_PATHS } from '../../src/app/route-paths';
import { launchBrowser, launchPersistent, waitForServiceWorkerControl } from './support/browser';
import { E2E_DIST_A, E2E_DIST_B } from './support/paths';
import { startTestServer, type TestServer } from './support/server';
import { goTo, signInAndSetPin, unlockWithPin } from './support/staff';

const common = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as { home: { title: string }; update: { ready: string; apply: string } };
// A raw i18n key on screen looks like "settings.storage.title".
const RAW_KEY = /\b[a-z]+[A-Za-z]*\.[a-z]+[A-Za-z.]*\b/;

describe('the app shell works offline after one online visit', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer(E2E_DIST_A);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every top-level route offline, in Vietnamese and English', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    for (const lang of ['vi', 'en']) {
      await page.evaluate((l) => localStorage.setItem('caunoi.language', l), lang);
      for (const route of TOP_LEVEL_PATHS) {
        await page.goto(server.url + route);
        const title = page.locator('#page-title');
        await title.waitFor();
        const text = (await title.textContent())?.trim() ?? '';
        expect(text.length, `${route} in ${lang}`).toBeGreaterThan(0);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        const body = await page.locator('main').innerText();
        expect(body, `raw key on ${route} in ${lang}`).not.toMatch(RAW_KEY);
      }
      await page.goto(server.url + '/');
      await expect.poll(() => page.locator('#page-title').textContent()).toBe(common(lang).home.title);
    }
    await context.close();
  });

  it('is installable: Chromium reports no installability errors', async () => {
    const context = await launchPersistent();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForServiceWorkerControl(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
      const manifest = (await (await page.request.get(server.url + '/manifest.webmanifest')).json()) as Record<string, unknown>;
      expect(manifest).toMatchObject({ name: 'Cầu Nối', display: 'standalone', start_url: '/', scope: '/', lang: 'vi' });
    } finally {
      await context.close();
    }
  });

  it('shows "a new version is ready" for a new build, applies it only when tapped, and keeps the open draft', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await signInAndSetPin(page, server.url, 'canbo.bathuoc', '2468');
    await goTo(page, '/settings');
    await expect.poll(() => page.getByTestId('build-id').textContent()).toBe('e2e-build-a');
    // A registration is being typed when the update arrives.
    await goTo(page, '/citizens/new');
    await page.getByLabel('Họ và tên').fill('Lường Văn Đức');
    const draftUrl = page.url();

    server.deploy(E2E_DIST_B);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const vi = common('vi');
    await page.getByText(vi.update.ready).waitFor({ timeout: 30_000 });
    // Waiting, not applied: the old version keeps running under the user's hands.
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Lường Văn Đức');
    const scriptBefore = await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'));

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: vi.update.apply }).click()]);
    // The new version runs; the draft is there after unlocking, on the same address.
    expect(page.url()).toBe(draftUrl);
    await unlockWithPin(page, 'Cán bộ xã Bá Thước', '2468');
    await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('Lường Văn Đức');
    expect(await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'))).not.toBe(scriptBefore);
    await goTo(page, '/settings');
    await expect.poll(() => page.getByTestId('build-id').textContent(), { timeout: 20_000 }).toBe('e2e-build-b');
    // No update loop: the prompt is gone and the page stays put.
    let reloads = 0;
    page.on('load', () => reloads++);
    await page.waitForTimeout(1500);
    expect(reloads).toBe(0);
    expect(await page.getByText(vi.update.ready).count()).toBe(0);
    server.deploy(E2E_DIST_A);
    await context.close();
  });
});
