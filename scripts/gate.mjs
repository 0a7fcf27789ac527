// The whole release gate, in order, stopping at the first failure: `npm test` runs this.
// Each stage's time is printed at the end so slow stages are visible.
import { spawnSync } from 'node:child_process';

const stages = [
  ['lint and format', 'npm run --silent lint'],
  ['type check', 'npm run --silent typecheck'],
  ['unit and property tests', 'npm run --silent test:unit'],
  ['lowest and newest zod', 'npm run --silent test:zod-range'],
  ['build', 'npm run --silent build'],
  ['size-limit', 'npm run --silent size'],
  ['publint --strict', 'npm run --silent publint'],
  ['attw --pack', 'npm run --silent attw'],
  ['public API surface', 'npm run --silent api:check'],
  ['consumer smoke test', 'npm run --silent smoke'],
  ['clients from the packed tarball', 'npm run --silent clients'],
  ['API reference (typedoc)', 'npm run --silent docs'],
  // Installs Debian's Chromium when it is missing (apt-get, as root), then opens the HTML report
  // of the sample in it: no console errors, no requests, the sections, the filter, keyboard focus.
  [
    'HTML report in Chromium',
    'sh scripts/install-chromium.sh && npx tsx test/browser/html-report.check.ts',
  ],
];

const timings = [];
let failed = 0;
for (const [name, command] of stages) {
  console.log(`\n▶ ${name}: ${command}`);
  const started = process.hrtime.bigint();
  const run = spawnSync(command, { shell: true, stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  timings.push([name, seconds, run.status === 0]);
  if (run.status !== 0) {
    failed = 1;
    console.error(`\n✖ ${name} failed (exit ${run.status ?? run.signal})`);
    break;
  }
}

console.log('\nstage                       seconds');
for (const [name, seconds, ok] of timings) {
  console.log(`${ok ? '✔' : '✖'} ${name.padEnd(26)} ${seconds.toFixed(1).padStart(6)}`);
}
const passed = timings.filter(([, , ok]) => ok).length;
console.log(`stages: ${passed} passed, ${failed} failed`);
process.exit(failed);
