/**
 * Two builds of the package timed against each other in one process, rounds interleaved (which
 * goes first alternates), on a shape of `shapes.ts`: the audit or `safeParseDataset`. Before
 * anything is timed, the two must give the same answer: the same findings, or the same issues (or,
 * for a valid dataset, the same records back). Prints each build's median and fastest run and the
 * ratios of `dist/` to the other build: below 1, `dist/` is faster.
 *
 *   npm run build && rm -rf .bench/base && mkdir -p .bench && cp -r dist .bench/base
 *   ... change the sources ...
 *   npm run build && npm run bench:compare -- --base .bench/base --shape theatres --claims 300000
 *
 * Options: `--base DIR` (.bench/base), `--what audit|validate` (audit), `--shape war|theatres`
 * (theatres), `--claims N` (300000), `--rounds N` (7). The other build must lie inside the project,
 * symbolic links followed: tsx, which runs the benchmarks, transforms JavaScript it loads from
 * outside the project, and a build copied to `/tmp` ran 10–25% slower than the same build in
 * `dist/`, enough to show gains that are not there.
 */
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Swapledger from '../src/index.js';
import type { Dataset } from '../src/index.js';
import { count, options, Refused, run } from './args.js';
import { longWar, readBack, theatres } from './shapes.js';

/** The build at `dir`, which must be inside the project (links followed) and not `dist/` itself. */
function buildAt(root: string, dir: string): string {
  if (!existsSync(resolve(dir, 'index.js'))) throw new Refused(`no build at ${dir}`);
  const real = realpathSync(dir);
  const rel = relative(realpathSync(root), real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new Refused(
      `--base ${dir} is ${real}, outside the project: copy the build into .bench/ (see the top of bench/compare.ts)`,
    );
  if (real === realpathSync(resolve(root, 'dist')))
    throw new Refused(`--base ${dir} is dist/ itself: copy the build to compare with into .bench/`);
  return real;
}

async function main(): Promise<void> {
  const values = options({
    base: { type: 'string', default: '.bench/base' },
    what: { type: 'string', default: 'audit' },
    shape: { type: 'string', default: 'theatres' },
    claims: { type: 'string', default: '300000' },
    rounds: { type: 'string', default: '7' },
  });
  const { what = '', shape = '' } = values;
  if (what !== 'audit' && what !== 'validate')
    throw new Refused(`--what is audit or validate, not ${JSON.stringify(what)}`);
  if (shape !== 'war' && shape !== 'theatres')
    throw new Refused(`--shape is war or theatres, not ${JSON.stringify(shape)}`);
  const claims = count('claims', values['claims'] ?? '');
  const rounds = count('rounds', values['rounds'] ?? '');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const base = buildAt(root, resolve(values['base'] ?? ''));

  const load = async (dir: string) => {
    const lib = (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as typeof Swapledger;
    if (typeof lib.audit !== 'function' || typeof lib.safeParseDataset !== 'function')
      throw new Refused(`${dir}/index.js is not a build of this package`);
    return lib;
  };
  const builds = [
    { name: relative(root, base), lib: await load(base), times: [] as number[] },
    { name: 'dist', lib: await load(resolve(root, 'dist')), times: [] as number[] },
  ];
  const dataset: Dataset = readBack(shape === 'war' ? longWar(claims) : theatres(claims));
  const once = (lib: typeof Swapledger): unknown =>
    what === 'audit' ? lib.audit(dataset).findings : lib.safeParseDataset(dataset);

  // The first run of each is the check: the same answer from both, or nothing is timed. A valid
  // dataset's records are compared by a digest, record by record (the document can be longer than
  // the longest string).
  const answer = (result: unknown): string[] => {
    if (what === 'audit') return (result as { id: string }[]).map((f) => JSON.stringify(f));
    const checked = result as ReturnType<typeof Swapledger.safeParseDataset>;
    if (!checked.success) return checked.error.map((issue) => JSON.stringify(issue));
    const digest = createHash('sha256');
    for (const [name, list] of Object.entries(checked.data))
      for (const record of Array.isArray(list) ? (list as unknown[]) : [list])
        digest.update(`${name}\n${JSON.stringify(record)}\n`);
    return [`valid ${digest.digest('hex')}`];
  };
  const [was, now] = builds.map((b) => answer(once(b.lib))) as [string[], string[]];
  const differs = was.findIndex((line, i) => line !== now[i]);
  if (differs !== -1 || was.length !== now.length) {
    const at = differs === -1 ? Math.min(was.length, now.length) : differs;
    throw new Refused(
      `the two builds give different answers (${was.length} against ${now.length} ${what === 'audit' ? 'findings' : 'lines'}); the first difference, at ${at}:\n  ${builds[0]?.name}: ${was[at] ?? '(none)'}\n  dist: ${now[at] ?? '(none)'}`,
    );
  }

  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  // One more round untimed, the second build first: each has then run twice, in both orders.
  for (const build of [...builds].reverse()) once(build.lib);
  for (let round = 0; round < rounds; round += 1)
    for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
      gc();
      const started = performance.now();
      once(build.lib);
      build.times.push(performance.now() - started);
    }

  const median = (list: readonly number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  const fastest = (list: readonly number[]) => Math.min(...list);
  const [before, after] = builds as [(typeof builds)[number], (typeof builds)[number]];
  const width = Math.max(...builds.map((b) => b.name.length));
  console.log(`${what}, ${shape}, ${dataset.claims.length} claims, ${rounds} rounds`);
  for (const b of builds)
    console.log(
      `${b.name.padEnd(width)}  median ${median(b.times).toFixed(0)} ms, fastest ${fastest(b.times).toFixed(0)} ms`,
    );
  console.log(
    `dist ÷ ${before.name}: ${(median(after.times) / median(before.times)).toFixed(3)}× (medians), ${(fastest(after.times) / fastest(before.times)).toFixed(3)}× (fastest runs); below 1, dist is faster`,
  );
}

await run('bench:compare', main);
