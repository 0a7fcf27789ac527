import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAllows, exchangeRatio, type Exchange, type Transfer } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { knownCount } from '../arbitraries.js';

const exchange = (transfers: Transfer[]): Exchange => ({
  id: 'x',
  parties: ['UA', 'RU'],
  status: 'completed',
  stages: [{ on: '2023-04-26' }],
  transfers,
});
const t = (id: string, to: string, count: Transfer['count'], category = 'people'): Transfer => ({
  id,
  from: to === 'UA' ? 'RU' : 'UA',
  to,
  category,
  count,
});

describe('exchangeRatio', () => {
  it('derives the ratio from the transfers of the sample', () => {
    const sample = loadSampleDataset();
    const find = (id: string) => sample.exchanges.find((e) => e.id === id)!;
    expect(exchangeRatio(find('ua-ru-2023-04-26')).ratio).toEqual({ low: 1.1, high: 1.1 });
    expect(exchangeRatio(find('ua-ru-2023-05-06')).ratio).toEqual({ low: 15, high: 15 });
    expect(exchangeRatio(find('ua-ru-2022-03-16-melitopol-mayor')).ratio).toEqual({
      low: 1 / 9,
      high: 1 / 9,
    });
    expect(exchangeRatio(find('ua-ru-2023-08-07')).received[1]).toEqual({
      status: 'undisclosed',
      wording: 'Moscow did not comment',
    });
    expect(exchangeRatio(find('ua-ru-2023-08-07')).ratio).toBeNull();
  });

  it('counts people and remains apart, and sums several transfers to one side', () => {
    const x = exchange([
      t('a', 'UA', { low: 10, high: 10 }, 'military'),
      t('b', 'UA', { low: 2, high: 2 }, 'civilian'),
      t('c', 'UA', { low: 62, high: 62 }, 'remains'),
      t('d', 'RU', { low: 6, high: 6 }),
    ]);
    expect(exchangeRatio(x).received).toEqual([
      { low: 12, high: 12 },
      { low: 6, high: 6 },
    ]);
    expect(exchangeRatio(x).ratio).toEqual({ low: 2, high: 2 });
    expect(exchangeRatio(x, ['UA', 'RU'], 'remains').received[0]).toEqual({ low: 62, high: 62 });
    expect(exchangeRatio(x, ['RU', 'UA']).ratio).toEqual({ low: 0.5, high: 0.5 });
  });

  it('has no ratio for a one-way release, and an open one for an open count', () => {
    expect(exchangeRatio(exchange([t('a', 'UA', { low: 5, high: 5 })])).ratio).toBeNull();
    expect(
      exchangeRatio(
        exchange([t('a', 'UA', { low: 5, high: null }), t('b', 'RU', { low: 1, high: 1 })]),
      ).ratio,
    ).toEqual({ low: 5, high: null });
  });

  it('contains the ratio of any members of the two counts', () => {
    fc.assert(
      fc.property(knownCount, knownCount, fc.nat(), fc.nat(), (a, b, pa, pb) => {
        const result = exchangeRatio(exchange([t('a', 'UA', a), t('b', 'RU', b)]));
        const x = a.low + (pa % ((a.high ?? a.low + 100) - a.low + 1));
        const y = b.low + (pb % ((b.high ?? b.low + 100) - b.low + 1));
        fc.pre(countAllows(a, x) && countAllows(b, y) && y > 0 && b.high !== 0);
        const r = result.ratio!;
        expect(x / y).toBeGreaterThanOrEqual(r.low - 1e-9);
        if (r.high !== null) expect(x / y).toBeLessThanOrEqual(r.high + 1e-9);
      }),
    );
  });
});
