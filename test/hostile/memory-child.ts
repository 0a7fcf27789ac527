// Run by memory.test.ts in a process of its own (node --expose-gc): streams an NDJSON dataset
// whose claims all come before the records they name, and prints how far the heap grew per claim.
import { validateNdjsonLines } from '../../src/dataset/_lib/ndjson.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const claims = Number(process.argv[2] ?? 100_000);
const sample = loadSampleDataset();

// Lines are made as they are read, so only what the validator keeps stays on the heap.
function* lines() {
  yield JSON.stringify({ header: { format: 'swapledger/1' } });
  for (let i = 0; i < claims; i += 1) {
    const claim = sample.claims[i % sample.claims.length]!;
    // Links are left out: they would name claims of the sample by ids these copies do not have.
    yield JSON.stringify({ claim: { ...claim, id: `claim-${i}`, links: undefined } });
  }
  for (const [kind, list] of [
    ['exchange', sample.exchanges],
    ['cohort', sample.cohorts ?? []],
    ['agreement', sample.agreements ?? []],
    ['source', sample.sources],
    ['party', sample.parties],
  ] as const)
    for (const record of list) yield JSON.stringify({ [kind]: record });
}

gc();
const before = process.memoryUsage().heapUsed;
let peak = 0;
let n = 0;
const measured = (function* () {
  for (const line of lines()) {
    n += 1;
    if (n % 10_000 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    yield line;
  }
})();
const result = await validateNdjsonLines(measured);
process.stdout.write(JSON.stringify({ issues: result.issueCount, perClaim: peak / claims }));
