/**
 * Validation speed against a hand-written guard for the same record, in one process: single claims
 * (valid; invalid with all their issues), then whole datasets of 10k, 100k and 1M claims. Ratios
 * are what matter: the guard is the practical limit. The guard and the package are timed in
 * alternating rounds and the medians compared. Before anything is timed, the guard is checked
 * against the package: the same verdicts, and on invalid claims the same issue paths and codes.
 * Last, `safeParseDataset` on the shapes of `shapes.ts` (one long war, the sample copied as
 * theatres), read back from JSON record by record as a file's records would be, each size in a
 * process of its own that holds only that dataset: the first run, and the median of three.
 * Run with `npm run bench:validate` (`--quick`: 10k claims only).
 */
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Swapledger from '../src/index.js';
import type { Claim } from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';
import { generateDataset } from './generate.js';
import { claimErrors, isClaim } from './guard.js';
import { longWar, readBack, theatres } from './shapes.js';

// The built package when there is one (what users run), else the sources through tsx, which
// wraps every function it names and so slows code that makes closures.
const built = new URL('../dist/index.js', import.meta.url);
const { ClaimSchema, safeCreateClaim, safeParseDataset } = (
  existsSync(built) ? await import(built.href) : await import('../src/index.js')
) as typeof Swapledger;

/** One shape's measurement, made in a child process (see the end of this file). */
interface ShapeRun {
  claims: number;
  records: number;
  /** Each run's time in ms, in the order run, the heap collected before each. */
  times: number[];
}

const shapeAt = process.argv.indexOf('--shape');
if (shapeAt > 0) {
  const [shape, size] = (process.argv[shapeAt + 1] ?? '').split(':');
  const make = { war: longWar, theatres }[shape as string];
  if (!make) throw new Error(`unknown shape ${shape}`);
  // Made and read back inside a function: a value made at the top level can stay reachable from
  // its frame, and the first run then had the generator's copy of the dataset in the heap too.
  const dataset = (() => readBack(make(Number(size))) as unknown as Record<string, unknown>)();
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    gc();
    const started = performance.now();
    if (!safeParseDataset(dataset).success) throw new Error(`the ${shape} dataset was refused`);
    times.push(performance.now() - started);
  }
  let records = 0;
  for (const value of Object.values(dataset)) if (Array.isArray(value)) records += value.length;
  const run: ShapeRun = { claims: (dataset['claims'] as unknown[]).length, records, times };
  console.log(JSON.stringify(run));
  process.exit(0);
}
console.log(`the package from ${existsSync(built) ? 'dist/' : 'src/ (no build)'}`);

/** Median time per run, in ms, of `a` and `b` over alternating rounds. */
function compare(a: () => void, b: () => void, roundMs: number, rounds = 7): [number, number] {
  const round = (run: () => void) => {
    run();
    let n = 0;
    const started = performance.now();
    while (performance.now() - started < roundMs) {
      run();
      n += 1;
    }
    return (performance.now() - started) / n;
  };
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ta.push(round(a));
    tb.push(round(b));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return [median(ta), median(tb)];
}

const key = (path: readonly (string | number)[], code: string) => `${JSON.stringify(path)} ${code}`;

/** Throws unless the guard and the package agree on these claims (verdicts, paths and codes). */
function agree(name: string, claims: readonly unknown[]): void {
  for (const c of claims) {
    const ours = safeCreateClaim(c as never);
    const guard = claimErrors(c);
    if (ours.success !== (guard === undefined) || ours.success !== isClaim(c))
      throw new Error(`${name}: guard and package disagree on validity: ${JSON.stringify(c)}`);
    if (ours.success) continue;
    const a = new Set(ours.error.map((i) => key(i.path, i.code)));
    const b = new Set((guard ?? []).map((e) => key(e.path, e.code)));
    if (a.size !== b.size || [...a].some((k) => !b.has(k)))
      throw new Error(
        `${name}: guard and package list different issues:\n  package ${[...a].join('; ')}\n  guard   ${[...b].join('; ')}`,
      );
  }
}

const sample = loadSampleDataset();
const valid: Claim[] = JSON.parse(JSON.stringify(sample.claims)) as Claim[];
// Two problems: a count with low above high (inside the three-way count union) and 30 February.
const twoProblems = valid.map((c) => ({
  ...c,
  value: { low: 9, high: 1 },
  statedOn: '2023-02-30',
}));
const oneBad = valid.map((c) => ({ ...c, id: '' }));
agree('sample claims', valid);
agree('one bad field', oneBad);
agree('two problems', twoProblems);
// Not timed, only checked: more kinds of problem, so the guard's error form is held to the package.
agree(
  'other problems',
  valid.flatMap((c) => [
    { ...c, value: 'many', subject: { type: 'nope' }, zz: 1 },
    { ...c, citations: [{ url: 'ftp://x', medium: 'fax' }, 3], note: 5 },
    { ...c, value: { low: -1, high: 2.5, extra: true }, source: undefined },
    { ...c, breakdown: [{ category: 'x', count: { status: 'unknown', low: 1 } }], asOf: '2023-13' },
  ]),
);

const rows: [string, number, number][] = [];
const per = (ms: number) => (ms / valid.length) * 1e6;
const single = (name: string, guard: () => void, ours: () => void) => {
  const [g, o] = compare(guard, ours, 150);
  rows.push([name, per(g), per(o)]);
};
single(
  'claim, valid',
  () => valid.forEach(isClaim),
  () => valid.forEach((c) => safeCreateClaim(c)),
);
single(
  'claim, one bad field',
  () => oneBad.forEach(claimErrors),
  () => oneBad.forEach((c) => safeCreateClaim(c)),
);
single(
  'claim, two problems',
  () => twoProblems.forEach(claimErrors),
  () => twoProblems.forEach((c) => safeCreateClaim(c as never)),
);
single(
  'claim, plain zod safeParse',
  () => valid.forEach(isClaim),
  () => valid.forEach((c) => ClaimSchema.safeParse(c)),
);

console.log('single records                     guard ns   swapledger ns   ratio');
for (const [name, guard, ours] of rows)
  console.log(
    `${name.padEnd(32)} ${guard.toFixed(0).padStart(10)} ${ours.toFixed(0).padStart(15)} ${(ours / guard).toFixed(2).padStart(7)}×`,
  );

console.log('\nwhole datasets: the guard and safeCreateClaim check every claim, the same work;');
console.log(
  'safeParseDataset checks every record of every collection, then ids, references and the',
);
console.log('taxonomy, which the guard does not');
console.log('claims       guard ms   claims checked ms   ratio   safeParseDataset ms   ratio');
for (const size of process.argv.includes('--quick') ? [10_000] : [10_000, 100_000, 1_000_000]) {
  const dataset = JSON.parse(JSON.stringify(generateDataset(size))) as ReturnType<
    typeof generateDataset
  >;
  for (const c of dataset.claims)
    if (!isClaim(c)) throw new Error(`the guard refuses generated claim ${c.id}`);
  const roundMs = size >= 1_000_000 ? 1 : 200;
  const rounds = size >= 1_000_000 ? 3 : 5;
  const [guard, claims] = compare(
    () => dataset.claims.forEach(isClaim),
    () => dataset.claims.forEach((c) => safeCreateClaim(c)),
    roundMs,
    rounds,
  );
  const [, ours] = compare(
    () => dataset.claims.forEach(isClaim),
    () => {
      if (!safeParseDataset(dataset).success) throw new Error('generated dataset refused');
    },
    roundMs,
    rounds,
  );
  console.log(
    `${String(dataset.claims.length).padStart(9)} ${guard.toFixed(1).padStart(10)} ${claims.toFixed(1).padStart(19)} ${(claims / guard).toFixed(2).padStart(7)}× ${ours.toFixed(1).padStart(20)} ${(ours / guard).toFixed(2).padStart(7)}×`,
  );
}

const self = fileURLToPath(import.meta.url);
console.log('\nsafeParseDataset on the shapes of bench/shapes.ts, each record read back from JSON');
console.log('shape          claims    records   safeParseDataset ms: first run, median of 3');
for (const shape of ['war', 'theatres'])
  for (const size of process.argv.includes('--quick') ? [10_000] : [100_000, 1_000_000]) {
    // Each in a process of its own that holds only the dataset: what a service validating one
    // upload has, and no garbage of an earlier measurement for the collector to find.
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        '--max-old-space-size=12288',
        self,
        '--shape',
        `${shape}:${size}`,
      ],
      { encoding: 'utf8' },
    );
    const { claims, records, times } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as ShapeRun;
    const median = [...times].sort((x, y) => x - y)[1] as number;
    console.log(
      `${shape.padEnd(10)} ${String(claims).padStart(10)} ${String(records).padStart(10)} ${(times[0] as number).toFixed(0).padStart(21)} ${median.toFixed(0).padStart(15)}`,
    );
  }
