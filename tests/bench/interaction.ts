// `npm run bench:inp` (issue 9 §5): Interaction to Next Paint on the registration form at 4× CPU, in
// Debian's Chromium, against the built app and the real server, signed in as staff (the service worker
// installed, as on a field tablet).
// - Typing: a tap on "Họ và tên", then a name and a citizen ID typed key by key, 150 ms apart (the Latin
//   letters of Telex typing: Playwright sends Vietnamese letters as text insertion, with no key events).
// - Photo: a tap on "Chụp ảnh", a 12-megapixel JPEG chosen in the file chooser, then the phone number typed
//   while the photo is compressed, stored and previewed: the interactions of attaching a photo and of
//   carrying on meanwhile.
// Median of RUNS runs. Add --check to fail over budget, --reuse-build to skip the build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, waitForServiceWorkerControl } from '../e2e/support/browser';
import { goTo, signInAndSetPin } from '../e2e/support/staff';
import { buildApp, loadAverage, median, startAppServer } from './support/app';
import { setCpuThrottling } from './support/browser';
import { installInpObserver, makeCameraJpeg, readInp, resetInp, type InpReading } from './support/inp';
import { report, type Figures } from './support/results';

const RUNS = Number(process.env.INP_RUNS ?? 3);
const KEY_DELAY_MS = 150;

async function openNewRegistration(page: Page): Promise<void> {
  await goTo(page, '/citizens/new');
  await page.getByLabel('Họ và tên').waitFor();
}

async function typingRun(page: Page): Promise<InpReading> {
  await openNewRegistration(page);
  await resetInp(page);
  await page.getByLabel('Họ và tên').click();
  await page.keyboard.type('Nguyen Thi Minh Khai', { delay: KEY_DELAY_MS });
  await page.getByLabel('Số định danh cá nhân (CCCD, 12 số)').click();
  await page.keyboard.type('038195012345', { delay: KEY_DELAY_MS });
  return readInp(page);
}

async function photoRun(page: Page, photo: string): Promise<InpReading> {
  await openNewRegistration(page);
  const input = page.getByTestId('photo-input-idFront');
  const id = await input.getAttribute('id');
  await resetInp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`label[for="${id}"]`).click();
  // A path, not a buffer: Playwright would decode a buffer's base64 in the page, a long task of its own
  // that a camera never causes.
  await (await chooser).setFiles(photo);
  await page.getByLabel('Số điện thoại').click();
  await page.keyboard.type('0912345678', { delay: KEY_DELAY_MS });
  await page.locator('img.photo-preview').waitFor({ timeout: 60_000 });
  return readInp(page);
}

const describe = (r: InpReading) =>
  `INP ${r.inp.toFixed(0)} ms over ${r.interactions} interactions (median ${r.median.toFixed(0)} ms); long tasks: ${r.longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`;

buildApp();
const server = await startAppServer();
const browser = await launchBrowser();
const figures: Figures = {};
const photoDir = mkdtempSync(path.join(tmpdir(), 'caunoi-inp-'));
console.log(`load: ${loadAverage()}`);
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await installInpObserver(page);
  await page.goto(`${server.url}/`);
  await waitForServiceWorkerControl(page);
  await signInAndSetPin(page, server.url, 'canbo.bathuoc', '2468');
  const jpeg = await makeCameraJpeg(page);
  const photo = path.join(photoDir, 'cccd.jpg');
  writeFileSync(photo, jpeg);
  console.log(`photo: 4000×3000 JPEG, ${(jpeg.length / 1024 / 1024).toFixed(1)} MB`);
  const cdp = await context.newCDPSession(page);
  await openNewRegistration(page); // loads the form's code once, as a tablet in use has
  await setCpuThrottling(cdp, 4);

  const typing: InpReading[] = [];
  const photos: InpReading[] = [];
  for (let i = 0; i < RUNS; i++) {
    typing.push(await typingRun(page));
    console.log(`typing #${i + 1}: ${describe(typing.at(-1)!)}`);
    photos.push(await photoRun(page, photo));
    console.log(`photo #${i + 1}: ${describe(photos.at(-1)!)}`);
  }
  figures['inp.typingMs'] = median(typing.map((r) => r.inp));
  figures['inp.typingMedianInteractionMs'] = median(typing.map((r) => r.median));
  figures['inp.photoMs'] = median(photos.map((r) => r.inp));
  figures['inp.photoLongestLongTaskMs'] = median(photos.map((r) => Math.max(0, ...r.longTasks)));
} finally {
  await browser.close();
  await server.close();
  rmSync(photoDir, { recursive: true, force: true });
}
console.log(`load: ${loadAverage()}`);
report(figures, {
  inp: `Chromium at 4× CPU, median of ${RUNS} runs; INP as web-vitals computes it (Event Timing, durationThreshold 16 ms, worst interaction ignoring one in 50). `
    + `Typing: name and CCCD, a key every ${KEY_DELAY_MS} ms. Photo: tap, 12 MP JPEG via the file chooser, phone number typed while it is processed.`,
});
