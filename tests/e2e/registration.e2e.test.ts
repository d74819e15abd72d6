import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { E2E_DIST_A } from './support/paths';
import { startTestServer, type TestServer } from './support/server';
import { goTo, makeJpeg, signInAndSetPin, unlockWithPin } from './support/staff';
import { registerCitizenThroughUi } from './support/register-citizen';

const STAFF = { username: 'canbo.bathuoc', name: 'Cán bộ xã Bá Thước', pin: '2468' };
const OTHER = { username: 'canbo.thietong', pin: '1357' };

describe('assisted registration on a shared tablet, offline', () => {
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

  it('registers a citizen with three photos and a signature offline, finds them after a reload, and hides them from another staff member', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await signInAndSetPin(page, server.url, STAFF.username, STAFF.pin);
    const photos = await Promise.all(['MẶT TRƯỚC', 'MẶT SAU', 'CHÂN DUNG'].map((label) => makeJpeg(page, label)));

    // No signal from here on: reload and unlock with the PIN.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Cán bộ đăng nhập' }).waitFor();
    await goTo(page, '/citizens/new');
    await unlockWithPin(page, STAFF.name, STAFF.pin);

    // An unfinished draft of someone else, left behind on purpose.
    await page.getByLabel('Họ và tên').fill('Lò Văn Đôi');
    // Autosaved: it is listed among the unfinished registrations.
    await goTo(page, '/citizens');
    await page.getByRole('link', { name: /Lò Văn Đôi/ }).waitFor();
    await registerCitizenThroughUi(page, { fullName: 'Hà Thị Xuân', birthDate: '1995-03-08', sex: 'Nữ', ethnicity: 'Thái', citizenId: '038195012345', phone: '0912 345 678' }, photos);
    expect(await page.locator('#page-title').textContent()).toBe('Hà Thị Xuân');
    await expect.poll(() => page.locator('[data-sync-state]').first().textContent()).toBe('Chưa gửi');
    // The photos were compressed in the page's worker to at most 1600 px and about 300 KB.
    const sizes = await page.locator('img.photo-preview').evaluateAll((images) => images.map((i) => ({ w: (i as HTMLImageElement).naturalWidth, h: (i as HTMLImageElement).naturalHeight })));
    for (const { w, h } of sizes) expect(Math.max(w, h)).toBeLessThanOrEqual(1600);

    // Still offline: a reload loses nothing; a diacritic-free search finds her.
    await page.reload();
    await goTo(page, '/citizens');
    await unlockWithPin(page, STAFF.name, STAFF.pin);
    await page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại').fill('ha thi xuan');
    await expect.poll(() => page.getByTestId('citizen-results').textContent()).toContain('Hà Thị Xuân');
    await page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại').fill('xu');
    await expect.poll(() => page.getByTestId('citizen-results').textContent()).toContain('Hà Thị Xuân');
    await page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại').fill('');
    await expect.poll(() => page.getByText('Lò Văn Đôi').count()).toBe(1);
    const outbox = await page.evaluate(async () => {
      const request = indexedDB.open('cau-noi');
      const db = await new Promise<IDBDatabase>((resolve) => { request.onsuccess = () => resolve(request.result); });
      const all = await new Promise<Array<{ entity: string; state: string }>>((resolve) => { const r = db.transaction('outbox').objectStore('outbox').getAll(); r.onsuccess = () => resolve(r.result as never); });
      db.close();
      return all;
    });
    expect(outbox.filter((e) => e.entity === 'citizen')).toEqual([expect.objectContaining({ state: 'pending' })]);

    // Encryption at rest (issue 8): the raw IndexedDB holds neither her name nor her ID number, in any store.
    const raw = await page.evaluate(async () => {
      const request = indexedDB.open('cau-noi');
      const db = await new Promise<IDBDatabase>((resolve) => { request.onsuccess = () => resolve(request.result); });
      const dump: string[] = [];
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => resolve(r.result); });
        for (const value of all) dump.push(JSON.stringify(value, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.size}` : v)));
        // Photos are stored as encrypted blobs: their bytes must not start like a JPEG.
        for (const value of all) {
          const blob = (value as { blob?: Blob }).blob;
          if (blob) dump.push(Array.from(new Uint8Array(await blob.slice(0, 2).arrayBuffer())).join(','));
        }
      }
      db.close();
      return dump.join('\n');
    });
    expect(raw.length).toBeGreaterThan(1000);
    for (const secret of ['Xuân', 'Xu\\u00e2n', '038195012345', '0912345678', '255,216']) expect(raw).not.toContain(secret);

    // A second staff member on the same tablet sees neither her nor the first one's draft.
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Khóa máy' }).click();
    await signInAndSetPin(page, server.url, OTHER.username, OTHER.pin);
    await goTo(page, '/citizens');
    await page.getByText('Chưa có người dân nào trên máy này.').waitFor();
    expect(await page.getByText('Lò Văn Đôi').count()).toBe(0);
    await page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại').fill('xuan');
    await page.getByText('Không tìm thấy ai.', { exact: false }).waitFor();
    await context.close();
  });
});
