/**
 * Audit and ledger at 10k, 100k and 1M claims, on data shaped like real reporting (see
 * `shapes.ts`): many independent theatres, one long war, the same war with statements, and the
 * two-party pattern of `generate.ts`. Each shape and size runs in a fresh child process, so peak
 * memory is its own. Reported: the audit's time, its growth per 10× claims, the ratio to a
 * baseline (one plain pass grouping the claims by subject key and adding up their lows: the least
 * any audit has to do), the dataset's size in memory and as JSON, and the memory the audit itself
 * took (peak resident memory during the audit, less what was resident before it). Each dataset is
 * read back from JSON, record by record, as a file's would be (see `readBack`).
 *
 * Run with `npm run bench:audit` (add `-- --sizes 10000,100000` or `-- --shapes war,theatres`;
 * `-- --semi-space 64` times the audit with the engine's young generation at 64 MB a half;
 * `-- --hold 1024` times it in a process that also holds about 1 GB of other objects).
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Swapledger from '../src/index.js';
import type { Dataset } from '../src/index.js';
import { generateDataset } from './generate.js';
import { count, options, Refused, run } from './args.js';
import { longWar, readBack, theatres } from './shapes.js';

// The built package when there is one (what users run), else the sources through tsx, which
// wraps every function it names and so slows code that makes closures.
const built = new URL('../dist/index.js', import.meta.url);
const { audit, ledger, subjectKey } = (
  existsSync(built) ? await import(built.href) : await import('../src/index.js')
) as typeof Swapledger;
const source = existsSync(built) ? 'dist/' : 'src/ (no build)';

const SHAPES: Record<string, (claims: number) => Dataset> = {
  theatres,
  war: (claims) => longWar(claims),
  'war+statements': (claims) => longWar(claims, { statements: true }),
  'two-party': (claims) => generateDataset(claims),
};

interface Row {
  shape: string;
  heapBeforeMb: number;
  /** Whether the audit ran with its old space limited to what it held before plus the dataset's size. */
  fitsInDatasetSize?: boolean;
  claims: number;
  records: number;
  baselineMs: number;
  ledgerMs: number;
  auditMs: number;
  findings: number;
  datasetHeapMb: number;
  datasetJsonMb: number;
  auditMemoryMb: number;
  peakRssMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * About `megabytes` of small objects that nothing reads, as a service holding other data has:
 * each collection of the young generation costs more the more the process holds. Counted by the
 * heap's growth rather than by an estimate of each object.
 */
function hold(megabytes: number): unknown[] {
  const held: unknown[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  const grown = () => process.memoryUsage().heapUsed - before >= megabytes * 2 ** 20;
  // Collected once it looks grown: the list's outgrown copies are garbage until then.
  while (!grown() || (gc(), !grown()))
    // An object with a number, a short string and a one-item list, 100,000 at a time.
    for (let i = 0; i < 100_000; i += 1) held.push({ n: i, s: `x${i}`, a: [i] });
  return held;
}

function measure(shape: string, claims: number): Row {
  const make = SHAPES[shape];
  if (!make) throw new Error(`unknown shape ${shape}`);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const dataset = readBack(make(claims));
  gc();
  const datasetHeapMb = mb(process.memoryUsage().heapUsed - heapBefore);
  // Record by record: the whole document can be longer than the longest string.
  let jsonBytes = 0;
  for (const value of Object.values(dataset))
    if (Array.isArray(value))
      for (const record of value as unknown[])
        jsonBytes += Buffer.byteLength(JSON.stringify(record)) + 1;
  const datasetJsonMb = mb(jsonBytes);
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBeforeMb = mb(process.memoryUsage().heapUsed);

  let started = performance.now();
  const report = audit(dataset);
  const auditMs = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const findings = report.findings.length;

  started = performance.now();
  const groups = new Map<string, number>();
  for (const claim of dataset.claims) {
    const key = subjectKey(claim.subject);
    groups.set(key, (groups.get(key) ?? 0) + ('low' in claim.value ? claim.value.low : 0));
  }
  const baselineMs = performance.now() - started;

  started = performance.now();
  ledger(dataset);
  const ledgerMs = performance.now() - started;
  const records =
    dataset.claims.length +
    dataset.exchanges.length +
    (dataset.statements?.length ?? 0) +
    dataset.sources.length +
    dataset.parties.length;
  return {
    shape,
    heapBeforeMb,
    claims: dataset.claims.length,
    records,
    baselineMs,
    ledgerMs,
    auditMs,
    findings,
    datasetHeapMb,
    datasetJsonMb,
    auditMemoryMb: mb(Math.max(0, peakRss - rssBefore)),
    peakRssMb: mb(peakRss),
  };
}

/** The largest run asked for: a list of more records than this is refused by the validator. */
const MOST_CLAIMS = 10_000_000;
/** The most megabytes `--hold` holds: the timed child's old space is 12 GB, and 1M claims take 3. */
const MOST_HELD = 8192;

async function main(): Promise<void> {
  const values = options({
    sizes: { type: 'string', default: '10000,100000,1000000' },
    shapes: { type: 'string', default: Object.keys(SHAPES).join(',') },
    'semi-space': { type: 'string' },
    hold: { type: 'string', default: '0' },
    // The two runs of a child process, named by the parent.
    run: { type: 'string' },
    fits: { type: 'string' },
  });
  const held = count('hold', values['hold'] ?? '', 0, MOST_HELD);
  const shapeAndSize = (text: string): [string, number] => {
    const [shape = '', size = ''] = text.split(':');
    if (!Object.hasOwn(SHAPES, shape)) throw new Refused(`unknown shape ${JSON.stringify(shape)}`);
    return [shape, count('sizes', size, 1, MOST_CLAIMS)];
  };
  const { fits, run: one } = values;
  // Held from the global object, so that they stay reachable until the process ends.
  if (held > 0 && (fits !== undefined || one !== undefined))
    (globalThis as { held?: unknown }).held = hold(held);
  if (fits !== undefined) {
    // Only the audit, in a process whose heap limit the parent set (holding what the timed run did).
    const [shape, size] = shapeAndSize(fits);
    audit(readBack((SHAPES[shape] as (claims: number) => Dataset)(size)));
    return;
  }
  if (one !== undefined) {
    console.log(JSON.stringify(measure(...shapeAndSize(one))));
    return;
  }
  const sizes = (values['sizes'] ?? '')
    .split(',')
    .map((size) => count('sizes', size, 1, MOST_CLAIMS));
  const shapes = (values['shapes'] ?? '').split(',');
  for (const shape of shapes)
    if (!Object.hasOwn(SHAPES, shape))
      throw new Refused(
        `--shapes lists shapes of ${Object.keys(SHAPES).join(', ')}, not ${JSON.stringify(shape)}`,
      );
  const self = fileURLToPath(import.meta.url);
  // The engine's young generation, for a run that tries a larger one (see docs/performance.md).
  const semiSpace =
    values['semi-space'] === undefined
      ? undefined
      : count('semi-space', values['semi-space'], 1, 1024);
  const engine = semiSpace === undefined ? [] : [`--max-semi-space-size=${semiSpace}`];
  const holding = held > 0 ? ['--hold', String(held)] : [];
  const f = (n: number, width = 9, digits = 0) => n.toFixed(digits).padStart(width);
  console.log(
    `the package from ${source}${semiSpace === undefined ? '' : `, semi-spaces of ${semiSpace} MB`}${held > 0 ? `, holding about ${held} MB of other objects` : ''}`,
  );
  console.log(
    'shape            claims  ledger ms   audit ms  ÷ baseline  growth/10×  findings  dataset MB (heap/JSON)  audit MB  peak RSS MB  fits in dataset size',
  );
  for (const shape of shapes) {
    let previous: Row | undefined;
    for (const size of sizes) {
      const out = execFileSync(
        process.execPath,
        [
          '--expose-gc',
          ...engine,
          '--import',
          'tsx',
          '--max-old-space-size=12288',
          self,
          '--run',
          `${shape}:${size}`,
          ...holding,
        ],
        { encoding: 'utf8', maxBuffer: 2 ** 26 },
      );
      const row = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Row;
      // The audit's own memory at most the dataset's: run it again with the old space limited to
      // what the process held before the audit plus the size of the dataset.
      const limit = Math.ceil(row.heapBeforeMb + row.datasetHeapMb);
      try {
        execFileSync(
          process.execPath,
          [
            // So that --hold holds what it held in the timed run.
            '--expose-gc',
            '--import',
            'tsx',
            `--max-old-space-size=${limit}`,
            self,
            '--fits',
            `${shape}:${size}`,
            ...holding,
          ],
          { stdio: 'ignore' },
        );
        row.fitsInDatasetSize = true;
      } catch {
        row.fitsInDatasetSize = false;
      }
      const growth =
        previous === undefined ? '—' : `${(row.auditMs / previous.auditMs).toFixed(1)}×`;
      console.log(
        `${shape.padEnd(15)} ${f(row.claims)} ${f(row.ledgerMs, 10)} ${f(row.auditMs, 10)} ${f(row.auditMs / row.baselineMs, 10, 1)}× ${growth.padStart(11)} ${f(row.findings)} ${f(row.datasetHeapMb, 12)} / ${f(row.datasetJsonMb, 6)}   ${f(row.auditMemoryMb)} ${f(row.peakRssMb, 12)}  ${row.fitsInDatasetSize === true ? 'yes' : 'no'}`,
      );
      previous = row;
    }
  }
}

await run('bench:audit', main);
