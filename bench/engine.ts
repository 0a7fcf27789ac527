/**
 * Which validation engine to use: zod's own `safeParse`, zod's `z.compile()` (a generated fast path
 * for valid values that falls back to the runtime parser on failure), or the package's own compiler
 * behind `safeCreateClaim` / `safeCreateExchange` / `safeParseDataset`. In one process, interleaved
 * over several rounds (the median per cell is reported), on the sample's claims and exchanges:
 * valid, one bad field, two problems; then the whole sample dataset. Also checks that z.compile
 * gives zod's verdicts and issues on a few hundred mutated records and on hostile values, what each
 * engine does when code generation from strings is disallowed (a strict Content Security Policy;
 * simulated with `--disallow-code-generation-from-strings` in a child process), and the time to
 * first use of each, in fresh processes. Run with `npx tsx bench/engine.ts` (`--quick` for fewer
 * rounds).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import {
  ClaimSchema,
  DatasetSchema,
  ExchangeSchema,
  safeCreateClaim,
  safeCreateExchange,
  safeParseDataset,
} from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';

type Json = Record<string, unknown>;
type Verdict = (x: unknown) => { ok: boolean; issues: number };

const quick = process.argv.includes('--quick');
const child = process.argv.find((a) => a.startsWith('--child='))?.slice('--child='.length);
let sink = 0;

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type Sample = Json & { claims: Json[]; exchanges: Json[] };
// Children read the sample as plain JSON written by the parent: loading it through the package
// would compile its schemas (spoiling a first-use timing) or, without code generation, fail.
const sampleFile = process.argv.find((a) => a.startsWith('--sample='))?.slice('--sample='.length);
const loadSample = (): Sample =>
  sampleFile
    ? (JSON.parse(readFileSync(sampleFile, 'utf8')) as Sample)
    : (clone(loadSampleDataset()) as unknown as Sample);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time(run: () => void, minMs: number): number {
  run();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    run();
    n += 1;
  }
  return (performance.now() - started) / n;
}

// The three engines, as a caller sees them. A zod failure builds its error on first read, so the
// issues are read: the package's constructors always build theirs.
const zodVerdict =
  (schema: { safeParse(x: unknown): z.ZodSafeParseResult<unknown> }): Verdict =>
  (x) => {
    const r = schema.safeParse(x);
    return { ok: r.success, issues: r.success ? 0 : r.error.issues.length };
  };
const oursVerdict =
  (run: (x: never) => { success: boolean; error?: readonly unknown[] }): Verdict =>
  (x) => {
    const r = run(x as never);
    return { ok: r.success, issues: r.success ? 0 : (r.error?.length ?? 0) };
  };

interface Engines {
  names: [string, string, string];
  claim: Verdict[];
  exchange: Verdict[];
  dataset: Verdict[];
}

function engines(): Engines {
  return {
    names: ['zod safeParse', 'z.compile', 'swapledger'],
    claim: [
      zodVerdict(ClaimSchema),
      zodVerdict(z.compile(ClaimSchema)),
      oursVerdict(safeCreateClaim),
    ],
    exchange: [
      zodVerdict(ExchangeSchema),
      zodVerdict(z.compile(ExchangeSchema)),
      oursVerdict(safeCreateExchange),
    ],
    dataset: [
      zodVerdict(DatasetSchema),
      zodVerdict(z.compile(DatasetSchema)),
      oursVerdict(safeParseDataset),
    ],
  };
}

/** The benchmark inputs: (a) valid, (b) one bad field, (c) two problems. */
function cases() {
  const sample = loadSample();
  const lowAsString = (count: unknown) => ({ ...(count as Json), low: '44' });
  const claimOne = sample.claims.map((c) => ({ ...c, value: lowAsString(c['value']) }));
  const claimTwo = claimOne.map((c) => ({ ...c, statedOn: '2023-02-30' }));
  const badTransfer = (e: Json) => {
    const [first, ...rest] = e['transfers'] as Json[];
    return [{ ...first, count: lowAsString(first?.['count']) }, ...rest];
  };
  const exchangeOne: Json[] = sample.exchanges.map((e) => ({ ...e, transfers: badTransfer(e) }));
  const exchangeTwo = exchangeOne.map((e) => {
    const [first, ...rest] = e['stages'] as Json[];
    return { ...e, stages: [{ ...first, on: '2023-02-30' }, ...rest] };
  });
  const datasetOne = { ...sample, claims: [claimOne[0], ...sample.claims.slice(1)] };
  const datasetTwo = { ...datasetOne, exchanges: [exchangeOne[0], ...sample.exchanges.slice(1)] };
  return {
    sample,
    rows: [
      { name: 'claim, valid', kind: 'claim', items: sample.claims, ok: true },
      { name: 'claim, one bad field', kind: 'claim', items: claimOne, ok: false },
      { name: 'claim, two problems', kind: 'claim', items: claimTwo, ok: false },
      { name: 'exchange, valid', kind: 'exchange', items: sample.exchanges, ok: true },
      { name: 'exchange, one bad field', kind: 'exchange', items: exchangeOne, ok: false },
      { name: 'exchange, two problems', kind: 'exchange', items: exchangeTwo, ok: false },
      { name: 'dataset, valid (ms)', kind: 'dataset', items: [sample], ok: true },
      { name: 'dataset, 1 bad claim (ms)', kind: 'dataset', items: [datasetOne], ok: false },
      { name: 'dataset, 2 problems (ms)', kind: 'dataset', items: [datasetTwo], ok: false },
    ] as const,
  };
}

interface Timings {
  rows: { name: string; medians: number[] }[];
  /** Cells where an engine gave the wrong verdict (timed all the same). */
  wrong: string[];
}

/** Median µs per record (ms per dataset) of each engine on each row, cells interleaved. */
function bench(rounds: number, minMs: number): Timings {
  const e = engines();
  const { rows } = cases();
  const wrong: string[] = [];
  const cells = rows.flatMap((row, r) =>
    e[row.kind].map((verdict, k) => {
      const bad = row.items.filter((item) => verdict(item).ok !== row.ok).length;
      if (bad > 0) wrong.push(`${e.names[k]}, ${row.name}: ${bad} wrong verdict(s)`);
      const items = row.items as readonly unknown[];
      const run = () => {
        for (const item of items) sink += verdict(item).issues;
      };
      const scale = row.kind === 'dataset' ? 1 : 1000 / items.length;
      return { r, k, run, scale, samples: [] as number[] };
    }),
  );
  for (let round = 0; round <= rounds; round += 1) {
    // Rotated, and reversed every other round, so no engine always runs after the same one.
    const shift = round % cells.length;
    let order = [...cells.slice(shift), ...cells.slice(0, shift)];
    if (round % 2 === 1) order = order.reverse();
    for (const cell of order) {
      const ms = time(cell.run, minMs);
      if (round > 0) cell.samples.push(ms * cell.scale); // round 0 warms up
    }
  }
  return {
    rows: rows.map((row, r) => ({
      name: row.name,
      medians: cells.filter((c) => c.r === r).map((c) => median(c.samples)),
    })),
    wrong,
  };
}

// --- correctness: mutated records --------------------------------------------------------------

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const p = [...at, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      pathsOf(v, p, out);
    }
  return out;
}

const REPLACEMENTS: unknown[] = [
  '44',
  -1,
  1.5,
  0,
  null,
  undefined,
  {},
  [],
  '',
  'not an id!',
  'x'.repeat(5000),
  '2023-02-30',
  '2023-13',
  '2023',
  1e20,
  Number.NaN,
  true,
  '😀'.repeat(1500),
  'ftp://example.org',
  { status: 'unknown' },
  { low: 9, high: 1 },
  { low: 1, high: 2, best: 7 },
  { status: 'undisclosed', low: 1 },
];

/** A copy of `record` with one to three random changes: a field replaced, removed or added. */
function mutate(record: Json, rand: () => number): Json {
  const out = clone(record);
  const changes = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < changes; i += 1) {
    const paths = pathsOf(out);
    const path = paths[Math.floor(rand() * paths.length)];
    if (!path) break;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)[k], out) as Json;
    const key = path[path.length - 1] as string;
    const op = rand();
    if (op < 0.15) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
    } else if (op < 0.25 && !Array.isArray(parent)) parent['extra'] = 1;
    else parent[key] = structuredClone(REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)]);
  }
  return out;
}

/** Values that throw when read: the package's schemas are hardened to fail on them instead. */
function hostile(record: Json): unknown[] {
  const getter = { ...record };
  Object.defineProperty(getter, 'id', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
  const trap = new Proxy(clone(record), {
    get(target, key) {
      if (typeof key === 'string' && key !== 'then' && key === Object.keys(target)[1])
        throw new Error('trap');
      return Reflect.get(target, key) as unknown;
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const inherited = Object.assign(Object.create({ extra: 1 }) as Json, clone(record));
  return [getter, trap, revoked.proxy, inherited];
}

const issueKey = (r: z.ZodSafeParseResult<unknown>) =>
  r.success
    ? ''
    : JSON.stringify(r.error.issues.map(({ code, path, message }) => [code, path, message]));
const fullIssues = (r: z.ZodSafeParseResult<unknown>) =>
  r.success ? '' : JSON.stringify(r.error.issues);

interface Agreement {
  inputs: number;
  rejected: number;
  verdictDiffs: number;
  dataDiffs: number;
  issueDiffs: number;
  compiledThrew: number;
  /** The package accepted what the schema rejects (a bug), or rejected what it accepts. */
  oursLooser: number;
  oursStricter: number;
  example?: string;
  oursExample?: string;
}

/** z.compile against the schema's own safeParse (verdict, output, issues), and the package's verdict. */
function agree(
  schema: z.ZodType,
  ours: (x: never) => { success: boolean; error?: unknown },
  inputs: unknown[],
): Agreement {
  const compiled = z.compile(schema);
  const a: Agreement = {
    inputs: inputs.length,
    rejected: 0,
    verdictDiffs: 0,
    dataDiffs: 0,
    issueDiffs: 0,
    compiledThrew: 0,
    oursLooser: 0,
    oursStricter: 0,
  };
  for (const input of inputs) {
    const expected = schema.safeParse(input);
    if (!expected.success) a.rejected += 1;
    const mine = ours(input as never);
    if (mine.success !== expected.success)
      a.oursExample ??= `safeParse ${expected.success ? 'accepts' : 'rejects'}; swapledger: ${JSON.stringify(mine.error ?? 'accepts').slice(0, 200)}`;
    if (mine.success && !expected.success) a.oursLooser += 1;
    if (!mine.success && expected.success) a.oursStricter += 1;
    let got: z.ZodSafeParseResult<unknown>;
    try {
      got = compiled.safeParse(input);
    } catch (error) {
      a.compiledThrew += 1;
      a.example ??= `z.compile threw "${(error as Error).message}"; safeParse: ${issueKey(expected) || 'success'}`;
      continue;
    }
    if (got.success !== expected.success) {
      a.verdictDiffs += 1;
      a.example ??= `verdict: safeParse ${expected.success}, z.compile ${got.success}: ${issueKey(expected) || issueKey(got)}`;
    } else if (got.success && expected.success) {
      const same =
        isDeepStrictEqual(got.data, expected.data) &&
        JSON.stringify(got.data) === JSON.stringify(expected.data);
      if (!same) a.dataDiffs += 1;
    } else if (issueKey(got) !== issueKey(expected) || fullIssues(got) !== fullIssues(expected)) {
      a.issueDiffs += 1;
      a.example ??= `issues: ${issueKey(expected)} vs ${issueKey(got)}`;
    }
  }
  return a;
}

function correctness(count: number) {
  const sample = loadSample();
  const rand = random(20240426);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const claims = Array.from({ length: count }, () => mutate(pick(sample.claims), rand));
  const exchanges = Array.from({ length: count / 2 }, () => mutate(pick(sample.exchanges), rand));
  const datasets = Array.from({ length: 20 }, () => mutate(sample, rand));
  return {
    'claims, mutated': agree(ClaimSchema, safeCreateClaim, [...sample.claims, ...claims]),
    'exchanges, mutated': agree(ExchangeSchema, safeCreateExchange, [
      ...sample.exchanges,
      ...exchanges,
    ]),
    'datasets, mutated': agree(DatasetSchema, safeParseDataset, [sample, ...datasets]),
    'claims, hostile': agree(
      ClaimSchema,
      safeCreateClaim,
      sample.claims.slice(0, 5).flatMap(hostile),
    ),
    'datasets, hostile': agree(
      DatasetSchema,
      safeParseDataset,
      hostile(sample.claims[0] as Json).map((claim) => ({
        ...sample,
        claims: [claim, ...sample.claims.slice(1)],
      })),
    ),
  };
}

// --- children: no code generation, and first use -------------------------------------------------

/** With code generation from strings disallowed: what z.compile does, and whether ours still works. */
function noEval() {
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  const schemas = { ClaimSchema, ExchangeSchema, DatasetSchema } as const;
  const compile = Object.entries(schemas).map(([name, schema]) => {
    let strict = 'compiled';
    try {
      z.compile(schema, { strict: true });
    } catch (error) {
      strict = `${(error as Error).name}: ${(error as Error).message}`;
    }
    return { name, returnsOriginal: z.compile(schema) === schema, strict };
  });
  const sample = loadSample();
  const dataset = safeParseDataset(sample);
  let loadSampleError = '';
  try {
    loadSampleDataset();
  } catch (error) {
    loadSampleError = `${(error as Error).name}: ${(error as Error).message.split('\n')[0]}`;
  }
  return {
    evalBlocked,
    compile,
    claims: agree(ClaimSchema, safeCreateClaim, [...sample.claims, ...mutatedClaims(sample)]),
    answers: answers(sample),
    dataset: dataset.success
      ? 'accepted'
      : `${dataset.error.length} issues, e.g. ${JSON.stringify(dataset.error[0])}`,
    loadSampleError,
    timings: bench(quick ? 3 : 5, 30),
  };
}

function mutatedClaims(sample: Sample): Json[] {
  const rand = random(7);
  const pick = () => sample.claims[Math.floor(rand() * sample.claims.length)] as Json;
  return Array.from({ length: 200 }, () => mutate(pick(), rand));
}

/** The package's answers on mutated claims: the same seed in both processes. */
const answers = (sample: Sample) =>
  JSON.stringify(mutatedClaims(sample).map((c) => safeCreateClaim(c as never)));

/** One engine's first call, in a fresh process: its compile cost plus one validation. */
function firstUse(engine: string) {
  const sample = loadSample();
  const isDataset = engine.endsWith('dataset');
  const target = isDataset ? sample : sample.claims[0];
  const schema = isDataset ? DatasetSchema : ClaimSchema;
  const started = performance.now();
  let run: () => boolean;
  if (engine.startsWith('zod-compile')) {
    const compiled = z.compile(schema);
    run = () => compiled.safeParse(target).success;
  } else if (engine.startsWith('zod')) run = () => schema.safeParse(target).success;
  else if (isDataset) run = () => safeParseDataset(target).success;
  else run = () => safeCreateClaim(target as never).success;
  const ok = run();
  const first = performance.now() - started;
  const again = performance.now();
  run();
  return { ok, first, second: performance.now() - again };
}

const self = fileURLToPath(import.meta.url);
function spawn(args: string[], flags: string[] = []): unknown {
  const out = execFileSync(process.execPath, [...process.execArgv, ...flags, self, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.slice(out.indexOf('{')));
}

// --- report -----------------------------------------------------------------------------------------

function printTable(title: string, { rows, wrong }: Timings) {
  console.log(`\n${title}`);
  for (const w of wrong) console.log(`WRONG VERDICT: ${w}`);
  console.log(
    'µs per record (ms per dataset)   zod safeParse   z.compile  ×zod   swapledger  ×zod  ×z.compile',
  );
  for (const { name, medians } of rows) {
    const [zod = NaN, compiled = NaN, ours = NaN] = medians;
    const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
    console.log(
      `${name.padEnd(32)} ${f(zod).padStart(12)} ${f(compiled).padStart(11)} ${(compiled / zod).toFixed(2).padStart(5)}× ${f(ours).padStart(11)} ${(ours / zod).toFixed(2).padStart(5)}× ${(ours / compiled).toFixed(2).padStart(9)}×`,
    );
  }
}

if (child === 'no-eval') {
  console.log(JSON.stringify(noEval()));
} else if (child?.startsWith('first:')) {
  console.log(JSON.stringify(firstUse(child.slice('first:'.length))));
} else {
  const sample = loadSample();
  const data = safeCreateClaim(sample.claims[0] as never);
  console.log(
    `sample: ${sample.claims.length} claims, ${(sample['exchanges'] as unknown[]).length} exchanges; ` +
      `safeCreateClaim returns a fresh copy: ${data.success && data.data !== sample.claims[0]}, ` +
      `frozen: ${data.success && Object.isFrozen(data.data)} (zod's safeParse also copies, also unfrozen)`,
  );

  printTable(
    `speed, median of ${quick ? 4 : 9} interleaved rounds (2 problems: value.low "44" + 30 February)`,
    bench(quick ? 4 : 9, 40),
  );

  console.log('\nz.compile against safeParse (and the package’s verdict against safeParse)');
  for (const [name, a] of Object.entries(correctness(quick ? 200 : 400)))
    console.log(
      `${name.padEnd(20)} ${String(a.inputs).padStart(4)} inputs (${a.rejected} rejected): ` +
        `verdict diffs ${a.verdictDiffs}, output diffs ${a.dataDiffs}, issue diffs ${a.issueDiffs}, ` +
        `z.compile threw ${a.compiledThrew}; swapledger accepts/rejects what safeParse does not ${a.oursLooser}/${a.oursStricter}` +
        (a.example ? `\n    e.g. ${a.example.slice(0, 300)}` : '') +
        (a.oursExample ? `\n    swapledger differs, e.g. ${a.oursExample}` : ''),
    );

  const strict = [ClaimSchema, ExchangeSchema, DatasetSchema].map((s) => {
    try {
      z.compile(s, { strict: true });
      return 'compiles';
    } catch (error) {
      return (error as Error).message;
    }
  });
  console.log(`z.compile(…, { strict: true }) on Claim, Exchange, Dataset: ${strict.join('; ')}`);

  // Compile cost alone: z.compile is not cached, so it can be timed here.
  const compileMs = [ClaimSchema, DatasetSchema].map((s) =>
    median(
      Array.from({ length: 15 }, () => {
        const t = performance.now();
        z.compile(s);
        return performance.now() - t;
      }),
    ),
  );
  const dir = mkdtempSync(join(tmpdir(), 'engine-'));
  const file = join(dir, 'sample.json');
  writeFileSync(file, JSON.stringify(sample));
  const kinds = ['zod', 'zod-compile', 'swapledger'].flatMap((e) => [`${e}-claim`, `${e}-dataset`]);
  const firsts = new Map(kinds.map((k) => [k, [] as number[]]));
  const seconds = new Map(kinds.map((k) => [k, [] as number[]]));
  for (let i = 0; i < (quick ? 3 : 7); i += 1)
    for (const kind of kinds) {
      const r = spawn([`--child=first:${kind}`, `--sample=${file}`]) as ReturnType<typeof firstUse>;
      if (!r.ok) throw new Error(`first use: ${kind} rejected the sample`);
      firsts.get(kind)?.push(r.first);
      seconds.get(kind)?.push(r.second);
    }
  console.log('\ntime to first use: a fresh process each, median of runs (ms)');
  console.log('               claim: 1st call  2nd call   dataset: 1st call  2nd call');
  const ms = (m: Map<string, number[]>, k: string) =>
    median(m.get(k) ?? [])
      .toFixed(2)
      .padStart(9);
  for (const e of ['zod', 'zod-compile', 'swapledger'])
    console.log(
      `${e.padEnd(14)} ${ms(firsts, `${e}-claim`)} ${ms(seconds, `${e}-claim`)} ${ms(firsts, `${e}-dataset`).padStart(18)} ${ms(seconds, `${e}-dataset`)}`,
    );
  console.log(
    `z.compile() alone (no cache, so timed in process): claim ${compileMs[0]?.toFixed(2)} ms, dataset ${compileMs[1]?.toFixed(2)} ms`,
  );

  const n = spawn(
    ['--child=no-eval', `--sample=${file}`],
    ['--disallow-code-generation-from-strings'],
  ) as ReturnType<typeof noEval>;
  rmSync(dir, { recursive: true });
  console.log('\nwith --disallow-code-generation-from-strings (as under a strict CSP)');
  console.log(`new Function blocked: ${n.evalBlocked}`);
  for (const c of n.compile)
    console.log(
      `z.compile(${c.name}) hands back the uncompiled schema: ${c.returnsOriginal}; with strict: ${c.strict.slice(0, 150)}`,
    );
  const a = n.claims;
  console.log(
    `swapledger claims: same answers as with code generation on 200 mutated claims: ${n.answers === answers(sample)}; ` +
      `accepts/rejects what safeParse does not ${a.oursLooser}/${a.oursStricter} of ${a.inputs}; z.compile verdict/issue diffs ${a.verdictDiffs}/${a.issueDiffs}`,
  );
  console.log(`safeParseDataset(valid sample): ${n.dataset.slice(0, 200)}`);
  console.log(`loadSampleDataset(): ${n.loadSampleError ? `throws ${n.loadSampleError}` : 'ok'}`);
  printTable("speed without code generation (zod's own object JIT is off too)", n.timings);
  if (sink === -1) console.log(sink);
}
