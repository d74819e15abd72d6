// `npm run bench:start` (issue 9 §3, §4): the app built for production, served by the real server,
// in Debian's Chromium.
// - Rural profile: 400 ms round trip, 400 kbit/s both ways, 6× CPU (CDP). First visit (nothing cached):
//   time until the start screen's tiles are painted, which needs the entry script, the language pack
//   and the first render. Repeat visit in a new tab once the service worker holds the app: first
//   contentful paint, and the tiles painted (the budget is on the tiles: content a person can use).
// - Offline cold start: 10,000 citizens registered on another device reach this tablet through the real
//   sync; then offline, 4× CPU, a full reload of /citizens, the PIN, the list's first rows.
// Median of RUNS runs. Add --check to fail over budget, --reuse-build to skip the build.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitForServiceWorkerControl } from '../e2e/support/browser';
import { DEMO_PASSWORD } from '../e2e/support/server';
import { signInAndSetPin, unlockWithPin } from '../e2e/support/staff';
import { buildApp, loadAverage, median, readMarks, startAppServer, watchFirstAppearance } from './support/app';
import { launchChromium, openBenchPage, setCpuThrottling, setNetwork } from './support/browser';
import { report, type Figures } from './support/results';

const RUNS = Number(process.env.START_RUNS ?? 3);
const RURAL = { rttMs: 400, kbps: 400 };
const CITIZENS = 10_000;
const PIN = '2468';
const STAFF = { username: 'canbo.bathuoc', displayName: 'Cán bộ xã Bá Thước', commune: '14923' };
const TILES = '.tile-grid a.tile';
const FIRST_ROW = '[data-testid="citizen-results"] li';

/** A page of `context` with the rural link and CPU, and paint marks for the start screen. */
async function ruralPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await setNetwork(cdp, RURAL);
  await setCpuThrottling(cdp, 6);
  await watchFirstAppearance(page, { tiles: TILES });
  return page;
}

const firstContentfulPaint = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

async function ruralRun(browser: Browser, origin: string): Promise<{ first: number; repeatFcp: number; repeat: number }> {
  const context = await browser.newContext();
  try {
    const firstPage = await ruralPage(context);
    await firstPage.goto(`${origin}/`, { waitUntil: 'commit' });
    const { tiles: first } = await readMarks(firstPage, ['tiles']);
    // The precache downloads in the background; how long it takes is not what is measured here.
    await setNetwork(await context.newCDPSession(firstPage), null);
    await waitForServiceWorkerControl(firstPage);
    await firstPage.close();
    const repeatPage = await ruralPage(context);
    await repeatPage.goto(`${origin}/`, { waitUntil: 'commit' });
    const { tiles: repeat } = await readMarks(repeatPage, ['tiles']);
    return { first: first!, repeatFcp: await firstContentfulPaint(repeatPage), repeat: repeat! };
  } finally {
    await context.close();
  }
}

/** Another device of the same staff member registers CITIZENS people and pushes them (the real API). */
async function registerElsewhere(browser: Browser, origin: string): Promise<void> {
  const bench = await openBenchPage(browser, `${origin}/bench`);
  await bench.call('signIn', 'other-device', STAFF.username, DEMO_PASSWORD);
  const seedMs = await bench.call('seedCitizens', 'other-device', CITIZENS, 300_000, STAFF.commune, 16);
  const push = await bench.call('push', 'other-device');
  console.log(`another device registered ${CITIZENS} citizens in ${(seedMs / 1000).toFixed(1)} s and pushed them in ${(push.ms / 1000).toFixed(1)} s`);
  await bench.page.context().close();
}

const storedCitizens = (page: Page) =>
  page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('cau-noi');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const count = open.result.transaction('citizens').objectStore('citizens').count();
      count.onsuccess = () => { open.result.close(); resolve(count.result); };
      count.onerror = () => reject(new Error(String(count.error)));
    };
  }));

type ColdStart = { appStart: number; unlockToList: number; navigationToList: number };

async function coldStartRun(context: BrowserContext, origin: string): Promise<ColdStart> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await setCpuThrottling(cdp, 4);
  await watchFirstAppearance(page, { pinField: 'input.pin-input', rows: FIRST_ROW });
  await page.goto(`${origin}/citizens`, { waitUntil: 'commit' });
  const { pinField } = await readMarks(page, ['pinField']);
  await unlockWithPin(page, STAFF.displayName, PIN);
  const { submit, rows } = await readMarks(page, ['submit', 'rows']);
  await page.close();
  // What the person waits for: the app starting to the PIN screen, then the PIN to the list. The time
  // they take to type the PIN is theirs, not the app's, and is left out of the sum.
  return { appStart: pinField!, unlockToList: rows! - submit!, navigationToList: rows! };
}

async function offlineColdStart(browser: Browser, origin: string): Promise<ColdStart[]> {
  await registerElsewhere(browser, origin);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(`${origin}/`);
    await waitForServiceWorkerControl(page);
    await signInAndSetPin(page, origin, STAFF.username, PIN);
    const started = performance.now();
    // Unlocking (here, setting the PIN) starts a sync: the tablet pulls what the other device sent.
    while ((await storedCitizens(page)) < CITIZENS) {
      if (performance.now() - started > 600_000) throw new Error(`only ${await storedCitizens(page)} citizens pulled`);
      await page.waitForTimeout(1000);
    }
    console.log(`the tablet pulled ${CITIZENS} citizens in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await page.close();
    await context.setOffline(true);
    const runs: ColdStart[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await coldStartRun(context, origin);
      runs.push(run);
      console.log(`offline cold start #${i + 1}: app to PIN screen ${run.appStart.toFixed(0)} ms, PIN to first rows ${run.unlockToList.toFixed(0)} ms (navigation to rows ${run.navigationToList.toFixed(0)} ms, PIN typing included)`);
    }
    return runs;
  } finally {
    await context.close();
  }
}

buildApp();
const server = await startAppServer({ withBenchPage: true });
const browser = await launchChromium();
const figures: Figures = {};
console.log(`load: ${loadAverage()}`);
try {
  const rural = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await ruralRun(browser, server.url);
    rural.push(run);
    console.log(`rural #${i + 1}: first visit tiles ${run.first.toFixed(0)} ms; repeat visit FCP ${run.repeatFcp.toFixed(0)} ms, tiles ${run.repeat.toFixed(0)} ms`);
  }
  figures['start.ruralFirstVisitMs'] = median(rural.map((r) => r.first));
  figures['start.ruralRepeatVisitFcpMs'] = median(rural.map((r) => r.repeatFcp));
  figures['start.ruralRepeatVisitMs'] = median(rural.map((r) => r.repeat));

  const cold = await offlineColdStart(browser, server.url);
  figures['start.offline10kAppStartMs'] = median(cold.map((r) => r.appStart));
  figures['start.offline10kUnlockToListMs'] = median(cold.map((r) => r.unlockToList));
  figures['start.offline10kFirstListMs'] = median(cold.map((r) => r.appStart + r.unlockToList));
  figures['start.offline10kNavigationToListMs'] = median(cold.map((r) => r.navigationToList));
} finally {
  await browser.close();
  await server.close();
}
console.log(`load: ${loadAverage()}`);
report(figures, {
  start: `Median of ${RUNS}. Rural: ${RURAL.rttMs} ms RTT, ${RURAL.kbps} kbit/s both ways, 6× CPU; first visit = start-screen tiles painted (entry script, language pack, first render); `
    + 'repeat = new tab once the service worker controls the origin. Offline: 10,000 citizens pulled through the real sync, offline, 4× CPU, full load of /citizens; '
    + 'first list = (navigation → PIN field painted) + (PIN submitted → first rows painted), the PIN typing left out.',
});
