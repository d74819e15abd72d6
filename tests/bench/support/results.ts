import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { BUDGETS, type Budget } from '../budgets';

export type Figures = Record<string, number>;

const RESULTS_FILE = 'bench/results.json';

export const machine = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)),
  node: process.version,
});

export function format(value: number, unit: string): string {
  if (unit === 'B') return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`;
  if (unit === '/s') return `${Math.round(value).toLocaleString('en-US')}/s`;
  if (unit === 'ms') return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  // Small fractions (a layout-shift score) keep three decimals.
  return `${Number.isInteger(value) ? value : value.toFixed(Math.abs(value) < 1 ? 3 : 1)}${unit ? ` ${unit}` : ''}`;
}

const withinBudget = (budget: Budget, value: number): boolean =>
  Number.isFinite(value) && (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min);

/** Prints the figures with their budgets; returns how many are out of budget. */
export function printTable(figures: Figures): number {
  console.log('\n' + 'Figure'.padEnd(44) + 'Measured'.padStart(14) + 'Budget'.padStart(14) + '  Status');
  let failures = 0;
  for (const [key, value] of Object.entries(figures)) {
    const budget = BUDGETS.find((b) => b.key === key);
    const ok = !budget || withinBudget(budget, value);
    if (!ok) failures++;
    const limit = budget ? (budget.min !== undefined ? `≥ ${format(budget.min, budget.unit)}` : `≤ ${format(budget.max ?? NaN, budget.unit)}`) : '—';
    console.log((budget?.label ?? key).padEnd(44) + format(value, budget?.unit ?? '').padStart(14) + limit.padStart(14) + `  ${budget ? (ok ? 'ok' : 'OVER') : ''}`);
  }
  return failures;
}

/** Merges these figures into bench/results.json (each bench script owns its keys). */
export function saveResults(figures: Figures, notes: Record<string, unknown> = {}): void {
  mkdirSync('bench', { recursive: true });
  const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { results?: Figures; notes?: Record<string, unknown> }) : {};
  const results = { ...previous.results, ...figures };
  writeFileSync(RESULTS_FILE, JSON.stringify({ measuredAt: new Date().toISOString(), machine: machine(), results, notes: { ...previous.notes, ...notes } }, null, 2) + '\n');
  console.log(`\nWrote ${RESULTS_FILE}`);
}

/** Prints, saves, and with --check exits non-zero when a budget is exceeded. */
export function report(figures: Figures, notes: Record<string, unknown> = {}): void {
  const failures = printTable(figures);
  saveResults(figures, notes);
  if (process.argv.includes('--check') && failures > 0) {
    console.error(`${failures} budget(s) exceeded`);
    process.exitCode = 1;
  }
}
