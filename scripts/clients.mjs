// The package as its users meet it: packs the tarball, installs it into a scratch project beside
// the tools people already use with it (bundlers, Standard Schema frameworks, JSON Schema
// validators and generators, form libraries, a web server), and runs every check in
// test/clients/ there with plain `node`, as those projects would. Nothing here reads the sources.
//
// `npm run clients` runs them all; `npm run clients -- cli bundles` only the checks so named.
// `SWAPLEDGER_TARBALL=path.tgz` tries another tarball (an older release, to see a check fail).
// The client packages are the project's devDependencies, so `npm ci` has them in npm's cache and
// the scratch install needs no network.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const CLIENTS = [
  '@cfworker/json-schema',
  '@hono/standard-validator',
  '@hyperjump/json-schema',
  '@rollup/plugin-node-resolve',
  '@rollup/plugin-terser',
  '@standard-schema/spec',
  '@standard-schema/utils',
  '@tanstack/form-core',
  '@trpc/server',
  '@types/node',
  'ajv',
  'esbuild',
  'fastify',
  'fp-ts',
  'hono',
  'io-ts',
  'json-schema-to-ts',
  'json-schema-to-typescript',
  'jsonschema',
  'rollup',
  'typescript',
  'zod',
];
const versionOf = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const only = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'swapledger-clients-'));
const sh = (file, args, cwd = scratch) =>
  execFileSync(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
let failed = 0;
try {
  const tarball =
    process.env.SWAPLEDGER_TARBALL ??
    join(
      scratch,
      JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', scratch], root))[0].filename,
    );
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'client', private: true, type: 'module' }),
  );
  sh('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
    resolve(tarball),
    ...CLIENTS.map((name) => `${name}@${versionOf(name)}`),
  ]);
  cpSync(join(root, 'test', 'clients'), join(scratch, 'checks'), { recursive: true });
  const checks = readdirSync(join(scratch, 'checks'))
    .filter((file) => file.endsWith('.check.mjs'))
    .filter((file) => only.length === 0 || only.includes(file.replace('.check.mjs', '')))
    .sort();
  if (checks.length === 0) throw new Error(`no checks named ${only.join(', ')}`);
  for (const file of checks) {
    console.log(`\n▶ ${file}`);
    const run = spawnSync(process.execPath, [join('checks', file)], {
      cwd: scratch,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: undefined, SWAPLEDGER_TGZ: resolve(tarball) },
    });
    if (run.status !== 0) {
      failed += 1;
      console.error(`✖ ${file} failed (exit ${run.status ?? run.signal})`);
    }
  }
} catch (error) {
  failed += 1;
  console.error(`✖ ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  failed === 0 ? '\n✔ every client check passed' : `\n✖ ${failed} client check(s) failed`,
);
process.exit(failed === 0 ? 0 : 1);
