import { registerSW } from 'virtual:pwa-register';
import { flushOpenDrafts } from '../lib/draft-flush';
import { useAppStore } from './app-store';

/**
 * Registers the service worker with the "prompt" strategy: a new version waits until the user taps
 * "update", open drafts are saved first, and only then does the page reload — never under someone's
 * hands, and never in a loop (the reload happens once, on the new worker taking control).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      useAppStore.setState({
        updateReady: true,
        applyUpdate: async () => {
          await flushOpenDrafts();
          await updateServiceWorker(true);
        },
      });
    },
    onRegisteredSW(_url, registration) {
      // Look for a new version now and then while the app stays open (tablets stay on all day).
      if (registration) setInterval(() => void registration.update().catch(() => undefined), 30 * 60 * 1000);
    },
  });
}
