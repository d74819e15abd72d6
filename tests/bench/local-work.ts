// `npm run bench:local` (issue 9 §5, §6): local work in Chromium at 4× CPU through the app's real
// repositories (tests/bench/browser): saving a citizen with its outbox entry, importing 10,000 pulled
// records, name search over 50,000 citizens, and compressing a 12-megapixel photo in the worker.
// Add --check to fail when a budget is exceeded, --only=import,search to run some parts (BENCH_PROFILE=1
// profiles them). Stops by itself; sends nothing beyond 127.0.0.1.
import { startBenchServer } from './support/bench-server';
import { BENCH_PAGE_DIST, buildBenchPage, launchChromium, openBenchPage, setCpuThrottling } from './support/browser';
import { withProfile } from './support/cpu-profile';
import { report, type Figures } from './support/results';

const CPU_SLOWDOWN = 4;
const SEARCHES = ['nguyen van an', 'ha thi', 'lo', 'cam duc hung', 'giang kim chu', 'bui thu', 'pham ngoc yen', 'vi huu', 'luong thi pang', 'dinh'];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const runs = (part: 'save' | 'import' | 'search' | 'photo'): boolean => !only || only.includes(part);

buildBenchPage();
// The server only serves the page: IndexedDB and workers need a real origin.
const server = await startBenchServer({ name: 'sqlite' }, BENCH_PAGE_DIST);
const browser = await launchChromium();
const figures: Figures = {};
try {
  const { cdp, call } = await openBenchPage(browser, server.url);
  await setCpuThrottling(cdp, CPU_SLOWDOWN);

  if (runs('save')) {
    await call('openLocal', 'save', 'bench-user');
    await call('seedCitizens', 'save', 20, 900_000, '14923', 1); // warm-up: JIT, Dexie open
    const save = await withProfile('local-save', cdp, () => call('saveLatencies', 'save', 200, 900_100));
    figures['local.saveCitizenP50Ms'] = save.p50;
    figures['local.saveCitizenP95Ms'] = save.p95;
    console.log(`save: p50 ${save.p50.toFixed(1)} ms, p95 ${save.p95.toFixed(1)} ms, max ${save.max.toFixed(1)} ms`);
  }

  if (runs('import')) {
    await setCpuThrottling(cdp, 1);
    await call('buildChanges', 10_000, 100_000);
    await call('openLocal', 'import', 'bench-user');
    await call('countCitizens', 'import'); // opens the database before timing
    await setCpuThrottling(cdp, CPU_SLOWDOWN);
    figures['local.import10kMs'] = await withProfile('local-import', cdp, () => call('importChanges', 'import', 1000));
    console.log(`import 10,000: ${figures['local.import10kMs'].toFixed(0)} ms`);
  }

  if (runs('search')) {
    await setCpuThrottling(cdp, 1);
    await call('openLocal', 'search', 'bench-user');
    const seedMs = await call('seedSealed', 'search', 50_000, 200_000, 2000);
    console.log(`seeded 50,000 sealed citizens in ${(seedMs / 1000).toFixed(1)} s (not throttled)`);
    await call('searchLatencies', 'search', SEARCHES, 1); // warm-up
    await setCpuThrottling(cdp, CPU_SLOWDOWN);
    const search = await withProfile('local-search', cdp, () => call('searchLatencies', 'search', SEARCHES, 5));
    figures['local.search50kP50Ms'] = search.p50;
    figures['local.search50kP95Ms'] = search.p95;
    console.log(`search over 50,000: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, max ${search.max.toFixed(1)} ms, ${search.hits} hits`);
  }

  if (runs('photo')) {
    await setCpuThrottling(cdp, 1);
    figures['local.photoInputBytes'] = await call('makePhoto', 4000, 3000);
    await setCpuThrottling(cdp, CPU_SLOWDOWN);
    const photo = await call('compressPhoto');
    figures['local.photoCompressMs'] = photo.ms;
    figures['local.photoBytes'] = photo.bytes;
    figures['local.photoLongSidePx'] = Math.max(photo.width, photo.height);
    figures['local.photoLongTasks'] = photo.longTasks.length;
    figures['local.photoLongestLongTaskMs'] = Math.max(0, ...photo.longTasks);
    console.log(`photo: ${photo.width}×${photo.height}, ${photo.bytes} B in ${photo.ms.toFixed(0)} ms; long tasks: ${photo.longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
  }
} finally {
  await browser.close();
  await server.close();
}
report(figures, { local: `Chromium at ${CPU_SLOWDOWN}× CPU (CDP Emulation.setCPUThrottlingRate); search queries: ${SEARCHES.join(' | ')}` });
