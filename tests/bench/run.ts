// `npm run bench`: measures, prints a table, writes bench/results.json.
// `npm run bench:check`: the same, then fails when a budget of tests/bench/budgets.ts is exceeded.
// Not part of `npm test`: timings are noisy on shared machines.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { BUDGETS } from './budgets';
import { measureBundle } from './bundle-size';

const check = process.argv.includes('--check');
const dist = '.tmp/bench/dist';

console.log('Building the app for measurement…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

const bundle = measureBundle(dist);
const results: Record<string, number> = {
  'bundle.criticalJsGzip': bundle.criticalJsGzip,
  'bundle.cssGzip': bundle.cssGzip,
  'bundle.precacheBytes': bundle.precacheBytes,
  'bundle.precacheEntries': bundle.precacheEntries,
};

const format = (value: number, unit: string) => (unit === 'B' ? `${(value / 1024).toFixed(1)} KB` : `${value.toFixed(1)} ${unit}`);
console.log('\nCritical-path files (gzip):');
for (const file of bundle.files) console.log(`  ${file.file.padEnd(48)} ${format(file.gzip, 'B')}`);
console.log('\n' + 'Figure'.padEnd(34) + 'Measured'.padStart(14) + 'Budget'.padStart(14) + '  Status');
let failures = 0;
for (const [key, value] of Object.entries(results)) {
  const budget = BUDGETS.find((b) => b.key === key);
  const ok = !budget || value <= budget.max;
  if (!ok) failures++;
  console.log((budget?.label ?? key).padEnd(34) + format(value, budget?.unit ?? '').padStart(14) + (budget ? format(budget.max, budget.unit) : '—').padStart(14) + `  ${budget ? (ok ? 'ok' : 'OVER') : ''}`);
}

mkdirSync('bench', { recursive: true });
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
writeFileSync('bench/results.json', JSON.stringify({ measuredAt: new Date().toISOString(), machine, results }, null, 2) + '\n');
console.log('\nWrote bench/results.json');
if (check && failures > 0) {
  console.error(`${failures} budget(s) exceeded`);
  process.exit(1);
}
