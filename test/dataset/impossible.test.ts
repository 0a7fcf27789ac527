// Data that cannot be true and used to pass validation (found by an attack on the package): each
// case failed before its rule was added, and the JSON and NDJSON readings refuse it alike.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, safeParseDataset, type Dataset } from '../../src/index.js';
import { validateNdjson } from '../../src/cli/ndjson.js';
import { ndjsonLines } from '../ndjson-lines.js';
import { copy, seedDataset } from '../fixtures.js';

const EXCHANGE = 'ua-ru-2023-04-26';

async function issues(change: (d: Dataset) => void): Promise<string[]> {
  const d = copy(seedDataset());
  change(d);
  const document = safeParseDataset(d);
  const fromDocument = document.success
    ? []
    : document.error.map((i) => `${i.path.slice(2).join('.')} ${i.code}`);
  const streamed = await validateNdjson(
    Readable.from([Buffer.from(`${ndjsonLines(d, { format: 'swapledger/1' }).join('\n')}\n`)]),
  );
  // The same problems, whichever way the dataset is read.
  expect(streamed.issues.map((i) => i.code).sort()).toEqual(
    (document.success ? [] : document.error.map((i) => i.code)).sort(),
  );
  return fromDocument;
}

const exchange = (d: Dataset) => d.exchanges.find((e) => e.id === EXCHANGE)!;

describe('impossible data is refused', () => {
  it('stages out of order even when no two neighbours are', async () => {
    expect(
      await issues((d) => {
        exchange(d).stages = [{ on: '2022-09-21' }, { on: '2022' }, { on: '2022-01-01' }];
      }),
    ).toEqual(['stages.2.on out-of-order']);
  });

  it('a party listed twice in one exchange', async () => {
    expect(
      await issues((d) => {
        exchange(d).parties = ['UA', 'RU', 'UA'];
      }),
    ).toEqual(['parties.2 duplicate-id']);
  });

  it('a transfer from a party to itself, or one that settles itself', async () => {
    expect(
      await issues((d) => {
        const [t0, t1] = exchange(d).transfers;
        t0!.from = t0!.to;
        t1!.settles = { exchange: EXCHANGE, transfer: t1!.id };
      }),
    ).toEqual(['transfers.0.to invalid-reference', 'transfers.1.settles invalid-reference']);
  });

  it('a claim pinned to a transfer that went the other way', async () => {
    expect(
      await issues((d) => {
        const claim = d.claims.find((c) => c.subject.type === 'transferred')!;
        const subject = claim.subject as Extract<
          Dataset['claims'][number]['subject'],
          { type: 'transferred' }
        >;
        const other = exchange(d).transfers.find((t) => t.to !== subject.to)!;
        claim.subject = { ...subject, transfer: other.id };
      }),
    ).toEqual(['subject.transfer invalid-reference']);
  });
});

describe('what is checked is what is returned', () => {
  it('reads the envelope once: a getter cannot answer one thing to the check and another to the result', () => {
    // Each getter answers as the check expects the first times it is read, then otherwise.
    let titleReads = 0;
    let formatReads = 0;
    const d = copy(seedDataset()) as Record<string, unknown>;
    Object.defineProperty(d, 'title', {
      enumerable: true,
      get: () => (titleReads++ === 0 ? 'A title' : { not: 'a string' }),
    });
    Object.defineProperty(d, 'format', {
      enumerable: true,
      get: () => (formatReads++ < 2 ? 'swapledger/1' : 'swapledger/999'),
    });
    const result = safeParseDataset(d);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.title).toBe('A title');
      expect(result.data.format).toBe('swapledger/1');
    }
  });
});

describe('sparse lists', () => {
  it('takes a hole in a list for a missing record, as the schema does', () => {
    const d = copy(seedDataset()) as Record<string, unknown>;
    // eslint-disable-next-line no-sparse-arrays
    d['claims'] = [, ...(d['claims'] as unknown[]), ,];
    const result = safeParseDataset(d);
    expect(result.success ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'claims.0 invalid-type',
      `claims.${(d['claims'] as unknown[]).length - 1} invalid-type`,
    ]);
    expect(DatasetSchema.safeParse(d).success).toBe(false);
  });

  it('refuses a list longer than a dataset may hold by its length, without reading it', () => {
    const d = copy(seedDataset()) as Record<string, unknown>;
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    d['claims'] = huge;
    const result = safeParseDataset(d);
    expect(result.success ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'claims too-large',
    ]);
  });
});

describe("the second edition's rules, found unenforced by a user's trial", () => {
  const total = (d: Dataset) => d.claims.find((c) => c.subject.type === 'transferred')!;

  it('a claim split by a stage its exchange lacks, or by stage with no exchange', async () => {
    expect(
      await issues((d) => {
        total(d).breakdown = [{ category: 'people', count: { low: 1, high: 1 }, stage: 5 }];
        d.claims.find((c) => c.subject.type === 'returned-total')!.breakdown = [
          { category: 'people', count: { low: 1, high: 1 }, stage: 0 },
        ];
      }),
    ).toEqual(['breakdown.0.stage invalid-reference', 'breakdown.0.stage invalid-reference']);
  });

  it('a destination outside the exchange, or other than the whole it splits', async () => {
    expect(
      await issues((d) => {
        const claim = total(d);
        const to = (claim.subject as { to?: string }).to;
        claim.breakdown = [
          { category: 'people', count: { low: 1, high: 1 }, to: to === 'UA' ? 'RU' : 'UA' },
        ];
        exchange(d).transfers[0]!.breakdown = [
          { category: 'people', count: { low: 1, high: 1 }, to: 'TR' },
        ];
      }),
    ).toEqual(['transfers.0.breakdown.0.to invalid-reference', 'breakdown.0.to invalid-reference']);
  });

  it('an asOf that overlaps its window without lying inside it', async () => {
    expect(
      await issues((d) => {
        const claim = total(d);
        claim.dated = { from: '2023-04', to: '2023-05' };
        claim.asOf = '2023';
      }),
    ).toEqual(['asOf out-of-order']);
  });

  it('agreements that extend themselves and claims that are shares of each other', async () => {
    expect(
      await issues((d) => {
        d.agreements = [
          { id: 'a1', parties: ['UA', 'RU'], terms: [], extends: 'a2' },
          { id: 'a2', parties: ['UA', 'RU'], terms: [], extends: 'a1' },
        ];
        const [c0, c1] = d.claims;
        c0!.share = { of: c1!.id, low: 0, high: 1 };
        c1!.share = { of: c0!.id, low: 0, high: 1 };
      }),
    ).toEqual(['extends cycle', 'extends cycle', 'share.of cycle', 'share.of cycle']);
  });

  it('a joint source without speakers, speakers on another kind, a speaker for another party', async () => {
    expect(
      await issues((d) => {
        d.sources.push(
          { id: 'j1', name: 'Joint', kind: 'joint', affiliation: null },
          {
            id: 'j2',
            name: 'Not joint',
            kind: 'official',
            affiliation: 'UA',
            speakers: [{ name: 'A' }, { name: 'B' }],
          },
          {
            id: 'j3',
            name: 'One voice',
            kind: 'joint',
            affiliation: 'UA',
            speakers: [
              { name: 'A', affiliation: 'UA' },
              { name: 'B', affiliation: 'RU' },
            ],
          },
        );
      }),
    ).toEqual([
      'speakers missing-field',
      'speakers invalid-value',
      'speakers.1.affiliation invalid-reference',
    ]);
  });
});
