/**
 * Delay before the next attempt after `failures` failures in a row: exponential with full jitter
 * (AWS architecture blog), so fifty tablets coming back online at the market do not retry in lockstep.
 */
export function backoffDelay(failures: number, random = Math.random, baseMs = 5_000, capMs = 10 * 60_000): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(capMs, baseMs * 2 ** (failures - 1));
  return Math.round(random() * ceiling);
}
