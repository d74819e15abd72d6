import { backoffDelay } from './backoff';
import { useSyncStatus } from './sync-status';

const PERIOD_MS = 5 * 60_000;

type Run = () => Promise<'done' | 'nothing-to-do'>;

/**
 * When sync runs: on start, when the network comes back, when the app is shown again, every few
 * minutes while online, on "Sync now", and when Background Sync wakes the service worker — never
 * relying on the last one (Safari and Firefox lack it). One sync at a time across tabs (Web Locks);
 * failures back off exponentially with jitter.
 */
export function startSyncScheduler(run: Run): { requestSync: () => Promise<void>; stop: () => void } {
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const attempt = async (): Promise<void> => {
    if (!navigator.onLine) return;
    const body = async () => {
      try {
        await run();
        failures = 0;
        useSyncStatus.setState({ nextAttemptAt: undefined });
      } catch (error) {
        failures++;
        const delay = backoffDelay(failures);
        useSyncStatus.setState({ nextAttemptAt: Date.now() + delay });
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void requestSync(), delay);
        console.warn('sync failed', error);
      }
    };
    // ifAvailable: when another tab holds the lock it is already syncing; this tab need not wait.
    if (navigator.locks) await navigator.locks.request('cau-noi-sync', { ifAvailable: true }, async (lock) => (lock ? body() : undefined));
    else await body();
  };

  const requestSync = (): Promise<void> => {
    running ??= attempt().finally(() => {
      running = undefined;
    });
    return running;
  };

  const onOnline = () => void requestSync();
  const onVisible = () => {
    if (document.visibilityState === 'visible') void requestSync();
  };
  const onWorkerMessage = (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'SYNC_REQUESTED') void requestSync();
  };
  addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  navigator.serviceWorker?.addEventListener('message', onWorkerMessage);
  const timer = setInterval(() => void requestSync(), PERIOD_MS);
  void requestSync();

  return {
    requestSync,
    stop() {
      removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      navigator.serviceWorker?.removeEventListener('message', onWorkerMessage);
      clearInterval(timer);
      clearTimeout(retryTimer);
    },
  };
}

/** Asks the browser to wake the service worker when connectivity returns, where Background Sync exists. */
export async function registerBackgroundSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.ready;
    const sync = (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync;
    await sync?.register('cau-noi-outbox');
  } catch {
    // Not supported or not allowed: the other triggers still run.
  }
}
