import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { getDatabase } from '../db/database';
import { checkDatabaseIntegrity } from '../db/integrity';
import { requestPersistentStorage } from '../lib/storage';
import { useAppStore } from './app-store';
import { registerServiceWorker } from './service-worker';
import { App } from './app';
import './styles.css';

async function start(): Promise<void> {
  await initI18n();
  try {
    useAppStore.setState({ integrity: await checkDatabaseIntegrity(getDatabase()) });
  } catch (error) {
    // IndexedDB unavailable (private mode, blocked storage): the shell still renders and says so.
    console.error('storage check failed', error);
  }
  createRoot(document.getElementById('root')!).render(<App />);
  registerServiceWorker();
  // Sync code (and the tus upload client) loads after the first screen is up: not on the 2G critical path.
  void import('../sync/sync-service').then(({ startSyncService }) => startSyncService());
  // Ask once that the browser never evicts this origin: a field worker's unsent work lives here.
  void requestPersistentStorage();
}

void start();
