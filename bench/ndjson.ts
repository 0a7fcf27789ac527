/**
 * Streams NDJSON files of 100k and 1M records through the validator of `swapledger validate`, each
 * in a fresh process so its peak memory is its own, and reports records per second and peak
 * resident memory, also with the heap capped at 256 MB (the records are not kept, only their ids,
 * so the heap a file needs grows with its number of records, not with their size). The baseline,
 * in the same process, reads the same file line by line and only parses the JSON. Run with `npm run bench:ndjson` (add `-- --sizes 100000,1000000`).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { validateNdjson } from '../src/cli/ndjson.js';
import { generateDataset } from './generate.js';

async function writeNdjson(path: string, records: number): Promise<void> {
  const dataset = generateDataset(records);
  const out = createWriteStream(path);
  const write = (line: string) =>
    new Promise<void>((resolve) =>
      out.write(`${line}\n`) ? resolve() : out.once('drain', () => resolve()),
    );
  await write(JSON.stringify({ header: { format: dataset.format } }));
  for (const party of dataset.parties) await write(JSON.stringify({ party }));
  for (const source of dataset.sources) await write(JSON.stringify({ source }));
  for (const exchange of dataset.exchanges) await write(JSON.stringify({ exchange }));
  for (const claim of dataset.claims) await write(JSON.stringify({ claim }));
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function measure(path: string) {
  let started = performance.now();
  let lines = 0;
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Infinity,
  })) {
    if (line !== '') JSON.parse(line);
    lines += 1;
  }
  const baselineMs = performance.now() - started;
  started = performance.now();
  const result = await validateNdjson(createReadStream(path));
  const validateMs = performance.now() - started;
  return {
    records: result.records,
    issues: result.issueCount,
    mb: result.bytes / 2 ** 20,
    baselineMs,
    validateMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    lines,
  };
}

const fileArg = process.argv.indexOf('--file');
if (fileArg > 0) {
  console.log(JSON.stringify(await measure(process.argv[fileArg + 1] ?? '')));
} else {
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes =
    sizesArg > 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number) : [100_000, 1_000_000];
  const dir = mkdtempSync(join(tmpdir(), 'swapledger-ndjson-'));
  try {
    console.log(
      'records     MB   validate s  records/s   vs parse only  issues  peak RSS MB  (heap capped at 256 MB)',
    );
    for (const size of sizes) {
      const path = join(dir, `${size}.ndjson`);
      await writeNdjson(path, size);
      const child = (flags: string[]) => {
        const out = execFileSync(
          process.execPath,
          [...flags, '--import', 'tsx', fileURLToPath(import.meta.url), '--file', path],
          { encoding: 'utf8' },
        );
        return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Awaited<
          ReturnType<typeof measure>
        >;
      };
      const row = child([]);
      // The same run with the heap capped: it still fits, since only ids are kept; without a cap,
      // V8 lets the heap grow lazily and resident memory follows.
      const capped = child(['--max-old-space-size=256', '--max-semi-space-size=4']);
      console.log(
        `${String(row.records).padStart(9)} ${row.mb.toFixed(0).padStart(6)} ${(row.validateMs / 1000).toFixed(1).padStart(10)} ${Math.round(
          row.records / (row.validateMs / 1000),
        )
          .toLocaleString('en-US')
          .padStart(
            10,
          )} ${(row.validateMs / row.baselineMs).toFixed(1).padStart(12)}× ${String(row.issues).padStart(7)} ${row.peakRssMb.toFixed(0).padStart(11)} ${capped.peakRssMb.toFixed(0).padStart(22)}`,
      );
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
