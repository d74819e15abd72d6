// `npm test`: typecheck, lint, unit + component tests, server integration tests on SQLite,
// the same on PostgreSQL when TEST_DATABASE_URL is set, then the browser tests in real Chromium.
// Ends with one machine-readable line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.tmp/test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/** A check that is not a test runner (typecheck, lint) counts as one test. */
function check(name, command, args) {
  console.log(`\n━━ ${name} ━━`);
  const ok = run(command, args) === 0;
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? '✓' : '✗'} ${name}`);
}

function vitest(name, projects, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const file = `${out}/${name.replace(/\W+/g, '-')}.json`;
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
  const status = run('npx', args, env);
  if (!existsSync(file)) {
    failed++;
    summary.push(`✗ ${name}: the test runner did not finish (exit ${status})`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails to load has no test results but must count as a failure.
  const brokenFiles = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  const p = report.numPassedTests;
  const f = report.numFailedTests + brokenFiles + (status !== 0 && report.numFailedTests + brokenFiles === 0 ? 1 : 0);
  const skipped = report.numPendingTests + report.numTodoTests;
  passed += p;
  failed += f;
  summary.push(`${f === 0 ? '✓' : '✗'} ${name}: ${p} passed, ${f} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitest('unit and component tests', ['unit', 'web']);
vitest('server integration tests (SQLite)', ['server']);
if (process.env.TEST_DATABASE_URL) vitest('server integration tests (PostgreSQL)', ['pg']);
else summary.push('– PostgreSQL tests not run: set TEST_DATABASE_URL=postgres://… to run them (CI always does)');
vitest('browser tests (Chromium)', ['e2e']);

console.log('\n━━ summary ━━');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
