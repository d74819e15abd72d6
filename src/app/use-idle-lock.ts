import { useEffect } from 'react';
import { flushOpenDrafts } from '../lib/draft-flush';
import { endSession, touchSession, useSession } from '../lib/session';
import { useIdleMinutes } from '../features/settings/use-idle-minutes';

/**
 * Locks the shared tablet after a period without touch or typing (default 5 minutes), saving open
 * drafts first. The next person must unlock with their own PIN.
 */
export function useIdleLock(): void {
  const idleMinutes = useIdleMinutes();
  const signedIn = useSession((state) => Boolean(state.user));
  useEffect(() => {
    if (!signedIn) return;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last > 5000) {
        last = now;
        touchSession();
      }
    };
    const events = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;
    for (const name of events) addEventListener(name, onActivity, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (Date.now() - useSession.getState().lastActivityAt >= idleMinutes * 60_000) {
        void flushOpenDrafts().finally(endSession);
      }
    }, 10_000);
    return () => {
      for (const name of events) removeEventListener(name, onActivity, { capture: true });
      clearInterval(timer);
    };
  }, [signedIn, idleMinutes]);
}
