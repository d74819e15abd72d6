// Hybrid logical clock (Kulkarni et al., 2014), as Actual's `crdt/timestamp.ts` uses it: wall time in
// milliseconds plus a counter, so that every edit gets a stamp that is later than everything its device
// has seen, even when the tablet's clock is behind. The node id (the device id) breaks ties, so two devices
// settling the same conflict always pick the same winner.
//
// String form: `<wall ms, 15 digits>-<counter, 4 hex digits>-<node id>`, e.g.
// `001764145800000-0000-tablet-01`. Wall and counter have a fixed width, so plain string comparison
// orders stamps by time, then counter, then node id: stamps can be compared and indexed as text.

export type Hlc = { wallMs: number; counter: number; nodeId: string };

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 0xffff;
const NODE_ID = '[A-Za-z0-9_-]{1,128}';

export const HLC_PATTERN = new RegExp(`^\\d{${WALL_DIGITS}}-[0-9a-f]{${COUNTER_DIGITS}}-${NODE_ID}$`);
const NODE_ID_PATTERN = new RegExp(`^${NODE_ID}$`);

/** Thrown when a remote stamp is further ahead of this device's clock than `maxDriftMs` allows. */
export class HlcDriftError extends Error {
  constructor(readonly remote: string, readonly driftMs: number) {
    super(`Remote clock ${remote} is ${driftMs} ms ahead`);
    this.name = 'HlcDriftError';
  }
}

export function formatHlc({ wallMs, counter, nodeId }: Hlc): string {
  if (!Number.isSafeInteger(wallMs) || wallMs < 0 || wallMs >= 10 ** WALL_DIGITS) throw new RangeError(`Bad HLC wall time: ${wallMs}`);
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) throw new RangeError(`HLC counter overflow: ${counter}`);
  if (!NODE_ID_PATTERN.test(nodeId)) throw new RangeError(`Bad HLC node id: ${nodeId}`);
  const wall = String(wallMs).padStart(WALL_DIGITS, '0');
  return `${wall}-${counter.toString(16).padStart(COUNTER_DIGITS, '0')}-${nodeId}`;
}

export function parseHlc(value: string): Hlc | null {
  if (!HLC_PATTERN.test(value)) return null;
  return {
    wallMs: Number(value.slice(0, WALL_DIGITS)),
    counter: parseInt(value.slice(WALL_DIGITS + 1, WALL_DIGITS + 1 + COUNTER_DIGITS), 16),
    nodeId: value.slice(WALL_DIGITS + COUNTER_DIGITS + 2),
  };
}

export function isHlc(value: unknown): value is string {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

/** The node (device) that made a stamp. */
export function hlcNodeId(value: string): string {
  return value.slice(WALL_DIGITS + COUNTER_DIGITS + 2);
}

/** Negative, zero or positive as `a` is earlier than, equal to or later than `b` (plain string order). */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type HlcClock = {
  readonly nodeId: string;
  /** A stamp for a local event: later than every stamp this clock has issued or received. */
  tick(now?: number): string;
  /** Merges a stamp seen from elsewhere (a pulled change) and returns a stamp later than both. */
  receive(remote: string, now?: number): string;
  /** The last stamp issued or received, for persisting the clock between sessions. */
  last(): string;
};

export type HlcOptions = {
  /** The last stamp persisted by a previous session, so the clock never goes back after a restart. */
  initial?: string | undefined;
  /** Refuse remote stamps this far ahead of the local wall clock (a tablet set to the wrong year). */
  maxDriftMs?: number | undefined;
};

export function createHlc(nodeId: string, options: HlcOptions = {}): HlcClock {
  if (!NODE_ID_PATTERN.test(nodeId)) throw new RangeError(`Bad HLC node id: ${nodeId}`);
  const initial = options.initial === undefined ? null : parseHlc(options.initial);
  let wallMs = initial?.wallMs ?? 0;
  let counter = initial?.counter ?? 0;
  const stamp = () => formatHlc({ wallMs, counter, nodeId });

  return {
    nodeId,
    tick(now = Date.now()) {
      if (now > wallMs) {
        wallMs = now;
        counter = 0;
      } else {
        counter += 1;
      }
      return stamp();
    },
    receive(remote, now = Date.now()) {
      const other = parseHlc(remote);
      if (!other) throw new RangeError(`Not an HLC: ${remote}`);
      if (options.maxDriftMs !== undefined && other.wallMs - now > options.maxDriftMs) {
        throw new HlcDriftError(remote, other.wallMs - now);
      }
      const next = Math.max(wallMs, other.wallMs, now);
      if (next === wallMs && next === other.wallMs) counter = Math.max(counter, other.counter) + 1;
      else if (next === wallMs) counter += 1;
      else if (next === other.wallMs) counter = other.counter + 1;
      else counter = 0;
      wallMs = next;
      return stamp();
    },
    last: stamp,
  };
}
