import { useEffect } from 'react';

let markShown: () => void = () => {};

/**
 * Resolves when the first screen (not the "loading" fallback while its code arrives) is on the page:
 * main.tsx starts the background work (service worker, sync, catalog) only then, so that it does not
 * compete with the screen a person is waiting for (issue 9 §3–§4).
 */
export const firstScreenShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Placed inside the screen's Suspense boundary: its effect runs once that boundary shows its content. */
export function FirstScreenSignal(): null {
  useEffect(() => markShown(), []);
  return null;
}
