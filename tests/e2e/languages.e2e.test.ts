import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TOP_LEVEL_PATHS } from '../../src/app/route-paths';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { allKeys, localeText, PACK_LANGUAGES } from './support/locale-text';
import { E2E_DIST_A } from './support/paths';
import { untranslatedTexts } from './support/screen-text';
import { startTestServer, type TestServer } from './support/server';
import { goTo, signInAndSetPin } from './support/staff';

// Issue 7 §1: no screen shows a raw key, in any language that has a pack — top-level screens as the demo
// staff member, and the registration form opened up (errors shown, optional parts expanded).

const KEYS = allKeys();
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../.tmp/screenshots');

/** Switches language the way a person does (the picker in Settings), without a reload that would lock the app. */
async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await goTo(page, '/settings');
  await page.locator(`input[name="app-language"][value="${lang}"]`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

/** A screen is ready when its heading is there and nothing says "loading". */
async function settle(page: Page): Promise<void> {
  await page.locator('#page-title').waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
  await page.waitForTimeout(150);
}

describe('every screen in every language shows texts, never keys', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer(E2E_DIST_A);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await signInAndSetPin(page, server.url, 'canbo.bathuoc', '2468');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('catches a raw key, a key in a label and a left placeholder (the detector itself)', async () => {
    await goTo(page, '/settings');
    await settle(page);
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.innerHTML = '<p>settings.storage.title</p><button aria-label="sync:badge">1</button><p>Hello {{name}}</p><p>e.g. https://example.org/a.b</p>';
      document.querySelector('main')!.append(probe);
    });
    const problems = await untranslatedTexts(page, KEYS);
    await page.evaluate(() => document.getElementById('probe')!.remove());
    const report = problems.join('\n');
    for (const found of ['settings.storage.title', 'sync:badge', '{{name}}']) expect(report).toContain(found);
    expect(report).not.toMatch(/example\.org|e\.g/);
  });

  it('lists every pack in the picker, each named in itself with its lang, partial packs marked', async () => {
    await goTo(page, '/settings');
    await page.locator('.language-picker .choice').first().waitFor();
    const names = await page.locator('.language-picker .choice').evaluateAll((labels) => labels.map((label) => {
      const name = label.querySelector('[lang]');
      return { lang: name?.getAttribute('lang'), name: name?.textContent, note: label.querySelector('.choice-note')?.textContent ?? null };
    }));
    expect(names.map((n) => n.lang)).toEqual(PACK_LANGUAGES);
    expect(names.find((n) => n.lang === 'uk')).toEqual({ lang: 'uk', name: 'Українська', note: null });
    expect(names.find((n) => n.lang === 'mtq')).toEqual({ lang: 'mtq', name: 'Thiểng Mường', note: localeText('vi', 'common', 'language.partial') });
  });

  for (const lang of PACK_LANGUAGES) {
    it(`shows no raw key on any top-level screen in ${lang}`, async () => {
      await chooseLanguage(page, lang);
      const problems: string[] = [];
      for (const route of TOP_LEVEL_PATHS) {
        await goTo(page, route);
        await settle(page);
        expect((await page.locator('#page-title').textContent())?.trim().length, `${route} in ${lang}`).toBeGreaterThan(0);
        problems.push(...(await untranslatedTexts(page, KEYS)).map((p) => `${route}: ${p}`));
      }
      expect(problems).toEqual([]);
      if (lang === 'uk' || lang === 'mtq') {
        await goTo(page, '/');
        await settle(page);
        await page.screenshot({ path: path.join(SCREENSHOTS, `home-${lang}-360.png`) });
        await goTo(page, '/settings');
        await settle(page);
        await page.screenshot({ path: path.join(SCREENSHOTS, `settings-${lang}-360.png`), fullPage: true });
      }
    });

    it(`shows no raw key on the registration form, fully opened, in ${lang}`, async () => {
      await chooseLanguage(page, lang);
      await goTo(page, '/citizens/new');
      await page.waitForURL(/\/citizens\/register\//);
      await page.locator('form').waitFor();
      // Saving the empty form shows every error message next to its field.
      await page.locator('form button[type="submit"]').click();
      await page.locator('.field-error').first().waitFor();
      await page.locator('input[type="tel"]').fill('0912345678');
      for (const details of await page.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
      const addVillage = page.getByRole('button', { name: localeText(lang, 'citizen', 'form.addVillage') });
      if (await addVillage.count()) await addVillage.click();
      const problems: string[] = [];
      for (const method of ['signature', 'witness']) {
        await page.locator(`input[name="consent-method"][value="${method}"]`).check();
        problems.push(...(await untranslatedTexts(page, KEYS)).map((p) => `${method}: ${p}`));
      }
      expect(await page.locator('.field-error').count()).toBeGreaterThan(3);
      expect(problems).toEqual([]);
      if (lang === 'uk' || lang === 'blt') await page.screenshot({ path: path.join(SCREENSHOTS, `registration-${lang}-360.png`), fullPage: true });
    });
  }
});
