import { getDatabase } from '../db/database';
import { useSession } from '../lib/session';
import { registerBackgroundSync, startSyncScheduler } from './scheduler';
import { syncOnce } from './sync-once';

let scheduler: ReturnType<typeof startSyncScheduler> | undefined;

/** Starts background syncing for whoever has unlocked the device. Called once by the app shell. */
export function startSyncService(): void {
  scheduler ??= startSyncScheduler(async () => {
    const user = useSession.getState().user;
    if (!user) return 'nothing-to-do';
    await syncOnce(getDatabase(), user.userId);
    return 'done';
  });
  // Unlocking is a good moment to send what is waiting.
  useSession.subscribe((state, previous) => {
    if (state.user && state.user.userId !== previous.user?.userId) void scheduler?.requestSync();
  });
}

/** "Sync now", and what a save calls so that work leaves the device as soon as it can. */
export async function requestSync(): Promise<void> {
  await registerBackgroundSync();
  await scheduler?.requestSync();
}
