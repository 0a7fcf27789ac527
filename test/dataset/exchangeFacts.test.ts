// The validator reads an exchange's transfers, stages and parties by a scan when it has a few,
// and through tables when it has many (`exchangeScan` in src/dataset/_lib/references.ts). Here
// generated datasets of exchanges with up to 14 transfers, ids used twice, stages that do not
// exist, and claims naming transfers, receivers and stages right and wrong, are validated both
// ways, as a document and as a stream: the issues must be the same.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { safeParseDataset, type Dataset } from '../../src/index.js';
import { validateNdjsonLines } from '../../src/dataset/_lib/ndjson.js';
import { exchangeScan } from '../../src/dataset/_lib/references.js';
import { ndjsonLines } from '../ndjson-lines.js';

const DEFAULT_SCAN = { ...exchangeScan };
afterEach(() => {
  Object.assign(exchangeScan, DEFAULT_SCAN);
});

// Six parties exist; `p6` does not. Transfer ids come from a small pool, so some repeat.
const party = fc.constantFrom('p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6');
const transferId = fc.constantFrom('t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9');
const stage = fc.integer({ min: 0, max: 3 });

const exchange = (id: string) =>
  fc
    .record({
      parties: fc.uniqueArray(party, { minLength: 2, maxLength: 6 }),
      mediators: fc.option(fc.uniqueArray(party, { minLength: 1, maxLength: 3 }), {
        nil: undefined,
      }),
      custodians: fc.option(fc.uniqueArray(party, { minLength: 1, maxLength: 3 }), {
        nil: undefined,
      }),
      stages: fc.integer({ min: 1, max: 3 }),
      transfers: fc.array(
        fc.record({
          id: transferId,
          from: party,
          to: party,
          stage: fc.option(stage, { nil: undefined }),
        }),
        { minLength: 1, maxLength: 14 },
      ),
    })
    .map((e) => ({
      id,
      parties: e.parties,
      ...(e.mediators ? { mediators: e.mediators } : {}),
      ...(e.custodians ? { custodians: e.custodians } : {}),
      status: 'completed',
      stages: Array.from({ length: e.stages }, (_, k) => ({ on: `2023-01-0${k + 1}` })),
      transfers: e.transfers.map((t) => ({
        id: t.id,
        from: t.from,
        to: t.to,
        ...(t.stage === undefined ? {} : { stage: t.stage }),
        category: 'people',
        count: { low: 1, high: 1 },
        legalBasis: 'exchange',
      })),
    }));

// Claims about the exchanges `e0`-`e3` (some of which are not in the dataset) and `e9` (never),
// each field as often absent as given.
const half = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined, freq: 2 });
const claim = fc.record({
  exchange: fc.constantFrom('e0', 'e0', 'e0', 'e1', 'e2', 'e3', 'e9'),
  to: half(party),
  transfer: half(fc.oneof(transferId, fc.constant('t-none'))),
  throughStage: half(stage),
  parts: fc.array(fc.record({ stage: half(stage), to: half(party) }), { maxLength: 2 }),
});

const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    exchanges: fc
      .integer({ min: 1, max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => exchange(`e${k}`)))),
    claims: fc.array(claim, { maxLength: 20 }),
  })
  .map(
    ({ exchanges, claims }) =>
      ({
        format: 'swapledger/1',
        parties: ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'].map((id) => ({
          id,
          name: id,
          kind: 'state',
        })),
        sources: [{ id: 's0', name: 'A source', kind: 'official', affiliation: 'p0' }],
        exchanges,
        claims: claims.map((c, k) => ({
          id: `c${k}`,
          subject: {
            type: 'transferred',
            exchange: c.exchange,
            ...(c.to === undefined ? {} : { to: c.to }),
            ...(c.transfer === undefined ? {} : { transfer: c.transfer }),
            ...(c.throughStage === undefined ? {} : { throughStage: c.throughStage }),
          },
          value: { low: 1, high: 1 },
          source: 's0',
          statedOn: '2023-02-01',
          citations: [],
          ...(c.parts.length === 0
            ? {}
            : {
                breakdown: c.parts.map((p) => ({
                  category: 'people',
                  count: { low: 1, high: 1 },
                  ...(p.stage === undefined ? {} : { stage: p.stage }),
                  ...(p.to === undefined ? {} : { to: p.to }),
                })),
              }),
        })),
      }) as unknown as Dataset,
  );

/** The document's issues and the stream's, with every exchange read the given way. */
async function issuesWith(most: number, data: Dataset) {
  exchangeScan.most = most;
  const document = safeParseDataset(data);
  const stream = await validateNdjsonLines(ndjsonLines(data));
  return { document: document.success ? [] : document.error, stream: stream.issues };
}

/** Where an issue is, with list positions dropped: `claims.subject.transfer`. */
const placeOf = (path: readonly PropertyKey[]) =>
  path.filter((step) => typeof step === 'string').join('.');

describe('an exchange read by a scan or through tables', () => {
  it('gives the same issues, as a document and as a stream', async () => {
    const places = new Set<string>();
    let claims = 0;
    let claimsWithIssues = 0;
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        const scanned = await issuesWith(Number.MAX_SAFE_INTEGER, data);
        const tabled = await issuesWith(0, data);
        expect(tabled).toEqual(scanned);
        for (const issue of scanned.document) places.add(placeOf(issue.path));
        const wrong = new Set(
          scanned.document.filter((i) => i.path[0] === 'claims').map((i) => i.path[1]),
        );
        claims += data.claims.length;
        claimsWithIssues += wrong.size;
      }),
      { numRuns: 300, seed: 1612 },
    );
    // Every rule that reads an exchange was met broken, and some claims broke none, so neither way
    // was held only to the other's silence.
    expect([...places].sort()).toEqual(
      expect.arrayContaining([
        'claims.breakdown.stage',
        'claims.breakdown.to',
        'claims.subject.throughStage',
        'claims.subject.to',
        'claims.subject.transfer',
        'exchanges.transfers.from',
        'exchanges.transfers.id',
        'exchanges.transfers.to',
      ]),
    );
    expect(claimsWithIssues).toBeGreaterThan(claims / 10);
    expect(claimsWithIssues).toBeLessThan(claims * 0.95);
  });
});
