import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/accessibility';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { screenshot } from './support/dossier';
import { E2E_DIST_A } from './support/paths';
import { registerCitizenThroughUi } from './support/register-citizen';
import { startTestServer, type TestServer } from './support/server';
import { goTo, makeJpeg, openSignedIn } from './support/staff';
import { submitMaritalStatusDossier, syncNow } from './support/submit-dossier';

const FIELD = { username: 'canbo.bathuoc', name: 'Cán bộ xã Bá Thước', pin: '2468' };
const OFFICER = { username: 'mot.cua.bathuoc', pin: '1357' };

describe('back office: the field submits, the one-stop shop decides, the field sees it', () => {
  let server: TestServer;
  let browser: Browser;
  let field: BrowserContext;
  let office: BrowserContext;
  let fieldPage: Page;
  let officePage: Page;

  const open = (context: BrowserContext, user: { username: string; pin: string }) => openSignedIn(context, server.url, user);

  beforeAll(async () => {
    server = await startTestServer(E2E_DIST_A);
    browser = await launchBrowser();
    field = await browser.newContext({ viewport: { width: 360, height: 640 } });
    office = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, acceptDownloads: true });
    fieldPage = await open(field, FIELD);
    officePage = await open(office, OFFICER);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for a supplement, receives it from the field, completes the dossier, and the field shows "result ready"', async () => {
    // The field: a citizen and a dossier, sent to the commune.
    await registerCitizenThroughUi(fieldPage, { fullName: 'Hà Thị Xuân', birthDate: '1995-03-08', sex: 'Nữ', ethnicity: 'Thái', citizenId: '038195012345' });
    const dossierId = await submitMaritalStatusDossier(fieldPage, 'Hà Thị Xuân');
    await syncNow(fieldPage);

    // The officer finds it in the queue by the name typed without diacritics, and opens it.
    await goTo(officePage, '/office');
    await officePage.getByLabel('Tìm theo mã hồ sơ hoặc tên người dân').fill('ha thi xuan');
    await officePage.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = officePage.locator(`tr[data-dossier="${dossierId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Xã đã tiếp nhận');
    expect(await row.locator('[data-deadline]').getAttribute('data-deadline')).toMatch(/^(open|dueSoon)$/);
    await screenshot(officePage, 'office-queue');
    expect(await axeViolations(officePage)).toEqual([]);
    await row.getByRole('link').click();
    await officePage.getByTestId('office-answers').waitFor();
    expect(await officePage.getByTestId('office-answers').textContent()).toContain('Vay vốn ngân hàng chính sách');
    expect(await officePage.getByTestId('citizen-profile').textContent()).toContain('038195012345');
    expect(await officePage.getByTestId('history').textContent()).toContain('Xã tiếp nhận hồ sơ');
    // The citizen's signature, full screen, fetched from the server with the officer's token.
    await officePage.getByRole('button', { name: /^Xem toàn màn hình: Chữ ký/ }).click();
    await officePage.getByTestId('photo-viewer').locator('img').waitFor();
    await officePage.getByRole('button', { name: 'Đóng' }).click();
    await screenshot(officePage, 'office-dossier');
    expect(await axeViolations(officePage)).toEqual([]);

    await officePage.getByRole('button', { name: 'Bắt đầu giải quyết' }).click();
    await officePage.locator('.office-badges .status-badge', { hasText: 'Đang giải quyết' }).waitFor();
    await officePage.getByRole('button', { name: 'Yêu cầu bổ sung giấy tờ' }).click();
    await officePage.getByLabel('Lý do (người dân sẽ được báo)').fill('Thiếu giấy tờ về việc ly hôn');
    await officePage.getByRole('checkbox', { name: 'Giấy tờ về việc ly hôn hoặc vợ, chồng đã mất' }).check();
    await screenshot(officePage, 'office-supplement-request');
    await officePage.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
    await officePage.getByText('Đang chờ người dân bổ sung:').waitFor();

    // The field device learns it at its next sync, photographs the paper and sends it.
    await syncNow(fieldPage);
    await goTo(fieldPage, `/dossiers/${dossierId}`);
    const request = fieldPage.getByTestId('supplement-request');
    await request.waitFor();
    expect(await request.textContent()).toContain('Thiếu giấy tờ về việc ly hôn');
    expect(await request.textContent()).toContain('Giấy tờ về việc ly hôn hoặc vợ, chồng đã mất');
    await screenshot(fieldPage, 'field-supplement-request');
    await fieldPage.getByTestId('page-input-endOfMarriageProof').setInputFiles({ name: 'ly-hon.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(fieldPage, 'QUYẾT ĐỊNH LY HÔN') });
    await fieldPage.getByTestId('page-endOfMarriageProof').waitFor({ timeout: 30_000 });
    await fieldPage.getByRole('button', { name: 'Gửi giấy tờ bổ sung' }).click();
    await fieldPage.getByText('Đã lưu giấy tờ bổ sung.').waitFor();
    await syncNow(fieldPage);
    await goTo(fieldPage, `/dossiers/${dossierId}`);
    await expect.poll(() => fieldPage.getByTestId('dossier-status').textContent()).toBe('Đang giải quyết');

    // Back in the officer's queue where it was: processing, with the new page and the supplement in the history.
    // (In-app navigation: a full reload would lock the app, as it should.)
    await goTo(officePage, '/office');
    await goTo(officePage, `/office/dossiers/${dossierId}`);
    await officePage.getByTestId('history').waitFor({ timeout: 30_000 });
    expect(await officePage.getByTestId('history').textContent()).toContain('Đã nhận giấy tờ bổ sung');
    expect(await officePage.locator('[data-document="endOfMarriageProof"]').textContent()).toContain('(1 trang)');
    await officePage.getByRole('button', { name: 'Đã có kết quả' }).click();
    await officePage.getByRole('button', { name: 'Đã trả kết quả' }).waitFor();
    expect(await officePage.locator('.office-badges .status-badge').textContent()).toBe('Đã có kết quả, mời đến nhận');

    // The field device shows "result ready".
    await syncNow(fieldPage);
    await goTo(fieldPage, `/dossiers/${dossierId}`);
    await expect.poll(() => fieldPage.getByTestId('dossier-status').textContent()).toBe('Đã có kết quả, mời đến nhận');
    await fieldPage.getByText('Đã có kết quả: hãy báo người dân đến nhận tại xã.').waitFor();
    await screenshot(fieldPage, 'field-result-ready');
  });

  it('lets any device check a signed paper offline, and refuses an altered one', async () => {
    // The signed result notice of the dossier above, as the API serves it to the officer.
    const token = await officePage.evaluate(async () => {
      const response = await fetch('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'mot.cua.bathuoc', password: 'CauNoi@2026-e2e', deviceId: `check-${crypto.randomUUID()}` }) });
      return ((await response.json()) as { accessToken: string }).accessToken;
    });
    const paper = await officePage.evaluate(async (bearer) => {
      const headers = { authorization: `Bearer ${bearer}` };
      const queue = (await (await fetch('/api/v1/office/dossiers', { headers })).json()) as { items: Array<{ id: string }> };
      const detail = (await (await fetch(`/api/v1/office/dossiers/${queue.items[0]!.id}`, { headers })).json()) as { dossier: { fields: { signedResult: string } } };
      return detail.dossier.fields.signedResult;
    }, token);
    expect(JSON.parse(paper)).toMatchObject({ kind: 'result', who: 'H.T.X.' });

    // The field device took the keys while online; now with no network it checks the paper.
    await field.setOffline(true);
    await goTo(fieldPage, '/verify');
    await fieldPage.getByText(/^Có 1 khóa/).waitFor();
    await fieldPage.getByLabel('Hoặc dán nội dung mã QR').fill(paper);
    await fieldPage.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await fieldPage.getByText(/^Giấy này do Xã Bá Thước cấp ngày \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    await screenshot(fieldPage, 'verify-genuine');
    await fieldPage.getByLabel('Hoặc dán nội dung mã QR').fill(paper.replace('"who":"H.T.X."', '"who":"H.T.Y."'));
    await fieldPage.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await fieldPage.getByText('Giấy này không phải do xã cấp.').waitFor();
    expect(await fieldPage.getByTestId('verdict').getAttribute('data-verdict')).toBe('badSignature');
    await field.setOffline(false);
  });

  it('shows the dashboard with its charts and exports it as a spreadsheet', async () => {
    await goTo(officePage, '/office/dashboard');
    await officePage.getByTestId('kpi-received').waitFor();
    expect(await officePage.getByTestId('kpi-received').textContent()).toContain('1');
    expect(await officePage.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
    const [download] = await Promise.all([officePage.waitForEvent('download'), officePage.getByRole('button', { name: 'Tải về bảng tính (CSV)' }).click()]);
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync((await download.path())).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    await screenshot(officePage, 'office-dashboard');
    expect(await axeViolations(officePage)).toEqual([]);
  });

  it('creates an account, and a revoked tablet wipes itself at its next contact', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const adminPage = await open(admin, { username: 'quantri', pin: '1470' });
    await goTo(adminPage, '/admin');
    await adminPage.getByRole('button', { name: 'Tạo tài khoản mới' }).click();
    await adminPage.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await adminPage.getByLabel('Họ tên hiển thị').fill('Cán bộ Mới');
    await adminPage.getByRole('checkbox', { name: 'Xã Bá Thước' }).check();
    await adminPage.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
    const password = (await adminPage.getByTestId('new-password').textContent())!;
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await screenshot(adminPage, 'admin');
    expect(await axeViolations(adminPage)).toEqual([]);

    // The new colleague's tablet.
    const tablet = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const tabletPage = await tablet.newPage();
    await tabletPage.goto(server.url);
    await waitForServiceWorkerControl(tabletPage);
    await tabletPage.goto(`${server.url}/sign-in`);
    await tabletPage.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await tabletPage.getByLabel('Mật khẩu').fill(password);
    await tabletPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await tabletPage.getByLabel('Mã PIN mới').fill('8642');
    await tabletPage.getByLabel('Nhập lại mã PIN').fill('8642');
    await tabletPage.getByRole('button', { name: 'Lưu mã PIN' }).click();
    await tabletPage.locator('#page-title', { hasText: 'Chào' }).waitFor();

    // It is lost: the admin revokes it.
    await goTo(adminPage, '/');
    await goTo(adminPage, '/admin');
    const row = adminPage.locator('li[data-username="canbo.moi"]');
    await row.getByRole('button', { name: 'Máy tính bảng' }).click();
    await row.getByRole('button', { name: 'Báo mất máy' }).click();
    await row.getByRole('button', { name: 'Khóa máy và xóa dữ liệu' }).click();
    await row.getByText(/^Đã khóa máy lúc/).waitFor();

    // Its next contact with the server erases everything on it, and it says so.
    await syncNow(tabletPage).catch(() => undefined);
    await tabletPage.getByText('Máy này đã bị khóa.').waitFor({ timeout: 30_000 });
    const databases = await tabletPage.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    const profiles = await tabletPage.evaluate(async () => {
      const request = indexedDB.open('cau-noi');
      const db = await new Promise<IDBDatabase>((resolve) => { request.onsuccess = () => resolve(request.result); });
      const names = [...db.objectStoreNames];
      const count = names.includes('profiles') ? await new Promise<number>((resolve) => { const r = db.transaction('profiles').objectStore('profiles').count(); r.onsuccess = () => resolve(r.result); }) : 0;
      db.close();
      return count;
    });
    expect(databases).toContain('cau-noi');
    expect(profiles).toBe(0);
    await screenshot(tabletPage, 'device-wiped');
    await tablet.close();
    await admin.close();
  });
});
