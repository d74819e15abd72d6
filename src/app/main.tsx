// First: starts the language pack download before the rest of the app is evaluated.
import './start-early';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { getDatabase } from '../db/database';
import { installLanguagePacks } from '../features/languages/language-pack-source';
import { useAppStore } from './app-store';
import { App } from './app';
import { preloadScreen } from './routes';
import { firstScreenShown } from './first-screen';
import { installDeviceWipe } from './device-wipe';
import { useSession } from '../lib/session';
import { dropWorkspaceKeys } from '../db/keyring';
import './styles.css';

// Keys live only while someone has the tablet unlocked (issue 8): a lock or a change of user drops them.
useSession.subscribe((state, previous) => {
  if (previous.user && state.user?.userId !== previous.user.userId) dropWorkspaceKeys();
});

async function start(): Promise<void> {
  // A tablet revoked as lost erases its data at its first contact with the server (issue 6 §5).
  installDeviceWipe();
  // Texts admins imported (issue 7 §2), kept on the device: merged over the bundled packs from the first screen.
  installLanguagePacks(getDatabase());
  preloadScreen(location.pathname);
  await initI18n();
  createRoot(document.getElementById('root')!).render(<App />);
  // At the latest after a few seconds: a screen whose code cannot load must not keep sync from starting.
  void Promise.race([firstScreenShown, new Promise((resolve) => setTimeout(resolve, BACKGROUND_WORK_LATEST_MS))])
    .then(() => afterFirstScreen(startBackgroundWork));
}

const BACKGROUND_WORK_LATEST_MS = 5000;

/**
 * Runs `work` once the page has loaded and the first screen has painted (a task, a frame, a task): the
 * code below and the service worker's precache (1.4 MB) must not compete with the first screen for a 2G
 * link and a slow CPU (issue 9 §2–§3: they used to start before the first screen's largest paint).
 */
function afterFirstScreen(work: () => void): void {
  const run = () => setTimeout(() => requestAnimationFrame(() => setTimeout(work, 0)), 0);
  if (document.readyState === 'complete') run();
  else addEventListener('load', run, { once: true });
}

function startBackgroundWork(): void {
  // Was this device's database emptied by the browser? Checked right after the first screen (its banner says
  // what was lost), so that the check's code is not on the 2G critical path.
  void import('../db/integrity')
    .then(({ checkDatabaseIntegrity }) => checkDatabaseIntegrity(getDatabase()))
    .then((integrity) => useAppStore.setState({ integrity }))
    // IndexedDB unavailable (private mode, blocked storage): the shell still works and says so where it needs it.
    .catch((error: unknown) => console.error('storage check failed', error));
  // Registration (and Workbox's client) loads here too: nothing of it is needed for the first screen.
  void import('./service-worker').then(({ registerServiceWorker }) => registerServiceWorker());
  // Agencies' public keys, so a scanned paper can be checked with no network (issue 6 §7); off the critical path.
  void import('../features/verify/refresh-agency-keys').then(({ startAgencyKeysRefresh }) => startAgencyKeysRefresh());
  // The newest catalog (an app update, or one sync saved) becomes active; sealed dossier drafts follow it
  // when their workspace is unlocked. The catalog data loads after the first screen: not on the critical path.
  void import('../db/catalog-store')
    .then(({ activateNewestCatalog }) => activateNewestCatalog(getDatabase()))
    .catch((error: unknown) => console.error('catalog activation failed', error));
  // Sync code (and the tus upload client) loads after the first screen is up: not on the 2G critical path.
  void import('../sync/sync-service').then(({ startSyncService }) => startSyncService());
  void import('../features/languages/language-pack-sync').then(({ startLanguagePackRefresh }) => startLanguagePackRefresh(getDatabase()));
  // Recorded audio prompts (issue 7 §3): speakers find them on the device; sending and fetching them loads later.
  void import('../features/audio/install-audio-prompts').then(({ installAudioPrompts }) => installAudioPrompts(getDatabase()));
  // Drafts never submitted are not kept past the retention period (issue 8 §4).
  void import('../db/drafts').then(({ deleteExpiredDrafts }) => deleteExpiredDrafts(getDatabase())).catch((error: unknown) => console.error('draft retention failed', error));
  // Ask once that the browser never evicts this origin: a field worker's unsent work lives here.
  void import('../lib/storage').then(({ requestPersistentStorage }) => requestPersistentStorage());
}

void start();
