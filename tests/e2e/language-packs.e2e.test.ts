import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { languageInfo } from '../../src/shared/languages';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { localeText } from './support/locale-text';
import { E2E_DIST_A } from './support/paths';
import { startTestServer, type TestServer } from './support/server';
import { goTo, signInAndSetPin } from './support/staff';

// Issue 7 §2 and §5 in a real browser: an admin exports a pack to CSV, a translator edits it, the admin imports
// it; every device then shows the imported texts with no rebuild, offline too; Tai Viet text renders with the
// bundled Noto Sans Tai Viet, and a Vietnamese page never downloads that font.

// Test data: the Tai Dam name of the language (src/shared/languages.ts), in Tai Viet script.
const TAI_VIET = languageInfo('blt').autonymAlt!;
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../.tmp/screenshots');

type FontUsage = { familyName: string; isCustomFont: boolean; glyphCount: number };
/** Which fonts Chromium actually drew a node's text with (CDP), e.g. a web font or a system fallback. */
async function fontsOf(page: Page, selector: string): Promise<FontUsage[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: FontUsage[] };
  await cdp.detach();
  return fonts;
}

const taiVietFontStatus = (page: Page) =>
  page.evaluate(() => [...document.fonts].filter((f) => f.family.replaceAll('"', '') === 'Noto Sans Tai Viet').map((f) => f.status));

describe('language packs imported by an admin reach every device', () => {
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

  it('exports a pack to CSV, refuses a bad row with its line number, imports the fixed file, and shows it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await signInAndSetPin(page, server.url, 'quantri', '8642');
    // The admin finds the screen from the language picker.
    await goTo(page, '/settings');
    await page.getByRole('link', { name: localeText('vi', 'admin', 'languages.manage') }).click();
    await page.locator('#page-title', { hasText: localeText('vi', 'admin', 'languages.title') }).waitFor();
    await page.locator('main select').selectOption('blt');
    await expect.poll(() => page.getByTestId('pack-coverage').textContent()).toContain('/');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: localeText('vi', 'admin', 'languages.export.button') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cau-noi-blt.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFnamespace,key,vietnamese source,translation,notes\r\n')).toBe(true);
    expect(csv).toContain('common,language.name,Tiếng Việt,Tay Đăm,');
    expect(csv).toContain('common,home.staffTitle,Chào {{name}},,Giữ nguyên: {{name}}');

    // The translator filled two rows, and dropped a placeholder in a third.
    const translated = csv
      .replace('common,nav.home,Trang chủ,,', `common,nav.home,Trang chủ,${TAI_VIET},`)
      .replace('common,home.title,Xin chào,,', `common,home.title,Xin chào,${TAI_VIET},`);
    const broken = translated.replace('common,home.staffTitle,Chào {{name}},,', 'common,home.staffTitle,Chào {{name}},Chào,');
    const line = broken.split('\r\n').findIndex((l) => l.startsWith('common,home.staffTitle,')) + 1;
    const fileInput = page.locator('main input[type="file"]');
    await fileInput.setInputFiles({ name: 'blt.csv', mimeType: 'text/csv', buffer: Buffer.from(broken, 'utf8') });
    const issues = page.getByTestId('pack-issues');
    await issues.waitFor();
    expect(await issues.locator('tbody tr').count()).toBe(1);
    const issueRow = await issues.locator('tbody tr').first().innerText();
    expect(issueRow).toContain(localeText('vi', 'admin', 'languages.import.row').replace('{{row}}', String(line)));
    expect(issueRow).toContain('{{name}}');

    await fileInput.setInputFiles({ name: 'blt.csv', mimeType: 'text/csv', buffer: Buffer.from(translated, 'utf8') });
    const importButton = page.getByRole('button', { name: localeText('vi', 'admin', 'languages.import.apply') });
    await importButton.click();
    await page.getByText(localeText('vi', 'admin', 'languages.import.done')).waitFor();
    const pack = (await (await page.request.get(`${server.url}/api/v1/language-packs/blt`)).json()) as { resources: Record<string, Record<string, string>> };
    expect(pack.resources.common).toEqual({ 'nav.home': TAI_VIET, 'home.title': TAI_VIET });

    // This device shows it at once in Tai Dam, drawn with the bundled Tai Viet web font.
    await goTo(page, '/settings');
    await page.locator('input[name="app-language"][value="blt"]').click();
    await expect.poll(() => page.locator('.bottomnav .navitem').first().innerText()).toBe(TAI_VIET);
    await expect.poll(() => taiVietFontStatus(page)).toEqual(['loaded']);
    const fonts = await fontsOf(page, '.bottomnav .navitem span');
    expect(fonts).toEqual([expect.objectContaining({ familyName: 'Noto Sans Tai Viet', isCustomFont: true })]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-blt-imported-360.png') });
    await context.close();
  });

  it('reaches another device when it chooses the language, and stays there offline', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await page.locator('input[name="app-language"][value="blt"]').click();
    await expect.poll(() => page.locator('#page-title').innerText()).toBe(TAI_VIET);
    // Everything the pack lacks is Vietnamese, key by key.
    await expect.poll(() => page.locator('.bottomnav .navitem').nth(1).innerText()).toBe(localeText('vi', 'common', 'nav.status'));
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('#page-title').innerText()).toBe(TAI_VIET);
    await expect.poll(() => taiVietFontStatus(page)).toEqual(['loaded']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-blt-offline-360.png') });
    await context.close();
  });

  it('never downloads the Tai Viet font for a Vietnamese page, and draws Vietnamese with one font', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    for (const route of ['/', '/settings', '/sign-in']) {
      await page.goto(server.url + route);
      await page.locator('#page-title').waitFor();
    }
    await page.goto(server.url + '/');
    await page.locator('#page-title').waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await taiVietFontStatus(page)).toEqual(['unloaded']);
    const requests = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('tai-viet')));
    expect(requests).toEqual([]);
    // Every Vietnamese letter and tone mark comes from the same font: no glyph falls back to another one.
    await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.id = 'vi-probe';
      probe.textContent = 'Ặ ặ Ẫ ẫ Ữ ữ Ỹ ỹ Ở ở Ệ ệ Ợ ợ Đ đ Ơ ơ Ư ư Ẵ ẵ Ỷ ỷ Ỗ ỗ — Bá Thước, Lường Văn Đức';
      document.querySelector('main')!.append(probe);
    });
    const fonts = await fontsOf(page, '#vi-probe');
    expect(fonts, JSON.stringify(fonts)).toHaveLength(1);
    await context.close();
  });
});
