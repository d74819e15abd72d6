import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { getDatabase } from '../db/database';
import { checkDatabaseIntegrity } from '../db/integrity';
import { requestPersistentStorage } from '../lib/storage';
import { installLanguagePacks } from '../features/languages/language-pack-source';
import { useAppStore } from './app-store';
import { registerServiceWorker } from './service-worker';
import { App } from './app';
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
  await initI18n();
  try {
    useAppStore.setState({ integrity: await checkDatabaseIntegrity(getDatabase()) });
  } catch (error) {
    // IndexedDB unavailable (private mode, blocked storage): the shell still renders and says so.
    console.error('storage check failed', error);
  }
  createRoot(document.getElementById('root')!).render(<App />);
  registerServiceWorker();
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
  // Drafts never submitted are not kept past the retention period (issue 8 §4).
  void import('../db/drafts').then(({ deleteExpiredDrafts }) => deleteExpiredDrafts(getDatabase())).catch((error: unknown) => console.error('draft retention failed', error));
  // Ask once that the browser never evicts this origin: a field worker's unsent work lives here.
  void requestPersistentStorage();
}

void start();
