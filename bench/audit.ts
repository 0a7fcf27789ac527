/**
 * Audit and ledger at 10k, 100k and 1M claims, with peak memory and the growth ratio: each size
 * runs in a fresh child process so its peak resident memory is its own. The baseline, in the same
 * process, is one plain pass that groups the claims by subject key and adds up their lows: the
 * least any audit has to do. Run with `npm run bench:audit` (add `-- --sizes 10000,100000`).
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { audit, ledger, subjectKey } from '../src/index.js';
import { generateDataset } from './generate.js';

interface Row {
  claims: number;
  generateMs: number;
  baselineMs: number;
  ledgerMs: number;
  auditMs: number;
  findings: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

function measure(claims: number): Row {
  let started = performance.now();
  const dataset = generateDataset(claims);
  const generateMs = performance.now() - started;
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;

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

  started = performance.now();
  const report = audit(dataset);
  const auditMs = performance.now() - started;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    claims: dataset.claims.length,
    generateMs,
    baselineMs,
    ledgerMs,
    auditMs,
    findings: report.findings.length,
    rssBeforeMb,
    peakRssMb,
  };
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg > 0) {
  console.log(JSON.stringify(measure(Number(process.argv[sizeArg + 1]))));
} else {
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes =
    sizesArg > 0
      ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number)
      : [10_000, 100_000, 1_000_000];
  const self = fileURLToPath(import.meta.url);
  const rows: Row[] = sizes.map((size) => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--max-old-space-size=8192', self, '--size', String(size)],
      { encoding: 'utf8' },
    );
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Row;
  });
  const f = (n: number) => n.toFixed(0).padStart(9);
  console.log(
    'claims      ledger ms  audit ms   vs baseline  growth (time ×, per 10× data)  findings  peak RSS MB',
  );
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const growth = previous ? (row.auditMs / previous.auditMs).toFixed(2) + '×' : '—';
    console.log(
      `${String(row.claims).padStart(9)} ${f(row.ledgerMs)} ${f(row.auditMs)} ${(row.auditMs / row.baselineMs).toFixed(1).padStart(10)}×  ${growth.padStart(14)}  ${String(row.findings).padStart(22)} ${f(row.peakRssMb)}`,
    );
  });
}
