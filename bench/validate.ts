/**
 * Validation speed against a hand-written guard for the same record, in one process: single claims
 * (valid; invalid with its errors), then whole datasets of 10k, 100k and 1M claims. Ratios are
 * what matter: the guard is the practical limit. Run with `npm run bench:validate`.
 */
import { performance } from 'node:perf_hooks';
import { ClaimSchema, safeCreateClaim, safeParseDataset, type Claim } from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';
import { generateDataset } from './generate.js';
import { claimErrors, isClaim } from './guard.js';

function time(run: () => void, minMs = 400): number {
  run();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    run();
    n += 1;
  }
  return (performance.now() - started) / n;
}

const sample = loadSampleDataset();
const valid: Claim[] = JSON.parse(JSON.stringify(sample.claims)) as Claim[];
// Two problems: a count with low above high (inside the three-way count union) and 30 February.
const invalid = valid.map((c) => ({ ...c, value: { low: 9, high: 1 }, statedOn: '2023-02-30' }));
for (const c of valid)
  if (!isClaim(c) || !ClaimSchema.safeParse(c).success)
    throw new Error(`guard and schema disagree on ${c.id}`);

const rows: [string, number, number][] = [];
const per = (ms: number) => (ms / valid.length) * 1e6;
rows.push([
  'claim, valid',
  per(time(() => valid.forEach(isClaim))),
  per(time(() => valid.forEach((c) => safeCreateClaim(c)))),
]);
rows.push([
  'claim, invalid with errors',
  per(time(() => invalid.forEach(claimErrors))),
  per(time(() => invalid.forEach((c) => safeCreateClaim(c)))),
]);
const oneBad = valid.map((c) => ({ ...c, id: '' }));
rows.push([
  'claim, one bad field',
  per(time(() => oneBad.forEach(claimErrors))),
  per(time(() => oneBad.forEach((c) => safeCreateClaim(c)))),
]);
rows.push([
  'claim, plain zod safeParse',
  per(time(() => valid.forEach(isClaim))),
  per(time(() => valid.forEach((c) => ClaimSchema.safeParse(c)))),
]);

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
  const guard = time(() => dataset.claims.forEach(isClaim), 200);
  const claims = time(() => dataset.claims.forEach((c) => safeCreateClaim(c)), 200);
  const ours = time(() => safeParseDataset(dataset), 200);
  console.log(
    `${String(dataset.claims.length).padStart(9)} ${guard.toFixed(1).padStart(10)} ${claims.toFixed(1).padStart(19)} ${(claims / guard).toFixed(2).padStart(7)}× ${ours.toFixed(1).padStart(20)} ${(ours / guard).toFixed(2).padStart(7)}×`,
  );
}
