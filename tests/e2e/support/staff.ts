import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitForServiceWorkerControl } from './browser';
import { DEMO_PASSWORD } from './server';

/** Online sign-in of a demo account on this device, then the PIN it will unlock with offline. */
export async function signInAndSetPin(page: Page, baseUrl: string, username: string, pin: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mã PIN mới').fill(pin);
  await page.getByLabel('Nhập lại mã PIN').fill(pin);
  await page.getByRole('button', { name: 'Lưu mã PIN' }).click();
  await page.locator('#page-title', { hasText: 'Chào' }).waitFor();
}

/** The unlock screen after a reload or the idle lock: choose the person, type the PIN. */
export async function unlockWithPin(page: Page, displayName: string, pin: string): Promise<void> {
  await page.getByRole('radio', { name: displayName }).check();
  await page.getByLabel(`Mã PIN của ${displayName}`).fill(pin);
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
}

/** In-app navigation (a full page load would lock the app, as it should). */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** A camera-sized JPEG made in the page (no fixture files): a gradient with text, 3000×2000. */
export async function makeJpeg(page: Page, label: string, width = 3000, height = 2000): Promise<Buffer> {
  const base64 = await page.evaluate(async ({ label, width, height }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, '#2a6'); gradient.addColorStop(1, '#fc3');
    context.fillStyle = gradient;
    context.fillRect(0, 0, width, height);
    for (let i = 0; i < 4000; i++) {
      context.fillStyle = `hsl(${(i * 37) % 360} 60% 50%)`;
      context.fillRect((i * 7919) % width, (i * 104729) % height, 20, 20);
    }
    context.fillStyle = '#000';
    context.font = '160px sans-serif';
    context.fillText(label, 100, 300);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, { label, width, height });
  return Buffer.from(base64, 'base64');
}

/** Draws a signature on the open signature pad with the mouse, as a finger would, and waits until it counts. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.locator('canvas.signature-canvas');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 25, box.y + 30 + (i % 2) * 30, { steps: 3 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Xóa và ký lại' }).and(page.locator(':enabled')).waitFor();
}

/** A new tab of `context` with the app installed (its service worker in control) and `user` signed in with a PIN. */
export async function openSignedIn(context: BrowserContext, baseUrl: string, user: { username: string; pin: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitForServiceWorkerControl(page);
  await signInAndSetPin(page, baseUrl, user.username, user.pin);
  return page;
}

/**
 * A phone-sized tablet in the village: the app installed and the staff member signed in with the network,
 * then no signal, a reload, and the workspace unlocked with the PIN on `path`.
 */
export async function openOfflineWorkspace(browser: Browser, baseUrl: string, staff: { username: string; name: string; pin: string }, path = '/citizens'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await openSignedIn(context, baseUrl, staff);
  await context.setOffline(true);
  await page.reload();
  await goTo(page, path);
  await unlockWithPin(page, staff.name, staff.pin);
  return { context, page };
}
