/**
 * Two builds of the package timed against each other in one process, rounds interleaved (which
 * goes first alternates), on a shape of `shapes.ts`: the audit or `safeParseDataset`. Before
 * anything is timed, the two must give the same report (or the same issues). Prints each build's
 * median and fastest run and their ratios, `dist/` over the other build.
 *
 *   npm run build && mkdir -p .bench && cp -r dist .bench/base   # the build to compare against
 *   ... change the sources ...
 *   npm run build && npm run bench:compare -- --base .bench/base --shape theatres --claims 300000
 *
 * Options: `--what audit|validate` (audit), `--rounds N` (7), `--shape war|theatres` (theatres),
 * `--claims N` (300000). The other build must lie inside the project: tsx, which runs the
 * benchmarks, transforms JavaScript it loads from outside the project, and a build copied to
 * `/tmp` ran 10–25% slower than the same build in `dist/`, enough to show gains that are not.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Swapledger from '../src/index.js';
import type { Dataset } from '../src/index.js';
import { longWar, theatres } from './shapes.js';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const base = resolve(arg('--base', '.bench/base'));
const what = arg('--what', 'audit');
const shape = arg('--shape', 'theatres');
const claims = Number(arg('--claims', '300000'));
const rounds = Number(arg('--rounds', '7'));

const inside = relative(root, base);
if (inside.startsWith('..') || resolve(root, inside) !== base)
  throw new Error(
    `--base ${base} lies outside the project: copy it into .bench/ (see the top of this file)`,
  );
if (!existsSync(resolve(base, 'index.js'))) throw new Error(`no build at ${base}`);
if (what !== 'audit' && what !== 'validate')
  throw new Error(`--what audit or validate, not ${what}`);
if (shape !== 'war' && shape !== 'theatres')
  throw new Error(`--shape war or theatres, not ${shape}`);
if (!(claims > 0) || !(rounds > 0)) throw new Error('--claims and --rounds are positive numbers');

const load = async (dir: string) =>
  (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as typeof Swapledger;
const builds = [
  { name: relative(root, base), lib: await load(base), times: [] as number[] },
  { name: 'dist', lib: await load(resolve(root, 'dist')), times: [] as number[] },
];
const dataset: Dataset = shape === 'war' ? longWar(claims) : theatres(claims);
// What is compared: the audit's findings, or the verdict and every issue.
const run = (lib: typeof Swapledger): unknown => {
  if (what === 'audit') return lib.audit(dataset).findings;
  const result = lib.safeParseDataset(dataset);
  return result.success ? 'valid' : result.error;
};

// The first run of each is the check: the same answer from both, or nothing is timed.
const [first, second] = builds.map((b) => JSON.stringify(run(b.lib)));
if (first !== second) throw new Error(`the two builds give different ${what} results`);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
for (let round = 0; round < rounds; round += 1)
  for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
    gc();
    const started = performance.now();
    run(build.lib);
    build.times.push(performance.now() - started);
  }

const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[list.length >> 1] ?? 0;
const fastest = (list: readonly number[]) => Math.min(...list);
const [was, now] = builds as [(typeof builds)[number], (typeof builds)[number]];
console.log(`${what}, ${shape}, ${dataset.claims.length} claims, ${rounds} rounds`);
for (const b of builds)
  console.log(
    `${b.name.padEnd(14)} median ${median(b.times).toFixed(0)} ms, fastest ${fastest(b.times).toFixed(0)} ms`,
  );
console.log(
  `dist ÷ ${was.name}: ${(median(now.times) / median(was.times)).toFixed(3)}× (medians), ${(fastest(now.times) / fastest(was.times)).toFixed(3)}× (fastest runs)`,
);
