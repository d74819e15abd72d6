import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { pullEverything, serverBlobHash } from './support/api-client';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { E2E_DIST_A } from './support/paths';
import { registerCitizenThroughUi } from './support/register-citizen';
import { submitMaritalStatusDossier } from './support/submit-dossier';
import { startTestServer, type TestServer } from './support/server';
import { goTo, signInAndSetPin, openOfflineWorkspace } from './support/staff';

const STAFF = { username: 'canbo.bathuoc', name: 'Cán bộ xã Bá Thước', pin: '2468' };


describe('sync: from a village with no signal to the commune server', () => {
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

  it('sends a citizen and a dossier captured offline exactly once, with byte-identical photos, and shows the truth while doing it', async () => {
    const { context, page } = await openOfflineWorkspace(browser, server.url, STAFF);
    await registerCitizenThroughUi(page, { fullName: 'Hà Thị Xuân', birthDate: '1995-03-08', sex: 'Nữ', ethnicity: 'Thái', citizenId: '038195012345' });
    await submitMaritalStatusDossier(page, 'Hà Thị Xuân');
    const reference = (await page.getByTestId('dossier-reference').textContent())!;
    expect(reference).toMatch(/^NHAP-/);

    // Offline, the sync screen tells the truth: two items not sent, and the last success is still the
    // (empty) sync right after signing in — never a fresh "synced" while nothing could be sent.
    await goTo(page, '/sync');
    await expect.poll(() => page.getByTestId('unsent-list').locator('li').count()).toBe(2);
    const before = await page.getByTestId('last-success').textContent();
    expect(await page.getByRole('button', { name: 'Gửi ngay' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('unsent-badge').textContent()).toBe('2');

    // Watch the progress bars while it runs: every value they show, in order.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const label = document.querySelector('label[for="sync-items"]')?.textContent;
        const bar = document.querySelector<HTMLProgressElement>('#sync-items');
        if (label && bar) seen.push(`${label}|${bar.value}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    // The network returns: sync runs by itself (online event), the list empties, the badge goes.
    await context.setOffline(false);
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await page.getByTestId('all-sent').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('unsent-badge').count()).toBe(0);
    await expect.poll(() => page.getByTestId('last-success').textContent()).not.toBe(before);
    expect(await page.getByTestId('last-success').textContent()).toMatch(/^Lần gửi thành công gần nhất/);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    // Records (2) went through the bar up to completion; the photos are checked below, once counted.
    expect(seen).toContain('2 / 2 mục|100');

    // The server has exactly one of each, with every photo byte-identical to what the device hashed.
    const { changes, token } = await pullEverything(server.url, STAFF.username);
    const citizens = changes.filter((c) => c.entity === 'citizen' && !c.deleted);
    const dossiers = changes.filter((c) => c.entity === 'dossier' && !c.deleted);
    expect(citizens.map((c) => c.fields.fullName)).toEqual(['Hà Thị Xuân']);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]!.fields).toMatchObject({ localReference: reference, status: 'received', citizenId: citizens[0]!.entityId });
    // Three ID/portrait photos and the signatures (two identical drawings are one file: content-addressed).
    const hashes = [...new Set(JSON.stringify([citizens[0]!.fields, dossiers[0]!.fields]).match(/[0-9a-f]{64}/g))];
    expect(hashes.length).toBeGreaterThanOrEqual(4);
    expect(seen).toContain(`${hashes.length} / ${hashes.length} mục|100`);
    for (const sha256 of hashes) expect(await serverBlobHash(server.url, token, sha256)).toBe(sha256);

    // The official code came back with the pull: the re-printed receipt shows it.
    const official = dossiers[0]!.fields.officialCode as string;
    expect(official).toMatch(/^000\.00\.38\.H56-\d{6}-0001$/);
    await goTo(page, `/dossiers/${dossiers[0]!.entityId}/receipt`);
    await expect.poll(() => page.getByTestId('receipt-reference').textContent()).toBe(official);

    // A second sync sends nothing again: still exactly one of each on the server.
    await goTo(page, '/sync');
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await page.getByTestId('all-sent').waitFor();
    const again = await pullEverything(server.url, STAFF.username);
    expect(again.changes.filter((c) => c.entity === 'citizen').length).toBe(1);
    expect(again.changes.filter((c) => c.entity === 'dossier').length).toBe(1);
    await context.close();
  });

  it('carries unsent work to another tablet in an encrypted file; importing it twice sends it once', async () => {
    const field = await browser.newContext({ viewport: { width: 360, height: 640 }, acceptDownloads: true });
    const fieldPage = await field.newPage();
    await fieldPage.goto(server.url);
    await waitForServiceWorkerControl(fieldPage);
    await signInAndSetPin(fieldPage, server.url, STAFF.username, STAFF.pin);
    await field.setOffline(true);
    await registerCitizenThroughUi(fieldPage, { fullName: 'Lò Văn Đôi', birthDate: '1990-01-01', sex: 'Nam', ethnicity: 'Thái', citizenId: '038090012345' });
    await goTo(fieldPage, '/sync');
    await fieldPage.getByLabel('Mật khẩu cho tệp').fill('ban-hang-2026');
    const [download] = await Promise.all([fieldPage.waitForEvent('download'), fieldPage.getByRole('button', { name: /^Xuất 1 mục ra tệp/ }).click()]);
    const file = readFileSync((await download.path()));
    expect(file.toString('utf8')).not.toContain('Đôi');

    const office = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const officePage = await office.newPage();
    await officePage.goto(server.url);
    await waitForServiceWorkerControl(officePage);
    await signInAndSetPin(officePage, server.url, STAFF.username, '1357');
    await goTo(officePage, '/sync');
    for (const expected of ['Đã thêm 1 mục vào hàng chờ gửi (0 mục đã có sẵn).', 'Đã thêm 0 mục vào hàng chờ gửi (1 mục đã có sẵn).']) {
      await officePage.getByLabel('Tệp nhận từ máy khác').setInputFiles({ name: 'chua-gui.caunoi', mimeType: 'application/json', buffer: file });
      await officePage.getByLabel('Mật khẩu của tệp').fill('ban-hang-2026');
      await officePage.getByRole('button', { name: 'Nhập tệp' }).click();
      await officePage.getByText(expected).waitFor();
    }
    await officePage.getByRole('button', { name: 'Gửi ngay' }).click();
    await officePage.getByTestId('all-sent').waitFor({ timeout: 60_000 });
    const afterOffice = await pullEverything(server.url, STAFF.username);
    expect(afterOffice.changes.filter((c) => c.entity === 'citizen' && c.fields.fullName === 'Lò Văn Đôi')).toHaveLength(1);

    // The field tablet finally gets signal and sends its own copy: still one Lò Văn Đôi, same photos.
    await field.setOffline(false);
    await fieldPage.getByRole('button', { name: 'Gửi ngay' }).click();
    await fieldPage.getByTestId('all-sent').waitFor({ timeout: 60_000 });
    const afterBoth = await pullEverything(server.url, STAFF.username);
    const doi = afterBoth.changes.filter((c) => c.entity === 'citizen' && c.fields.fullName === 'Lò Văn Đôi');
    expect(doi).toHaveLength(1);
    await field.close();
    await office.close();
  });
});
