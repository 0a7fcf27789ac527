import { describe, expect, it } from 'vitest';
import { assessAllForAll, type Claim, type Dataset, type PartialDate } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const held = (
  id: string,
  holder: string,
  of: string,
  value: Claim['value'],
  extra: Partial<Claim['subject']> = {},
  date = '2023-04-01',
): Claim => ({
  id,
  subject: { type: 'held', holder, of, ...extra } as Claim['subject'],
  value,
  source: 's',
  asOf: date as PartialDate,
  citations: [{ url: 'https://example.org/x' }],
});
const dataset = (claims: Claim[]): Dataset => ({
  format: 'swapledger/1',
  parties: [
    { id: 'UA', name: 'Ukraine', kind: 'state' },
    { id: 'RU', name: 'Russia', kind: 'state' },
    {
      id: 'PMC',
      name: 'a private military company',
      kind: 'private-military-company',
      alignedWith: 'RU',
    },
  ],
  sources: [{ id: 's', name: 's', kind: 'official', affiliation: null }],
  exchanges: [],
  claims,
});

describe('assessAllForAll', () => {
  it('finds that Russia holds more on the sample, and says why it is uncertain', () => {
    const result = assessAllForAll(loadSampleDataset(), { parties: ['UA', 'RU'] });
    expect(result.verdict).toBe('holds-more');
    expect(result.holdsMore).toBe('RU');
    expect(result.holdings[1].byCategory.find((c) => c.category === 'military')?.count).toEqual({
      low: 3392,
      high: 3740,
    });
    expect(result.uncertainties.map((u) => u.code).sort()).toEqual([
      'dates-differ',
      'missing-people',
      'open-ended-estimate',
      'unestimated-category',
    ]);
    expect(result.message).toMatch(/^RU holds more/);
  });

  it('counts a private military company on the side it is aligned with, and flags it', () => {
    const result = assessAllForAll(
      dataset([
        held('h1', 'RU', 'UA', { low: 1000, high: 1000 }),
        held('h2', 'PMC', 'UA', { low: 200, high: 999 }, { onOfficialLists: false }),
        held('h3', 'UA', 'RU', { low: 1500, high: 1500 }),
      ]),
      { parties: ['UA', 'RU'] },
    );
    expect(result.holdings[1].total).toEqual({ low: 1200, high: 1999 });
    expect(result.imbalance).toEqual({ low: -499, high: 300 });
    expect(result.verdict).toBe('indeterminate');
    expect(result.uncertainties.map((u) => u.code)).toEqual(
      expect.arrayContaining(['off-official-lists', 'held-by-aligned-group']),
    );
  });

  it('is balanced within the tolerance, and uses only the latest estimates before the cut-off', () => {
    const claims = [
      held('old', 'RU', 'UA', { low: 5000, high: 5000 }, {}, '2022-06-01'),
      held('new', 'RU', 'UA', { low: 1010, high: 1010 }),
      held('ua', 'UA', 'RU', { low: 1000, high: 1000 }),
    ];
    expect(assessAllForAll(dataset(claims), { parties: ['UA', 'RU'], tolerance: 20 }).verdict).toBe(
      'balanced',
    );
    expect(assessAllForAll(dataset(claims), { parties: ['UA', 'RU'] })).toMatchObject({
      verdict: 'holds-more',
      holdsMore: 'RU',
    });
    expect(
      assessAllForAll(dataset(claims), { parties: ['UA', 'RU'], asOf: '2022-12-31' }).holdings[1]
        .total,
    ).toEqual({ low: 5000, high: 5000 });
  });

  it('is indeterminate when a side has no estimate', () => {
    const result = assessAllForAll(dataset([held('ua', 'UA', 'RU', { low: 10, high: 10 })]), {
      parties: ['UA', 'RU'],
    });
    expect(result.verdict).toBe('indeterminate');
    expect(result.imbalance).toBeNull();
    expect(result.uncertainties.map((u) => u.code)).toContain('no-estimate');
  });

  it('adds disjoint categories and bounds overlapping ones', () => {
    const claims = [
      held('m', 'RU', 'UA', { low: 100, high: 100 }, { category: 'military' }),
      held('c', 'RU', 'UA', { low: 50, high: 50 }, { category: 'civilian' }),
      held('o', 'UA', 'RU', { low: 30, high: 30 }, { category: 'officer' }),
      held('w', 'UA', 'RU', { low: 20, high: 20 }, { category: 'woman' }),
    ];
    const result = assessAllForAll(dataset(claims), { parties: ['UA', 'RU'] });
    expect(result.holdings[1].total).toEqual({ low: 150, high: 150 });
    expect(result.holdings[0].total).toEqual({ low: 30, high: 50 });
    expect(result.uncertainties.map((u) => u.code)).toContain('overlapping-categories');
  });
});
