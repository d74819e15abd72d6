/** Requests that answer within this time may carry more: on loopback or Wi-Fi a round trip costs more than the bytes. */
const FAST_MS = 1000;
/** Requests slower than this carry less: on 2G a long request is more likely to be cut and sent again whole. */
const SLOW_MS = 5000;

/**
 * The size of the next sync batch from how long the last one took: doubled after a fast full batch,
 * halved after a slow one, kept within [min, max]. Additive steps would take too many round trips to
 * reach the right size on a fast link; halving keeps a degrading link from losing much.
 */
export function nextBatchSize(current: number, sent: number, elapsedMs: number, { min, max }: { min: number; max: number }): number {
  if (elapsedMs > SLOW_MS) return Math.max(min, Math.floor(current / 2));
  if (elapsedMs < FAST_MS && sent >= current) return Math.min(max, current * 2);
  return current;
}
