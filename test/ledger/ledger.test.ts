import { describe, expect, it } from 'vitest';
import { ledger, receivedBy, type Dataset, type Exchange } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const base = (exchanges: Exchange[], extra: Partial<Dataset> = {}): Dataset => ({
  format: 'swapledger/1',
  parties: [
    { id: 'A', name: 'A', kind: 'state' },
    { id: 'B', name: 'B', kind: 'state' },
    { id: 'T', name: 'T', kind: 'state' },
  ],
  sources: [{ id: 's', name: 's', kind: 'official', affiliation: 'A' }],
  exchanges,
  claims: [],
  ...extra,
});
const x = (
  id: string,
  on: string[],
  transfers: Exchange['transfers'],
  extra: Partial<Exchange> = {},
): Exchange => ({
  id,
  parties: ['A', 'B'],
  status: 'completed',
  stages: on.map((d) => ({ on: d as Exchange['stages'][number]['on'] })),
  transfers,
  ...extra,
});
const t = (
  id: string,
  to: string,
  n: number | null,
  category = 'people',
  extra: Partial<Exchange['transfers'][number]> = {},
) => ({
  id,
  from: to === 'A' ? 'B' : 'A',
  to,
  category,
  count: n === null ? ({ status: 'undisclosed' } as const) : { low: n, high: n },
  ...extra,
});

describe('ledger', () => {
  it('adds up the sample as honest intervals, widening on the day of an exchange', () => {
    const book = ledger(loadSampleDataset());
    // Before the 6 May 2022 swap, nine exchanges; on that day, it may or may not be in.
    expect(receivedBy(book, 'UA', { asOf: '2022-05-05', since: '2022-02-24' }).count).toEqual({
      low: 298,
      high: 298,
    });
    expect(receivedBy(book, 'UA', { asOf: '2022-05-06', since: '2022-02-24' }).count).toEqual({
      low: 298,
      high: 339,
    });
    expect(receivedBy(book, 'UA', { asOf: '2022-05-07', since: '2022-02-24' }).count).toEqual({
      low: 339,
      high: 339,
    });
    // The 210 bodies of Mariupol defenders returned by June 2022: 160 + 50.
    expect(receivedBy(book, 'UA', { category: 'remains', asOf: '2022-06-30' }).count).toEqual({
      low: 210,
      high: 210,
    });
    // Remains are never counted as people.
    const people = receivedBy(book, 'UA', { asOf: '2022-06-30' });
    expect(people.certain.some((r) => r.includes('bodies'))).toBe(false);
  });

  it('counts only delivered exchanges, and keeps unknown figures open', () => {
    const book = ledger(
      base([
        x('x1', ['2023-01-01'], [t('a', 'A', 10)]),
        x('x2', ['2023-02-01'], [t('a', 'A', 5)], { status: 'cancelled' }),
        x('x3', ['2023-03-01'], [t('a', 'A', 7)], { status: 'partly-done' }),
        x('x4', ['2023-04-01'], [t('a', 'A', null)]),
      ]),
    );
    expect(receivedBy(book, 'A', { asOf: '2023-03-31' }).count).toEqual({ low: 17, high: 17 });
    const all = receivedBy(book, 'A');
    expect(all.count).toEqual({ low: 17, high: null });
    expect(all.unknown).toEqual(['x4/a']);
  });

  it('spans several stages and honours a stage number and a month', () => {
    const book = ledger(
      base([
        x(
          'x1',
          ['2022-09-21', '2022-09-22'],
          [t('a', 'A', 200), t('b', 'A', 15, 'people', { stage: 1 })],
        ),
        x('x2', ['2023-03'], [t('a', 'B', 5)]),
      ]),
    );
    expect(receivedBy(book, 'A', { asOf: '2022-09-21' }).count).toEqual({ low: 0, high: 200 });
    expect(receivedBy(book, 'A', { asOf: '2022-09-22' }).count).toEqual({ low: 0, high: 215 });
    expect(receivedBy(book, 'A', { asOf: '2022-09-23' }).count).toEqual({ low: 215, high: 215 });
    expect(receivedBy(book, 'B', { asOf: '2023-03-15' }).count).toEqual({ low: 0, high: 5 });
    expect(receivedBy(book, 'B', { asOf: '2023-04' }).count).toEqual({ low: 5, high: 5 });
    expect(receivedBy(book, 'B', { since: '2023-03-20' }).count).toEqual({ low: 0, high: 5 });
  });

  it('counts categories from narrower transfers and breakdowns, bounded by broader ones', () => {
    const book = ledger(
      base([
        x('x1', ['2023-01-01'], [t('a', 'A', 10, 'military'), t('b', 'A', 2, 'civilian')]),
        x(
          'x2',
          ['2023-02-01'],
          [
            t('a', 'A', 20, 'people', {
              breakdown: [
                { category: 'officer', count: { low: 4, high: 4 } },
                { category: 'civilian', count: { low: 1, high: 1 } },
              ],
            }),
          ],
        ),
      ]),
    );
    expect(receivedBy(book, 'A', { category: 'military' }).count).toEqual({ low: 14, high: 30 });
    expect(receivedBy(book, 'A', { category: 'civilian' }).count).toEqual({ low: 3, high: 22 });
    expect(receivedBy(book, 'A', { category: 'remains' }).count).toEqual({ low: 0, high: 0 });
    expect(receivedBy(book, 'A').count).toEqual({ low: 32, high: 32 });
  });

  it('sets agreed against delivered, tracks cohorts, and lists settlements', () => {
    const dataset = base(
      [
        x(
          'x1',
          ['2022-09-21'],
          [
            t('a', 'T', 5, 'officer', {
              cohorts: [{ cohort: 'commanders' }],
              legalBasis: 'custody-transfer',
            }),
          ],
          { parties: ['A', 'B'], custodians: ['T'] },
        ),
        x(
          'x2',
          ['2023-07-08'],
          [
            {
              id: 'back',
              from: 'T',
              to: 'B',
              category: 'officer',
              count: { low: 5, high: 5 },
              cohorts: [{ cohort: 'commanders' }],
              settles: { exchange: 'x1', transfer: 'a' },
            },
          ],
          { parties: ['B', 'T'] },
        ),
        x('x3', ['2022-10-17'], [t('a', 'A', 108), t('b', 'B', 110)], { agreement: 'deal' }),
      ],
      {
        cohorts: [{ id: 'commanders', name: 'commanders', knownSize: { low: 5, high: 5 } }],
        agreements: [
          {
            id: 'deal',
            parties: ['A', 'B'],
            terms: [
              {
                formula: 'numbers',
                category: 'people',
                numbers: [{ to: 'A', count: { low: 110, high: 110 } }],
              },
              { formula: 'all-for-all', category: 'remains' },
            ],
          },
        ],
      },
    );
    const book = ledger(dataset);
    expect(
      book.agreements.map((a) => [a.to, a.category, a.agreed, a.delivered.count, a.shortfall]),
    ).toEqual([
      ['A', 'people', { low: 110, high: 110 }, { low: 108, high: 108 }, { low: 2, high: 2 }],
      ['A', 'remains', 'all', { low: 0, high: 0 }, null],
      ['B', 'remains', 'all', { low: 0, high: 0 }, null],
    ]);
    expect(book.cohorts).toEqual([
      expect.objectContaining({
        cohort: 'commanders',
        returned: expect.objectContaining({ count: { low: 5, high: 5 }, certain: ['x2/back'] }),
        remaining: { low: 0, high: 0 },
      }),
    ]);
    expect(book.settlements).toEqual([
      { transfer: 'x2/back', settles: 'x1/a', on: '2023-07-08', settledOn: '2022-09-21' },
    ]);
  });

  it('orders entries by date, whatever the order of the exchanges', () => {
    const a = ledger(
      base([x('x2', ['2023-02-01'], [t('a', 'A', 1)]), x('x1', ['2023-01-01'], [t('a', 'A', 1)])]),
    );
    const b = ledger(
      base([x('x1', ['2023-01-01'], [t('a', 'A', 1)]), x('x2', ['2023-02-01'], [t('a', 'A', 1)])]),
    );
    expect(a).toEqual(b);
    expect(a.entries.map((e) => e.exchange)).toEqual(['x1', 'x2']);
  });
});

describe('a cohort within a category', () => {
  const withCohort = (transfer: Exchange['transfers'][number]): Dataset => ({
    format: 'swapledger/1',
    parties: [
      { id: 'UA', name: 'Ukraine', kind: 'state' },
      { id: 'RU', name: 'Russia', kind: 'state' },
    ],
    sources: [],
    cohorts: [{ id: 'X', name: 'X', categories: ['military'] }],
    exchanges: [
      {
        id: 'e1',
        parties: ['UA', 'RU'],
        status: 'completed',
        stages: [{ on: '2022-05-10' }],
        transfers: [transfer],
      },
    ],
    claims: [],
  });

  it('counts a cohort named for a whole transfer of people from none to all of a narrower category', () => {
    const book = ledger(
      withCohort({
        id: 't',
        from: 'RU',
        to: 'UA',
        category: 'people',
        count: { low: 50, high: 50 },
        cohorts: [{ cohort: 'X', count: { low: 50, high: 50 } }],
      }),
    );
    expect(receivedBy(book, 'UA', { category: 'civilian', cohort: 'X' }).count).toEqual({
      low: 0,
      high: 50,
    });
  });

  it('adds up every part naming the cohort, and only those of the category asked for', () => {
    const book = ledger(
      withCohort({
        id: 't',
        from: 'RU',
        to: 'UA',
        category: 'people',
        count: { low: 44, high: 44 },
        breakdown: [
          { category: 'officer', count: { low: 6, high: 6 }, cohort: 'X' },
          { category: 'enlisted', count: { low: 30, high: 30 }, cohort: 'X' },
          { category: 'civilian', count: { low: 2, high: 2 } },
        ],
      }),
    );
    expect(receivedBy(book, 'UA', { category: 'people', cohort: 'X' }).count).toEqual({
      low: 36,
      high: 36,
    });
    expect(receivedBy(book, 'UA', { category: 'civilian', cohort: 'X' }).count).toEqual({
      low: 0,
      high: 0,
    });
    expect(book.cohorts.find((c) => c.cohort === 'X')?.returned.count).toEqual({
      low: 36,
      high: 36,
    });
  });
});
