// The audit cuts a large dataset into its independent parts and audits a batch of parts at a
// time (src/audit/_lib/parts.ts). Here pooled datasets of several wars, some of them sharing a
// source, a party or a record's id, are audited part by part and whole: the two reports must be
// the same, finding for finding.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { audit, CLAIM_LINK_TYPES, DATASET_COLLECTIONS, type Dataset } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { auditBatch, independentParts } from '../../src/audit/_lib/parts.js';
import { theatres } from '../../bench/shapes.js';
import { validDataset } from '../arbitraries.js';

const RECORD_LISTS = Object.keys(DATASET_COLLECTIONS) as (keyof typeof DATASET_COLLECTIONS)[];
// Fields holding words or addresses: never a record's id, whatever they read.
const WORDS = new Set(['name', 'title', 'description', 'url', 'quote', 'wording', 'note', 'label']);

/** The dataset with every id of its records, and every use of one, prefixed, except `kept`. */
function prefixed(dataset: Dataset, prefix: string, kept: ReadonlySet<string>): Dataset {
  const ids = new Set<string>();
  for (const name of RECORD_LISTS)
    for (const record of (dataset[name] ?? []) as { id: string }[]) ids.add(record.id);
  const rename = (value: unknown, key: string): unknown => {
    if (typeof value === 'string')
      return !WORDS.has(key) && ids.has(value) && !kept.has(value) ? prefix + value : value;
    if (Array.isArray(value)) return value.map((v) => rename(v, key));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, k)]));
    return value;
  };
  return rename(dataset, '') as Dataset;
}

/**
 * One dataset holding each of `wars` in turn. A record whose id an earlier war's record of its kind
 * has is left out: the wars share that record, and each id names one record, as in a valid dataset.
 */
function pooled(wars: readonly Dataset[]): Dataset {
  const out: Record<string, unknown> = { format: 'swapledger/1' };
  for (const name of RECORD_LISTS)
    if (wars.some((w) => w[name] !== undefined)) {
      const seen = new Set<string>();
      out[name] = wars
        .flatMap((w) => (w[name] ?? []) as { id: string }[])
        .filter((r) => !seen.has(r.id) && seen.add(r.id));
    }
  return out as unknown as Dataset;
}

/** The audit of `dataset` with every part audited alone, and whole. */
function bothWays(dataset: Dataset) {
  Object.assign(auditBatch, { records: 1, least: 0 });
  const cut = audit(dataset);
  auditBatch.records = Number.MAX_SAFE_INTEGER;
  const whole = audit(dataset);
  return { cut, whole };
}

const DEFAULT_BATCH = { ...auditBatch };
afterEach(() => {
  Object.assign(auditBatch, DEFAULT_BATCH);
});

describe('auditing part by part', () => {
  it('gives the report of the whole on pooled wars, some sharing a name', () => {
    let cutRuns = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            war: validDataset,
            // Left as they are: the first war that has such a record shares it with every other
            // war that keeps its id.
            kept: fc.subarray(['s0', 'p2', 'p3', 'x0', 'c0']),
            // A link from this war's first claim to the first claim of the first war.
            link: fc.option(fc.constantFrom(...CLAIM_LINK_TYPES), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (wars) => {
          const dataset = pooled(
            wars.map((w, k) => {
              const war = prefixed(w.war, `w${k}-`, new Set(w.kept));
              const [first, ...rest] = war.claims;
              const target = wars[0]?.war.claims[0]?.id;
              if (k === 0 || w.link === undefined || !first || target === undefined) return war;
              const linked = { ...first, links: [{ type: w.link, claim: `w0-${target}` }] };
              return { ...war, claims: [linked, ...rest] };
            }),
          );
          if (independentParts(dataset, 1, 0).length > 1) cutRuns += 1;
          const { cut, whole } = bothWays(dataset);
          expect(cut).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
    // Most runs were cut: the comparison was not of one dataset with itself.
    expect(cutRuns).toBeGreaterThan(150);
  });

  it('gives the report of the whole on copies of the sample', () => {
    const dataset = theatres(1000);
    expect(independentParts(dataset, 1, 0)).toHaveLength(7);
    const { cut, whole } = bothWays(dataset);
    expect(cut.findings.length).toBeGreaterThan(100);
    expect(cut).toEqual(whole);
  });

  it('keeps two wars citing one source together', () => {
    const sample = loadSampleDataset();
    const source = (sample.sources[0] as { id: string }).id;
    const shared = pooled([sample, prefixed(sample, 'b-', new Set([source]))]);
    const apart = pooled([sample, prefixed(sample, 'b-', new Set())]);
    expect(independentParts(shared, 1, 0)).toHaveLength(1);
    expect(independentParts(apart, 1, 0)).toHaveLength(2);
    for (const dataset of [shared, apart]) {
      const { cut, whole } = bothWays(dataset);
      expect(cut).toEqual(whole);
    }
  });

  it('keeps two wars together through an agreement or a claim one names of the other', () => {
    const sample = loadSampleDataset();
    const copy = prefixed(sample, 'b-', new Set());
    const agreement = (sample.agreements?.[0] as { id: string }).id;
    const underOne: Dataset = pooled([
      sample,
      { ...copy, exchanges: copy.exchanges.map((e) => ({ ...e, agreement })) },
    ]);
    const claim = sample.claims.find(
      (c) => c.subject.type === 'transferred',
    ) as Dataset['claims'][0];
    const revised: Dataset = pooled([
      sample,
      {
        ...copy,
        claims: [
          ...copy.claims,
          {
            ...claim,
            id: 'b-revision',
            // Given by a source of the copy, about a figure of the sample.
            source: `b-${claim.source}`,
            value: { low: 1, high: 1 },
            links: [{ type: 'revises', claim: claim.id }],
          },
        ],
      },
    ]);
    for (const dataset of [underOne, revised]) {
      expect(independentParts(dataset, 1, 0)).toHaveLength(1);
      const { cut, whole } = bothWays(dataset);
      expect(cut).toEqual(whole);
    }
  });

  it('leaves to the whole audit what it cannot read', () => {
    const sample = loadSampleDataset();
    const two = pooled([sample, prefixed(sample, 'b-', new Set())]);
    const outcome = (dataset: Dataset) => {
      try {
        return audit(dataset);
      } catch (error) {
        return String(error);
      }
    };
    const [claim, other] = two.claims as [Dataset['claims'][0], Dataset['claims'][0]];
    for (const odd of [
      { ...two, claims: {} },
      { ...two, statements: { length: 1 } },
      {
        ...two,
        exchanges: [{ ...two.exchanges[0], transfers: 'none' }, ...two.exchanges.slice(1)],
      },
      // A statement of an unknown kind, and links that are no list, cannot be walked.
      {
        ...two,
        statements: [{ id: 'st', source: claim.source, citations: [], about: { type: 'rumour' } }],
      },
      {
        ...two,
        claims: [{ ...claim, links: { type: 'revises', claim: other.id } }, ...two.claims.slice(1)],
      },
    ] as unknown as Dataset[]) {
      expect(independentParts(odd, 1, 0)).toEqual([odd]);
      Object.assign(auditBatch, { records: 1, least: 0 });
      const cut = outcome(odd);
      auditBatch.records = Number.MAX_SAFE_INTEGER;
      expect(cut).toEqual(outcome(odd));
    }
  });

  it('lists the records of a batch in the dataset order', () => {
    const dataset = theatres(500);
    const parts = independentParts(dataset, 1, 0);
    const order = new Map(dataset.claims.map((c, k) => [c, k]));
    for (const part of parts) {
      const at = part.claims.map((c) => order.get(c) as number);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
    expect(parts.flatMap((p) => p.claims)).toHaveLength(dataset.claims.length);
  });

  it('gathers parts into batches of at least the size asked', () => {
    const dataset = theatres(2000);
    const records = (d: Dataset) => RECORD_LISTS.reduce((n, name) => n + (d[name]?.length ?? 0), 0);
    const batches = independentParts(dataset, 1000, 0);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches.slice(0, -1)) expect(records(batch)).toBeGreaterThanOrEqual(1000);
    expect(batches.reduce((n, b) => n + records(b), 0)).toBe(records(dataset));
  });

  it('keeps whole a dataset that is one part, small, in one batch, or naming transfers with a /', () => {
    const sample = loadSampleDataset();
    expect(independentParts(sample, 1, 0)).toEqual([sample]);
    const two = pooled([sample, prefixed(sample, 'b-', new Set())]);
    expect(independentParts(two, 10_000, 0)[0]).toBe(two);
    // Of no more records than the least the audit cuts: whole, however many parts.
    const theatresOf = theatres(5000);
    expect(independentParts(theatresOf, 1)).toEqual([theatresOf]);
    expect(independentParts(theatresOf, 1, 0).length).toBeGreaterThan(30);
    const exchange = two.exchanges[0] as Dataset['exchanges'][number];
    const slashed: Dataset = {
      ...two,
      exchanges: [
        {
          ...exchange,
          transfers: exchange.transfers.map((t, k) => (k === 0 ? { ...t, id: `${t.id}/a` } : t)),
        },
        ...two.exchanges.slice(1),
      ],
    };
    expect(independentParts(slashed, 1, 0)).toEqual([slashed]);
  });
});
