// `npm run bench:sync` (issue 5): push and pull of citizen records between Chromium, running the app's
// real sync code (tests/bench/browser), and the real server on 127.0.0.1 — SQLite, and PostgreSQL when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set. Bytes are counted on the wire by a TCP relay.
// Add --check to fail when a target is missed. Stops by itself; sends nothing beyond 127.0.0.1.
import type { Page } from 'playwright-core';
import { benchDatabases, BENCH_PASSWORD, startBenchServer, type BenchDatabase } from './support/bench-server';
import { BENCH_PAGE_DIST, buildBenchPage, launchChromium, openBenchPage, setNetwork } from './support/browser';
import { report, type Figures } from './support/results';
import { startWireCounter, type WireCounter } from './support/wire-counter';
import { withProfile } from './support/cpu-profile';

const RECORDS = Number(process.env.BENCH_SYNC_RECORDS ?? 10_000);
const DOSSIERS = Number(process.env.BENCH_SYNC_DOSSIERS ?? 1000);
const PHOTO_BYTES = 250 * 1024;
const SLOW_RECORDS = 500;
const RURAL_LINK = { rttMs: 400, kbps: 400 };

/** Counts the API requests pages make (each one a round trip at least). */
function countRequests(pages: Page[]): { readonly count: number; reset(): void } {
  let count = 0;
  for (const page of pages) {
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) count++;
    });
  }
  return { get count() { return count; }, reset() { count = 0; } };
}

async function measure(database: BenchDatabase): Promise<Figures> {
  const server = await startBenchServer(database, BENCH_PAGE_DIST);
  const wire: WireCounter = await startWireCounter(server.port);
  const browser = await launchChromium();
  const prefix = `sync.${database.name}`;
  const figures: Figures = {};
  try {
    // One page (its own browser context: its own IndexedDB, session and keys) per tablet of the same user.
    const { page, cdp, call } = await openBenchPage(browser, wire.origin);
    const b = await openBenchPage(browser, wire.origin);
    const requests = countRequests([page, b.page]);
    const wireFigures = (name: string, records: number) => {
      figures[`${prefix}.${name}RoundTrips`] = requests.count;
      figures[`${prefix}.${name}BytesPerRecord`] = Math.round((wire.sent + wire.received) / Math.max(1, records));
      figures[`${prefix}.${name}BytesUp`] = wire.sent;
      figures[`${prefix}.${name}BytesDown`] = wire.received;
    };
    const startCounting = () => { wire.reset(); requests.reset(); };

    // Device A registers RECORDS citizens offline, then pushes them.
    await call('signIn', 'device-a', 'canbo.bathuoc', BENCH_PASSWORD);
    console.log(`[${database.name}] seeding ${RECORDS} citizens through saveCitizen…`);
    const seedMs = await call('seedCitizens', 'device-a', RECORDS, 0, '14923', 16);
    console.log(`[${database.name}] seeded in ${(seedMs / 1000).toFixed(1)} s; pushing…`);
    startCounting();
    const push = await withProfile(`${database.name}-push`, cdp, () => call('push', 'device-a'));
    figures[`${prefix}.pushRecords`] = push.pending;
    figures[`${prefix}.pushMs`] = push.ms;
    figures[`${prefix}.pushRecordsPerSecond`] = push.pending / (push.ms / 1000);
    wireFigures('push', push.pending);

    // Device B, a new tablet of the same user, pulls everything.
    await b.call('signIn', 'device-b', 'canbo.bathuoc', BENCH_PASSWORD);
    startCounting();
    const pull = await withProfile(`${database.name}-pull`, b.cdp, () => b.call('pull', 'device-b'));
    figures[`${prefix}.pullRecords`] = pull.received;
    figures[`${prefix}.pullMs`] = pull.ms;
    figures[`${prefix}.pullRecordsPerSecond`] = pull.received / (pull.ms / 1000);
    wireFigures('pull', pull.received);

    // Dossiers with two 250 KB photos each: photos first (one "which are missing?" request, then tus),
    // then the dossier records; a new tablet of the same user pulls them.
    if (DOSSIERS > 0) {
      console.log(`[${database.name}] seeding ${DOSSIERS} dossiers with ${2 * DOSSIERS} photos…`);
      const dossierSeedMs = await call('seedDossiers', 'device-a', DOSSIERS, PHOTO_BYTES);
      console.log(`[${database.name}] seeded in ${(dossierSeedMs / 1000).toFixed(1)} s; uploading…`);
      startCounting();
      const upload = await call('upload', 'device-a');
      figures[`${prefix}.photoFiles`] = upload.files;
      figures[`${prefix}.photoUploadMs`] = upload.ms;
      figures[`${prefix}.photoUploadMBps`] = upload.bytes / 1e6 / (upload.ms / 1000);
      figures[`${prefix}.photoUploadRoundTrips`] = requests.count;
      figures[`${prefix}.photoUploadWireOverhead`] = wire.sent / Math.max(1, upload.bytes);
      startCounting();
      const dossierPush = await call('push', 'device-a');
      figures[`${prefix}.dossierPushRecordsPerSecond`] = dossierPush.pending / (dossierPush.ms / 1000);
      wireFigures('dossierPush', dossierPush.pending);
      startCounting();
      const dossierPull = await b.call('pull', 'device-b');
      figures[`${prefix}.dossierPullRecordsPerSecond`] = dossierPull.received / (dossierPull.ms / 1000);
      figures[`${prefix}.dossierPullRecords`] = dossierPull.received;
      wireFigures('dossierPull', dossierPull.received);
    }

    // Nothing new: the incremental pull, then the app's whole sync (photos, push, pull, catalog).
    startCounting();
    const empty = await b.call('pull', 'device-b');
    figures[`${prefix}.emptyPullMs`] = empty.ms;
    figures[`${prefix}.emptyPullRoundTrips`] = requests.count;
    figures[`${prefix}.emptyPullBytes`] = wire.sent + wire.received;
    await b.call('syncOnce', 'device-b'); // the first one fetches the catalog
    startCounting();
    figures[`${prefix}.emptySyncOnceMs`] = await b.call('syncOnce', 'device-b');
    figures[`${prefix}.emptySyncOnceRoundTrips`] = requests.count;
    figures[`${prefix}.emptySyncOnceBytes`] = wire.sent + wire.received;

    // The rural link: another commune's staff (so that the pull holds only these records).
    await call('signIn', 'device-c', 'canbo.thietong', BENCH_PASSWORD);
    await call('seedCitizens', 'device-c', SLOW_RECORDS, 500_000, '14980', 16);
    await setNetwork(cdp, RURAL_LINK);
    startCounting();
    const slowPush = await call('push', 'device-c');
    figures[`${prefix}.slowPush500Ms`] = slowPush.ms;
    figures[`${prefix}.slowPushRoundTrips`] = requests.count;
    figures[`${prefix}.slowPushBytesUp`] = wire.sent;
    // A new tablet of the same user takes them (and whatever demo data the commune has) on the same link.
    // Its sign-in, not measured, opens a new workspace key in this page: so only after device C pushed.
    await setNetwork(cdp, null);
    await call('signIn', 'device-d', 'canbo.thietong', BENCH_PASSWORD);
    await setNetwork(cdp, RURAL_LINK);
    startCounting();
    const slowPull = await call('pull', 'device-d');
    figures[`${prefix}.slowPull500Ms`] = slowPull.ms;
    figures[`${prefix}.slowPullRecords`] = slowPull.received;
    figures[`${prefix}.slowPullRoundTrips`] = requests.count;
    figures[`${prefix}.slowPullBytesDown`] = wire.received;
    await setNetwork(cdp, null);
  } finally {
    await browser.close();
    await wire.close();
    await server.close();
  }
  return figures;
}

buildBenchPage();
const figures: Figures = {};
for (const database of benchDatabases()) Object.assign(figures, await measure(database));
report(figures, { sync: `${RECORDS} citizens pushed by one device and pulled by another of the same user; ${DOSSIERS} dossiers with two ${PHOTO_BYTES / 1024} KB photos each (uploaded, pushed, pulled); 500 citizens on the rural link (${RURAL_LINK.rttMs} ms RTT, ${RURAL_LINK.kbps} kbit/s).` });
