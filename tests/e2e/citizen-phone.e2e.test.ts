import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/accessibility';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { screenshot } from './support/dossier';
import { localeText } from './support/locale-text';
import { E2E_DIST_A } from './support/paths';
import { registerCitizenThroughUi } from './support/register-citizen';
import { startTestServer, type TestServer } from './support/server';
import { goTo, makeJpeg, signInAndSetPin } from './support/staff';

// Issue 7 §7: a citizen on their own low-end phone (360×640), in a minority language (H'Mông: texts the pack
// lacks fall back to Vietnamese key by key), creates an account, sets a PIN, prepares a dossier with a photo
// and sends it for checking; the one-stop shop sees it under "to check". Then a staff draft is handed over to
// the phone by its one-time code, with the citizen's consent.

const LANG = 'hnj';
const text = (ns: string, key: string) => localeText(LANG, ns, key);
const PHONE = '0912 345 678';
const NAME = 'Giàng Thị Mỷ';

describe("the citizen's own phone", () => {
  let server: TestServer;
  let browser: Browser;
  let phone: BrowserContext;
  let tablet: BrowserContext;
  let phonePage: Page;

  beforeAll(async () => {
    server = await startTestServer(E2E_DIST_A);
    browser = await launchBrowser();
    phone = await browser.newContext({ viewport: { width: 360, height: 640 }, bypassCSP: true });
    tablet = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    phonePage = await phone.newPage();
    await phonePage.goto(server.url);
    await waitForServiceWorkerControl(phonePage);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates an account, sets a PIN, sends a dossier with a photo for checking, and the one-stop shop sees it', async () => {
    // The language is chosen by its name on the phone's settings, as a villager does.
    await goTo(phonePage, '/settings');
    await phonePage.locator(`input[name="app-language"][value="${LANG}"]`).click();
    await expect.poll(() => phonePage.getAttribute('html', 'lang')).toBe(LANG);
    await goTo(phonePage, '/');
    const tiles = phonePage.getByRole('navigation', { name: text('common', 'home.choices') });
    await tiles.getByRole('link', { name: text('common', 'home.lookUpStatus') }).waitFor();
    await tiles.getByRole('link', { name: text('common', 'home.staffSignIn') }).waitFor();
    expect(await axeViolations(phonePage)).toEqual([]);
    await tiles.getByRole('link', { name: text('common', 'home.iAmCitizen') }).click();

    // Bad input is told in the user's language, next to the field.
    await phonePage.getByLabel(text('auth', 'citizen.phone')).fill('02412345678');
    await phonePage.getByRole('button', { name: text('auth', 'citizen.create'), exact: true }).click();
    await phonePage.getByText(text('errors', 'phone.notMobile')).waitFor();
    expect(await axeViolations(phonePage)).toEqual([]);
    await screenshot(phonePage, 'citizen-sign-up');

    await phonePage.getByLabel(text('auth', 'citizen.phone')).fill(PHONE);
    await phonePage.getByLabel(text('auth', 'citizen.fullName')).fill(NAME);
    await phonePage.getByLabel(text('auth', 'citizen.province')).selectOption('38');
    await phonePage.getByLabel(text('auth', 'citizen.commune')).selectOption('14923');
    await phonePage.getByLabel(text('auth', 'citizen.password')).fill('mat-khau-cua-my');
    await phonePage.getByRole('button', { name: text('auth', 'citizen.create'), exact: true }).click();
    await phonePage.getByLabel(text('auth', 'pin.new')).fill('1357');
    await phonePage.getByLabel(text('auth', 'pin.confirm')).fill('1357');
    await phonePage.getByRole('button', { name: text('auth', 'pin.save') }).click();
    await phonePage.getByRole('link', { name: text('dossier', 'home.myDossiers') }).waitFor();
    expect(await axeViolations(phonePage)).toEqual([]);
    // No staff register on a citizen's phone.
    expect(await phonePage.getByRole('link', { name: text('common', 'home.registerCitizen') }).count()).toBe(0);

    const photo = await makeJpeg(phonePage, 'QUYẾT ĐỊNH LY HÔN');
    await goTo(phonePage, '/dossiers/new?procedure=1.004873');
    const group = (name: string) => phonePage.getByRole('group', { name, exact: true });
    const field = (id: string) => text('catalog', `procedure.1_004873.fields.${id}.label`);
    await group(field('subject')).getByRole('button', { name: new RegExp(NAME) }).click();
    await group(field('maritalStatus')).getByRole('radio', { name: text('catalog', 'option.divorced'), exact: true }).check();
    await group(field('purpose')).getByRole('radio', { name: text('catalog', 'option.other'), exact: true }).check();
    await phonePage.getByLabel(field('purposeDetail')).fill('Đăng ký kết hôn lại');
    await phonePage.getByTestId('page-input-endOfMarriageProof').setInputFiles({ name: 'ly-hon.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => phonePage.getByTestId('page-endOfMarriageProof').count(), { timeout: 30_000 }).toBe(1);
    expect(await axeViolations(phonePage)).toEqual([]);
    await phonePage.getByRole('button', { name: text('dossier', 'form.review') }).click();
    await phonePage.getByTestId('review').waitFor();
    expect(await axeViolations(phonePage)).toEqual([]);
    await phonePage.getByRole('button', { name: text('dossier', 'citizenDraft.send') }).click();
    await phonePage.waitForURL(/\/dossiers\/[0-9a-f-]{36}\?submitted=1$/);
    const dossierId = new URL(phonePage.url()).pathname.split('/').pop()!;
    await syncNowIn(phonePage);
    await goTo(phonePage, '/dossiers');
    await expect.poll(() => phonePage.getByTestId('dossier-status').textContent(), { timeout: 30_000 }).toBe(text('reference', 'dossierStatus.toCheck'));
    await screenshot(phonePage, 'citizen-dossiers');

    // The one-stop shop: the dossier waits under "to check", with the photo the phone sent.
    const office = await tablet.newPage();
    await office.goto(server.url);
    await waitForServiceWorkerControl(office);
    await signInAndSetPin(office, server.url, 'mot.cua.bathuoc', '8642');
    await goTo(office, '/office');
    await office.getByLabel('Trạng thái').selectOption('toCheck');
    const row = office.locator(`tr[data-dossier="${dossierId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(NAME);
    expect(await row.textContent()).toContain(localeText('vi', 'reference', 'dossierStatus.toCheck'));
    await office.close();
  });

  it('receives a staff draft by its one-time code, after the staff member confirms the citizen consents', async () => {
    const staff = await tablet.newPage();
    await staff.goto(server.url);
    await signInAndSetPin(staff, server.url, 'canbo.bathuoc', '2468');
    await registerCitizenThroughUi(staff, { fullName: NAME, birthDate: '1990-04-02', sex: 'Nữ', ethnicity: 'Mông', citizenId: '038190012345' });
    const citizenId = new URL(staff.url()).pathname.split('/').pop()!;
    await goTo(staff, `/dossiers/new?procedure=1.004873&citizen=${citizenId}`);
    await staff.getByRole('group', { name: 'Tình trạng hôn nhân hiện nay', exact: true }).getByRole('radio', { name: 'Chưa kết hôn', exact: true }).check();
    await staff.getByRole('button', { name: 'Chuyển sang điện thoại của người dân' }).click();
    const create = staff.getByRole('button', { name: 'Hiện mã' });
    expect(await create.isDisabled()).toBe(true);
    await staff.getByRole('checkbox').check();
    await create.click();
    const shown = (await staff.getByTestId('handover-code-text').textContent())!;
    expect(shown).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await axeViolations(staff)).toEqual([]);
    await screenshot(staff, 'handover-code');

    await goTo(phonePage, '/dossiers/receive');
    await phonePage.locator('#page-title').waitFor();
    expect(await axeViolations(phonePage)).toEqual([]);
    await phonePage.getByLabel(text('dossier', 'handover.codeLabel')).fill(shown.toLowerCase());
    await phonePage.getByRole('button', { name: text('dossier', 'handover.receive'), exact: true }).click();
    await phonePage.waitForURL(/\/dossiers\/draft\/[0-9a-f-]{36}$/);
    const single = phonePage.getByRole('radio', { name: text('catalog', 'option.single'), exact: true });
    await expect.poll(() => single.isChecked()).toBe(true);
    // The applicant on the phone is the account holder.
    expect(await phonePage.getByRole('group', { name: text('catalog', 'procedure.1_004873.fields.subject.label'), exact: true }).textContent()).toContain(NAME);

    // The code worked once.
    await goTo(phonePage, '/dossiers/receive');
    await phonePage.getByLabel(text('dossier', 'handover.codeLabel')).fill(shown);
    await phonePage.getByRole('button', { name: text('dossier', 'handover.receive'), exact: true }).click();
    await phonePage.getByText(text('dossier', 'handover.errorUsed')).waitFor();
    await staff.close();
  });
});

/** The sync screen's "send now" in whatever language the phone shows. */
async function syncNowIn(page: Page): Promise<void> {
  await goTo(page, '/sync');
  await page.getByRole('button', { name: localeText(LANG, 'sync', 'syncNow') }).click();
  await page.getByTestId('all-sent').waitFor({ timeout: 60_000 });
}
