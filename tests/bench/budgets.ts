// Issue 9's budgets. `npm run bench:check` fails when a measured figure exceeds its budget.
export type Budget = { key: string; label: string; max: number; unit: string };

export const BUDGETS: Budget[] = [
  { key: 'bundle.criticalJsGzip', label: 'Critical-path JS (gzip)', max: 130 * 1024, unit: 'B' },
  { key: 'bundle.cssGzip', label: 'CSS (gzip)', max: 20 * 1024, unit: 'B' },
  { key: 'bundle.precacheBytes', label: 'Precache (all files)', max: 2 * 1024 * 1024, unit: 'B' },
];
