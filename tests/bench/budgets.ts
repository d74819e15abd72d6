// Issue 9's budgets (and issue 5's sync targets). `npm run bench:check` fails when a measured figure
// is over its `max` or under its `min`.
export type Budget = { key: string; label: string; unit: string; max?: number; min?: number };

export const BUDGETS: Budget[] = [
  { key: 'bundle.criticalJsGzip', label: 'Critical-path JS (gzip)', max: 130 * 1024, unit: 'B' },
  { key: 'bundle.cssGzip', label: 'CSS (gzip)', max: 20 * 1024, unit: 'B' },
  { key: 'bundle.precacheBytes', label: 'Precache (all files)', max: 2 * 1024 * 1024, unit: 'B' },
  // Sync over loopback, in Chromium, against the real server (issue 5).
  { key: 'sync.sqlite.pushRecordsPerSecond', label: 'Push, SQLite (records/s)', min: 10_000, unit: '/s' },
  { key: 'sync.sqlite.pullRecordsPerSecond', label: 'Pull, SQLite (records/s)', min: 6_000, unit: '/s' },
  { key: 'sync.postgres.pushRecordsPerSecond', label: 'Push, PostgreSQL (records/s)', min: 10_000, unit: '/s' },
  { key: 'sync.postgres.pullRecordsPerSecond', label: 'Pull, PostgreSQL (records/s)', min: 6_000, unit: '/s' },
  { key: 'sync.sqlite.emptyPullRoundTrips', label: 'Empty incremental pull: round trips', max: 1, unit: '' },
  { key: 'sync.sqlite.emptyPullBytes', label: 'Empty incremental pull: bytes', max: 2 * 1024, unit: 'B' },
  { key: 'sync.sqlite.slowPush500Ms', label: '500 records push, 400 ms/400 kbit/s', max: 4000, unit: 'ms' },
  { key: 'sync.sqlite.slowPull500Ms', label: '500 records pull, 400 ms/400 kbit/s', max: 3000, unit: 'ms' },
  // Local work in Chromium at 4× CPU (issue 9 §5, §6).
  { key: 'local.saveCitizenP95Ms', label: 'Save citizen + outbox p95 (4× CPU)', max: 50, unit: 'ms' },
  { key: 'local.import10kMs', label: 'Import 10,000 records (4× CPU)', max: 1500, unit: 'ms' },
  { key: 'local.search50kP95Ms', label: 'Name search over 50k p95 (4× CPU)', max: 30, unit: 'ms' },
  { key: 'local.photoCompressMs', label: '12 MP photo compress (4× CPU)', max: 3000, unit: 'ms' },
  { key: 'local.photoLongestLongTaskMs', label: 'Photo: longest main-thread task', max: 50, unit: 'ms' },
  { key: 'local.photoBytes', label: 'Photo: compressed size', max: 300 * 1024, unit: 'B' },
  { key: 'local.photoLongSidePx', label: 'Photo: long side', max: 1600, unit: 'px' },
  // Offline cold start and the rural profile (issue 9 §3, §4).
  { key: 'start.ruralFirstVisitMs', label: 'Rural first visit usable', max: 5000, unit: 'ms' },
  { key: 'start.ruralRepeatVisitMs', label: 'Rural repeat visit (SW cache)', max: 1500, unit: 'ms' },
  { key: 'start.offline10kFirstListMs', label: 'Offline, 10k stored: first list (4× CPU)', max: 1500, unit: 'ms' },
  // Lighthouse 12.2.3, mobile defaults (simulated Slow 4G, 4× CPU), median of 5 (issue 9 §2).
  ...(['start', 'status', 'registration'] as const).flatMap((page): Budget[] => [
    { key: `lighthouse.${page}.score`, label: `Lighthouse ${page}: performance`, min: 95, unit: '' },
    { key: `lighthouse.${page}.lcpMs`, label: `Lighthouse ${page}: LCP`, max: 2000, unit: 'ms' },
    { key: `lighthouse.${page}.tbtMs`, label: `Lighthouse ${page}: TBT`, max: 150, unit: 'ms' },
    { key: `lighthouse.${page}.cls`, label: `Lighthouse ${page}: CLS`, max: 0.05, unit: '' },
  ]),
  // Interaction to Next Paint at 4× CPU (issue 9 §5).
  { key: 'inp.typingMs', label: 'INP typing a name (4× CPU)', max: 100, unit: 'ms' },
  { key: 'inp.photoMs', label: 'INP attaching a 12 MP photo (4× CPU)', max: 100, unit: 'ms' },
];
