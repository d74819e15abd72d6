import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TOP_LEVEL_PATHS } from '../../src/app/route-paths';
import { axeViolations, keyboardProblems, scrollsSideways, smallTargets } from './support/accessibility';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { E2E_DIST_A } from './support/paths';
import { startTestServer, type TestServer } from './support/server';
import { goTo, signInAndSetPin } from './support/staff';

// Issue 7 §6: WCAG 2.2 AA on every screen, in Vietnamese and in a minority pack, signed out and signed in;
// 48 px targets; usable at 360×640 and at 200% zoom; every control reachable by keyboard with visible focus.

const LANGUAGES = ['vi', 'mtq'] as const;
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../.tmp/screenshots');

async function settle(page: Page): Promise<void> {
  await page.locator('#page-title').waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
  // Speakers of the first screen load just after it: the walk must meet the buttons, not their placeholders.
  await expect.poll(() => page.locator('.speak-placeholder').count()).toBe(0);
  await page.waitForTimeout(150);
}

async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await goTo(page, '/settings');
  await page.locator(`input[name="app-language"][value="${lang}"]`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

/** The registration form with its errors showing and its optional parts open. */
async function openRegistration(page: Page): Promise<void> {
  await goTo(page, '/citizens/new');
  await page.waitForURL(/\/citizens\/register\//);
  await page.locator('form').waitFor();
  await page.locator('form button[type="submit"]').click();
  await page.locator('.field-error').first().waitFor();
  await page.locator('input[type="tel"]').fill('0912345678');
  await page.locator('input[name="consent-method"][value="signature"]').check();
  for (const details of await page.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
}

describe('accessibility (WCAG 2.2 AA)', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer(E2E_DIST_A);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(options: { width?: number; height?: number; deviceScaleFactor?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 360, height: options.height ?? 640 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    return { context, page };
  }

  it('finds violations when there are some (the check itself)', async () => {
    const { context, page } = await newPage();
    await settle(page);
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="/icons/icon-192.png"><input type="text"><p style="color:#ccc;background:#fff">faint</p>';
      document.querySelector('main')!.append(probe);
    });
    const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
    await context.close();
  });

  for (const lang of LANGUAGES) {
    it(`has no axe violation on any screen, signed out, in ${lang}`, async () => {
      const { context, page } = await newPage();
      await page.evaluate((l) => localStorage.setItem('caunoi.language', l), lang);
      const problems: string[] = [];
      for (const route of TOP_LEVEL_PATHS) {
        await page.goto(server.url + route);
        await settle(page);
        problems.push(...(await axeViolations(page)).map((v) => `${route}: ${v}`));
        problems.push(...(await smallTargets(page)).map((v) => `${route}: target ${v}`));
      }
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`has no axe violation on any screen nor on the registration form, signed in, in ${lang}`, async () => {
      const { context, page } = await newPage();
      await signInAndSetPin(page, server.url, 'canbo.bathuoc', '1357');
      await chooseLanguage(page, lang);
      const problems: string[] = [];
      for (const route of TOP_LEVEL_PATHS) {
        await goTo(page, route);
        await settle(page);
        problems.push(...(await axeViolations(page)).map((v) => `${route}: ${v}`));
        problems.push(...(await smallTargets(page)).map((v) => `${route}: target ${v}`));
      }
      await openRegistration(page);
      problems.push(...(await axeViolations(page)).map((v) => `/citizens/new: ${v}`));
      problems.push(...(await smallTargets(page)).map((v) => `/citizens/new: target ${v}`));
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('has no axe violation on the admin\'s language packs screen, with a file checked, in vi and mtq', async () => {
    const { context, page } = await newPage();
    await signInAndSetPin(page, server.url, 'quantri', '2468');
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      await chooseLanguage(page, lang);
      await goTo(page, '/admin/languages');
      await settle(page);
      await page.getByTestId('pack-coverage').waitFor();
      await page.locator('main input[type="file"]').setInputFiles({
        name: 'pack.csv', mimeType: 'text/csv', buffer: Buffer.from('namespace,key,translation\r\ncommon,home.nope,x\r\ncommon,home.title,Chào\r\n'),
      });
      await page.getByTestId('pack-issues').waitFor();
      problems.push(...(await axeViolations(page)).map((v) => `${lang}: ${v}`));
      problems.push(...(await smallTargets(page)).map((v) => `${lang}: target ${v}`));
      problems.push(...(await keyboardProblems(page)).map((v) => `${lang}: ${v}`));
      if (lang === 'vi') await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-languages-vi-360.png'), fullPage: true });
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reaches every control by keyboard, with a visible focus, on the main screens', async () => {
    const { context, page } = await newPage();
    const problems: string[] = [];
    for (const route of ['/', '/settings', '/sign-in']) {
      await page.goto(server.url + route);
      await settle(page);
      problems.push(...(await keyboardProblems(page)).map((p) => `${route}: ${p}`));
    }
    await signInAndSetPin(page, server.url, 'canbo.bathuoc', '1357');
    for (const route of ['/', '/citizens', '/sync']) {
      await goTo(page, route);
      await settle(page);
      problems.push(...(await keyboardProblems(page)).map((p) => `${route}: ${p}`));
    }
    await openRegistration(page);
    problems.push(...(await keyboardProblems(page, 400)).map((p) => `/citizens/new: ${p}`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reflows at 200% zoom on a 360 px phone (180 CSS px wide): nothing scrolls sideways', async () => {
    const { context, page } = await newPage({ width: 180, height: 320, deviceScaleFactor: 2 });
    await page.evaluate(() => localStorage.setItem('caunoi.language', 'mtq'));
    const problems: string[] = [];
    for (const route of TOP_LEVEL_PATHS) {
      await page.goto(server.url + route);
      await settle(page);
      problems.push(...(await scrollsSideways(page)).map((p) => `${route}: ${p}`));
    }
    await page.goto(server.url + '/settings');
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-mtq-zoom200.png') });
    await signInAndSetPin(page, server.url, 'canbo.bathuoc', '1357');
    for (const route of ['/', '/citizens', '/sync', '/settings']) {
      await goTo(page, route);
      await settle(page);
      problems.push(...(await scrollsSideways(page)).map((p) => `${route} (signed in): ${p}`));
    }
    await openRegistration(page);
    problems.push(...(await scrollsSideways(page)).map((p) => `/citizens/new: ${p}`));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'registration-vi-zoom200.png') });
    expect(problems).toEqual([]);
    await context.close();
  });
});
