import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { decodeQr, firstPageSize, pageCount, readStore, screenshot } from './support/dossier';
import { E2E_DIST_A } from './support/paths';
import { startTestServer, type TestServer } from './support/server';
import { goTo, makeJpeg, signInAndSetPin, unlockWithPin, drawSignature } from './support/staff';

const STAFF = { username: 'canbo.bathuoc', name: 'Cán bộ xã Bá Thước', pin: '2468' };
type DraftRow = { id: string; kind: string; ownerUserId: string };
type OutboxRow = { entity: string; state: string; fieldNames: string[] };

/** A date a few days ago in Vietnam: a birth registered on time. */
const daysAgo = (days: number) => new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

/** The mother, registered the quick way: witness consent, no photos. */
async function registerMother(page: Page): Promise<void> {
  await goTo(page, '/citizens/new');
  await page.getByLabel('Họ và tên').fill('Hà Thị Xuân');
  await page.getByLabel('Ngày sinh').fill('1995-03-08');
  await page.getByRole('radio', { name: 'Nữ' }).check();
  await page.getByLabel('Dân tộc').selectOption({ label: 'Thái' });
  await expect.poll(() => page.getByLabel('Tỉnh/Thành phố').inputValue()).toBe('38');
  await page.getByLabel('Thôn/Bản').selectOption({ label: 'Thôn 1' });
  for (const radio of await page.getByRole('radio', { name: 'Đồng ý', exact: true }).all()) await radio.check();
  await page.getByRole('checkbox', { name: 'Cán bộ đọc to' }).check();
  await page.getByRole('radio', { name: /Người làm chứng/ }).check();
  await page.getByLabel('Họ tên người làm chứng').fill('Hà Văn Lả');
  await page.getByRole('button', { name: 'Lưu người dân' }).click();
  await page.getByText('Đã lưu trên máy.').waitFor();
}


describe('a dossier prepared offline, from the first question to the printed receipt', () => {
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

  it('creates a birth registration with photos, resumes it after a reload, submits it signed, prints the receipt and decodes its QR code', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await signInAndSetPin(page, server.url, STAFF.username, STAFF.pin);
    const photos = await Promise.all(['GIẤY CHỨNG SINH 1', 'GIẤY CHỨNG SINH 2'].map((label) => makeJpeg(page, label)));

    // No signal from here on.
    await context.setOffline(true);
    await page.reload();
    await goTo(page, '/citizens/new');
    await unlockWithPin(page, STAFF.name, STAFF.pin);
    await registerMother(page);

    // The public procedure pages read offline.
    await goTo(page, '/procedures');
    await page.getByLabel('Tìm thủ tục (gõ có dấu hoặc không dấu)').fill('khai sinh');
    await expect.poll(() => page.locator('.procedure-tile[data-procedure="1.000656"]').count()).toBe(0);
    expect(await page.locator('.procedure-tile[data-procedure="1.001193"]').count()).toBe(1);
    await screenshot(page, '00-procedures');
    await goTo(page, '/procedures/1.001193');
    await page.getByRole('heading', { name: 'Giấy tờ cần chuẩn bị' }).waitFor();
    expect(await page.locator('#page-title').textContent()).toBe('Đăng ký khai sinh');
    await screenshot(page, '01-procedure');

    await page.getByRole('link', { name: 'Lập hồ sơ cho thủ tục này' }).click();
    await page.getByLabel('Tìm người dân theo tên, số định danh hoặc số điện thoại').fill('ha thi xuan');
    await screenshot(page, '02-citizen');
    await page.getByTestId('dossier-citizen-results').getByRole('button', { name: /Hà Thị Xuân/ }).click();
    // The procedure came with the link; the form opens.
    await page.getByRole('heading', { name: 'Còn thiếu gì?' }).waitFor();
    expect(await page.locator('#page-title').textContent()).toBe('Đăng ký khai sinh');

    const group = (name: string) => page.getByRole('group', { name, exact: true });
    await group('Quan hệ với em bé').getByRole('radio', { name: 'Mẹ' }).check();
    await page.getByLabel('Họ và tên em bé').fill('Hà Văn Minh');
    await group('Giới tính của em bé').getByRole('radio', { name: 'Nam' }).check();
    await page.getByLabel('Ngày sinh của em bé').fill(daysAgo(5));
    await group('Em bé sinh ở đâu?').getByRole('radio', { name: 'Bệnh viện, trạm y tế' }).check();
    await page.getByLabel('Tên nơi sinh').fill('Trạm y tế xã Bá Thước');
    await page.getByLabel('Dân tộc của em bé').selectOption({ label: 'Thái' });
    await group('Mẹ của em bé').getByRole('button', { name: 'Hà Thị Xuân' }).click();
    await group('Đã biết cha của em bé chưa?').getByRole('radio', { name: 'Không' }).check();
    await group('Giấy tờ chứng minh việc sinh').getByRole('radio', { name: 'Giấy chứng sinh' }).check();
    await screenshot(page, '03-form');

    // Two pages of the birth certificate, compressed in the worker.
    await page.getByTestId('page-input-birthCertificate').setInputFiles(photos.map((buffer, i) => ({ name: `page-${i + 1}.jpg`, mimeType: 'image/jpeg', buffer })));
    await expect.poll(() => page.getByTestId('page-birthCertificate').count(), { timeout: 30_000 }).toBe(2);
    // Drafts are sealed at rest: the order is read from the screen, and checked again after the reload.
    const pageOrder = () => page.getByTestId('page-birthCertificate').evaluateAll((items) => items.map((i) => i.getAttribute('data-sha256')));
    const [first, second] = await pageOrder();
    await page.getByRole('button', { name: 'Đưa lên trước: Giấy chứng sinh, trang 2/2' }).click();
    await expect.poll(pageOrder).toEqual([second, first]);
    await page.getByRole('button', { name: 'Xem to: Giấy chứng sinh, trang 1/2' }).click();
    const viewer = page.getByRole('dialog', { name: 'Giấy chứng sinh, trang 1/2' });
    await viewer.getByRole('img').waitFor();
    await screenshot(page, '04-page-viewer');
    await viewer.getByRole('button', { name: 'Đóng' }).click();
    await page.getByText('Đã đủ thông tin và giấy tờ.', { exact: false }).waitFor();
    await screenshot(page, '05-form-complete');
    const draftId = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(async () => (await readStore<DraftRow>(page, 'drafts')).filter((d) => d.kind === 'dossier').map((d) => d.id)).toEqual([draftId]);

    // Days later (a reload, still offline): the draft is listed and resumes where it was.
    await page.reload();
    await goTo(page, '/dossiers');
    await unlockWithPin(page, STAFF.name, STAFF.pin);
    await page.getByTestId('dossier-drafts').waitFor();
    await screenshot(page, '05b-drafts');
    await page.getByTestId('dossier-drafts').getByRole('link', { name: /Đăng ký khai sinh/ }).click();
    await page.waitForURL(`**/dossiers/draft/${draftId}`);
    expect(await page.getByLabel('Họ và tên em bé').inputValue()).toBe('Hà Văn Minh');
    await expect.poll(pageOrder).toEqual([second, first]);
    await expect.poll(() => page.getByTestId('fee').textContent()).toContain('Miễn lệ phí vì đăng ký đúng hạn');

    await page.getByRole('button', { name: 'Xem lại hồ sơ' }).click();
    await page.getByTestId('review').waitFor();
    expect(await page.getByTestId('review').textContent()).toContain('Hà Văn Minh');
    await page.getByRole('radio', { name: 'Chữ ký' }).check();
    await drawSignature(page);
    await screenshot(page, '06-review');
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

    await page.getByText('Đã nộp hồ sơ và lưu trên máy.').waitFor();
    await expect.poll(() => page.locator('[data-sync-state]').first().textContent()).toBe('Chưa gửi');
    const reference = (await page.getByTestId('dossier-reference').textContent())!;
    expect(reference).toMatch(/^NHAP-[0-9A-HJKMNP-TV-Z]{4}-000001$/);
    await screenshot(page, '07-submitted');
    // One mutation queued for it, sealed; the status stays the server's to set.
    const queued = (await readStore<OutboxRow>(page, 'outbox')).filter((e) => e.entity === 'dossier');
    expect(queued.map((e) => e.state)).toEqual(['pending']);
    expect(queued[0]!.fieldNames).toEqual(expect.arrayContaining(['localReference', 'answers', 'documents', 'confirmation']));
    expect(queued[0]!.fieldNames).not.toContain('status');
    expect((await readStore<DraftRow>(page, 'drafts')).filter((d) => d.kind === 'dossier')).toEqual([]);

    // The receipt: printed to PDF on A4 and on A5, and its QR code read back.
    await page.getByRole('link', { name: 'Giấy tiếp nhận hồ sơ' }).click();
    const qr = page.getByTestId('receipt-qr');
    await qr.waitFor();
    expect(await page.getByTestId('receipt-reference').textContent()).toBe(reference);
    const receiptText = await page.getByTestId('receipt').textContent();
    for (const expected of ['Hà Thị Xuân', 'Đăng ký khai sinh (1.001193)', 'Giấy chứng sinh: Bản chính, 1 bản, 2 trang ảnh', 'Thôn 1']) expect(receiptText).toContain(expected);
    await screenshot(page, '08-receipt');
    const a4 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(a4.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(a4.length).toBeGreaterThan(10_000);
    expect(a4.length).toBeLessThan(5_000_000);
    expect(pageCount(a4)).toBe(1);
    expect(firstPageSize(a4)).toEqual({ width: expect.closeTo(595, -1) as unknown, height: expect.closeTo(842, -1) as unknown });
    await page.getByRole('radio', { name: /^Khổ A5/ }).check();
    const a5 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(a5.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pageCount(a5)).toBe(1);
    expect(firstPageSize(a5)).toEqual({ width: expect.closeTo(420, -1) as unknown, height: expect.closeTo(595, -1) as unknown });

    await qr.scrollIntoViewIfNeeded();
    expect(await decodeQr(context, await qr.screenshot())).toBe(reference);
    if (process.env.E2E_SCREENSHOTS) {
      await goTo(page, '/dossiers');
      await page.getByTestId('dossier-list').waitFor();
      await screenshot(page, '11-dossiers');
      await page.goBack();
      await qr.waitFor();
      // How the printed sheets look (print styles on an A4- and an A5-wide page).
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 559, height: 794 });
      await screenshot(page, '09-print-a5');
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('radio', { name: 'Khổ A4', exact: true }).check();
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await screenshot(page, '10-print-a4');
    }
    await context.close();
  });
});
