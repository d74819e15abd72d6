import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/accessibility';
import { launchBrowser } from './support/browser';
import { screenshot } from './support/dossier';
import { E2E_DIST_A } from './support/paths';
import { registerCitizenThroughUi } from './support/register-citizen';
import { startTestServer, type TestServer } from './support/server';
import { goTo, openSignedIn } from './support/staff';
import { submitMaritalStatusDossier, syncNow } from './support/submit-dossier';

const FIELD = { username: 'canbo.bathuoc', pin: '2468' };
const OFFICER = { username: 'mot.cua.bathuoc', pin: '1357' };
const ADMIN = { username: 'quantri', pin: '9753' };

describe("citizens' rights: a withdrawal at the desk is audited and reaches the field", () => {
  let server: TestServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];

  const open = async (user: { username: string; pin: string }, viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ viewport, acceptDownloads: true, bypassCSP: true });
    contexts.push(context);
    return openSignedIn(context, server.url, user);
  };

  beforeAll(async () => {
    server = await startTestServer(E2E_DIST_A);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    contexts = [];
    await browser?.close();
    await server?.close();
  });

  it('the officer records a withdrawal and a request, exports the PDF; the admin reads the log; the tablet shows "withdrawn"', async () => {
    const fieldPage: Page = await open(FIELD, { width: 360, height: 640 });
    await registerCitizenThroughUi(fieldPage, { fullName: 'Lò Thị Mai', birthDate: '1990-07-15', sex: 'Nữ', ethnicity: 'Thái', citizenId: '038190012347', phone: '0912345679' });
    const citizenId = new URL(fieldPage.url()).pathname.split('/').pop()!;
    expect(await fieldPage.getByTestId('consent-contactByPhone').textContent()).toBe('Đã đồng ý');
    const dossierId = await submitMaritalStatusDossier(fieldPage, 'Lò Thị Mai');
    await syncNow(fieldPage);

    // The officer opens the dossier, then the person's page with their rights.
    const office = await open(OFFICER);
    await goTo(office, `/office/dossiers/${dossierId}`);
    await office.getByRole('link', { name: 'Trang người dân và quyền về dữ liệu' }).click();
    await office.getByTestId('consent-panel').waitFor();
    expect(await office.locator('#page-title').textContent()).toContain('Lò Thị Mai');
    expect(await office.getByTestId('consent-state-contactByPhone').textContent()).toBe('Đã đồng ý');

    // The person, at the desk, no longer wants to be called: the officer records it.
    await office.getByRole('button', { name: 'Ghi nhận rút lại: Gọi điện, nhắn tin' }).click();
    await office.getByRole('button', { name: 'Có, ghi nhận rút lại' }).click();
    await office.getByTestId('consent-state-contactByPhone').filter({ hasText: 'Đã rút lại ngày' }).waitFor();
    expect(await office.getByTestId('consent-state-dossierProcessing').textContent()).toBe('Đã đồng ý');

    // They also ask to see their data: the request gets its legal deadline.
    await office.getByLabel('Loại yêu cầu').selectOption({ label: 'Xem dữ liệu' });
    await office.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
    const request = office.locator('[data-request-kind="access"]');
    await request.waitFor();
    expect(await request.locator('[data-deadline]').getAttribute('data-deadline')).toBe('open');
    expect(await request.textContent()).toContain('Đang chờ');
    await screenshot(office, 'office-citizen-rights');
    expect(await axeViolations(office)).toEqual([]);

    // The printable copy of their data.
    const [download] = await Promise.all([office.waitForEvent('download'), office.getByRole('button', { name: 'Tải về PDF để in' }).click()]);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The open request is on the back office's list of data requests.
    await goTo(office, '/office/requests');
    await office.getByRole('link', { name: 'Lò Thị Mai' }).waitFor();

    // The administrator reads who did what.
    const admin = await open(ADMIN);
    await goTo(admin, '/admin');
    const audit = admin.getByTestId('audit-section');
    await audit.locator('tr[data-audit-action="consent-withdrawn"]').waitFor();
    const withdrawn = await audit.locator('tr[data-audit-action="consent-withdrawn"]').textContent();
    expect(withdrawn).toContain('Lò Thị Mai');
    expect(withdrawn).toContain('Bộ phận Một cửa xã Bá Thước');
    for (const action of ['view-profile', 'export', 'request-recorded', 'create']) expect(await audit.locator(`tr[data-audit-action="${action}"]`).count(), action).toBeGreaterThan(0);
    await audit.getByLabel('Việc làm').selectOption({ label: 'Rút lại sự đồng ý' });
    await audit.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(() => audit.locator('tbody tr').count()).toBe(1);
    await screenshot(admin, 'admin-audit');
    expect(await axeViolations(admin)).toEqual([]);

    // The field tablet, after its next sync, shows the withdrawal on the person's page.
    await syncNow(fieldPage);
    await goTo(fieldPage, `/citizens/${citizenId}`);
    await fieldPage.getByTestId('consent-contactByPhone').filter({ hasText: 'Đã rút lại ngày' }).waitFor();
    expect(await fieldPage.getByTestId('consent-idPhotoStorage').textContent()).toBe('Đã đồng ý');
    await screenshot(fieldPage, 'field-consent-withdrawn');
  }, 300_000);
});
