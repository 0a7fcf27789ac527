// Runs the conformance suite with a chosen number of generated cases per model:
// `npm run test:conformance -- --runs 100000` for a nightly-sized run (the gate runs 10,000).
import { spawnSync } from 'node:child_process';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 10_000;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run test:conformance -- --runs N (a positive whole number)');
  process.exit(2);
}
const run = spawnSync('npx', ['vitest', 'run', 'test/conformance'], {
  stdio: 'inherit',
  env: { ...process.env, CONFORMANCE_RUNS: String(runs) },
});
process.exit(run.status ?? 1);
