// `npm test`: every test. The type-check, then unit, then integration on embedded PGlite and, when
// TEST_DATABASE_URL points at a PostgreSQL server, integration again there; then end-to-end in
// Chromium against a production build. Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Vitest's default on a 2-core machine is one worker, and integration files spend much of their time
// waiting on the database, SMTP or sockets: three files at a time keep both cores busy.
const INTEGRATION_WORKERS = '--maxWorkers=3';
const out = mkdtempSync(path.join(tmpdir(), 'tertulia-test-'));
const runs = [
  { label: 'unit', args: ['--project', 'unit'], env: {} },
  { label: 'integration (PGlite)', args: ['--project', 'integration', INTEGRATION_WORKERS], env: { TEST_DATABASE_URL: '' } },
  ...(process.env.TEST_DATABASE_URL ? [{ label: 'integration (PostgreSQL)', args: ['--project', 'integration', INTEGRATION_WORKERS], env: {} }] : []),
  { label: 'end-to-end (Chromium)', args: ['--project', 'e2e'], env: { TEST_DATABASE_URL: '' } },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

// The production build skips type-checking (a fast first `npm start`), so the tests do it.
{
  console.log('\n━━ type-check ━━');
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'typecheck'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const ok = result.status === 0;
  ok ? passed++ : failed++;
  summary.push(`type-check: ${ok ? 'passed' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
}
for (const [i, run] of runs.entries()) {
  console.log(`\n━━ ${run.label} ━━`);
  const report = path.join(out, `${i}.json`);
  const started = Date.now();
  const result = spawnSync('npx', ['vitest', 'run', ...run.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
    env: { ...process.env, ...run.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  let counts = { numPassedTests: 0, numFailedTests: result.status === 0 ? 0 : 1, numPendingTests: 0 };
  try {
    counts = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    // No report: the run died before testing anything, and counts as a failure.
  }
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + (result.status !== 0 && counts.numFailedTests === 0 ? 1 : 0);
  skipped += counts.numPendingTests;
  summary.push(`${run.label}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed (${Math.round((Date.now() - started) / 1000)} s)`);
}
rmSync(out, { recursive: true, force: true });
console.log(`\n${summary.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
