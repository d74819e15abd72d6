// `npm run bench`: measures, prints a table, writes bench/results.json.
// `npm run bench:check`: the same, then fails when a budget of tests/bench/budgets.ts is exceeded.
// Not part of `npm test`: timings are noisy on shared machines.
// Then Lighthouse (tests/bench/lighthouse.ts, also `npm run bench:lighthouse`) unless --no-lighthouse.
// The other benches (`bench:sync`, `bench:local`, `bench:server`, `bench:start`, `bench:inp`) add their figures to the same file.
import { execFileSync } from 'node:child_process';
import { measureBundle } from './bundle-size';
import { format, report } from './support/results';

const dist = '.tmp/bench/dist';

console.log('Building the app for measurement…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

const bundle = measureBundle(dist);
console.log('\nCritical-path files (gzip):');
for (const file of bundle.files) console.log(`  ${file.file.padEnd(48)} ${format(file.gzip, 'B')}`);
report({
  'bundle.criticalJsGzip': bundle.criticalJsGzip,
  'bundle.cssGzip': bundle.cssGzip,
  'bundle.precacheBytes': bundle.precacheBytes,
  'bundle.precacheEntries': bundle.precacheEntries,
});

// Lighthouse (issue 9 §2): 3 pages × 5 runs, about 3 minutes on 2 busy cores; --no-lighthouse skips it.
if (!process.argv.includes('--no-lighthouse')) {
  try {
    execFileSync('npx', ['tsx', 'tests/bench/lighthouse.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
  } catch {
    // Its table says what is over budget (with --check) or what failed.
    process.exitCode = 1;
  }
}
