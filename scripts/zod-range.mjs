// The package reads zod's internals to compile its schemas (src/validation/_lib), and users bring
// their own zod (a peer dependency). So the suites that prove validation right run against the
// lowest and the newest zod the declared range allows, not only against the one in the lockfile:
// each is installed in a scratch folder and put in place of zod for one Vitest run.
// `node scripts/zod-range.mjs` (the gate runs it); `-- --versions 4.6.7,4.7.0` to choose.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const range = pkg.peerDependencies.zod;
const SUITES = ['test/conformance', 'test/validation', 'test/dataset', 'test/hostile.test.ts'];

function sh(command, args, options = {}) {
  const run = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${run.status})`);
  }
  return run.stdout;
}

const chosen = process.argv.indexOf('--versions');
let versions;
if (chosen > 0) versions = process.argv[chosen + 1].split(',');
else {
  const found = JSON.parse(sh('npm', ['view', `zod@${range}`, 'version', '--json']));
  const list = (Array.isArray(found) ? found : [found]).filter((v) => !v.includes('-'));
  versions = [...new Set([list[0], list[list.length - 1]])];
}
// The locked version has just been tested by the unit stage: not again.
const locked = JSON.parse(
  readFileSync(join(root, 'node_modules', 'zod', 'package.json'), 'utf8'),
).version;
const others = versions.filter((v) => v !== locked);
console.log(
  `zod ${range}: lowest ${versions[0]}, newest ${versions[versions.length - 1]}; locked ${locked}` +
    (others.length > 0 ? `; testing ${others.join(' and ')}` : '; nothing else to test'),
);
versions = others;

const scratch = join(root, '.zod-versions');
let failed = 0;
try {
  for (const version of versions) {
    const dir = join(scratch, version);
    mkdirSync(dir, { recursive: true });
    sh('npm', [
      'install',
      '--no-save',
      '--no-package-lock',
      '--ignore-scripts',
      '--prefix',
      dir,
      `zod@${version}`,
    ]);
    const run = spawnSync('npx', ['vitest', 'run', ...SUITES], {
      stdio: 'inherit',
      env: {
        ...process.env,
        SWAPLEDGER_ZOD: join(dir, 'node_modules', 'zod'),
        CONFORMANCE_RUNS: '2000',
      },
    });
    console.log(`zod ${version}: ${run.status === 0 ? 'passed' : 'FAILED'}`);
    if (run.status !== 0) failed += 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`zod versions: ${versions.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
