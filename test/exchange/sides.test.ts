// Multilateral exchanges and exchanges that deliver on several agreements.
import { describe, expect, it } from 'vitest';
import {
  audit,
  exchangeRatio,
  ledger,
  safeParseDataset,
  type Dataset,
  type Exchange,
} from '../../src/index.js';
import { copy, seedDataset } from '../fixtures.js';

const n = (low: number) => ({ low, high: low });

// Several states release on one side; one side's two members also hand over between themselves.
const multilateral: Exchange = {
  id: 'multi',
  parties: ['A', 'B', 'C', 'D'],
  sides: [
    ['A', 'B'],
    ['C', 'D'],
  ],
  status: 'completed',
  stages: [{ on: '2024-08-01' }],
  transfers: [
    { id: 'to-C', from: 'A', to: 'C', category: 'people', count: n(3) },
    { id: 'to-D', from: 'B', to: 'D', category: 'people', count: n(5) },
    { id: 'to-A', from: 'C', to: 'A', category: 'people', count: n(8) },
    { id: 'within', from: 'A', to: 'B', category: 'people', count: n(100) },
    { id: 'to-B', from: 'D', to: 'B', category: 'people', count: n(16) },
  ],
};

const dataset = (exchange: Exchange): Dataset => ({
  format: 'swapledger/1',
  parties: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id, kind: 'state' as const })),
  sources: [],
  exchanges: [exchange],
  claims: [],
});

const codes = (d: Dataset) => {
  const r = safeParseDataset(d);
  return r.success ? [] : r.error.map((i) => `${i.path.join('.')} ${i.code}`);
};

describe('multilateral exchanges', () => {
  it('computes what each side received from the other, not what moved within a side', () => {
    const ratio = exchangeRatio(multilateral);
    expect(ratio.sides).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expect(ratio.received).toEqual([n(24), n(8)]);
    expect(ratio.ratio).toEqual({ low: 3, high: 3 });
    // Two parties as before.
    expect(exchangeRatio(multilateral, ['A', 'C']).received).toEqual([n(8), n(3)]);
    // Taken alone, B received 100 from A and 16 from D.
    expect(exchangeRatio(multilateral, [['B'], ['C', 'D']]).received).toEqual([n(116), n(8)]);
  });

  it('reports the asymmetry between sides', () => {
    const finding = audit(dataset(multilateral)).findings.find(
      (f) => f.code === 'asymmetric-exchange',
    );
    expect(finding?.message).toContain('A and B received 24');
    expect(finding?.message).toContain('C and D 8');
  });

  it('refuses sides that do not divide the parties', () => {
    expect(codes(dataset(multilateral))).toEqual([]);
    expect(
      codes(
        dataset({
          ...multilateral,
          sides: [
            ['A', 'B'],
            ['C', 'X'],
          ],
        }),
      ),
    ).toEqual(['exchanges.0.sides.1.1 invalid-reference', 'exchanges.0.sides invalid-reference']);
    expect(
      codes(
        dataset({
          ...multilateral,
          sides: [
            ['A', 'B', 'C'],
            ['C', 'D'],
          ],
        }),
      ),
    ).toEqual(['exchanges.0.sides invalid-reference']);
  });
});

describe('an exchange that delivers on several agreements', () => {
  it('counts its transfers toward each of them', () => {
    const d = copy(seedDataset());
    d.agreements = [
      ...(d.agreements ?? []),
      {
        id: 'extension',
        parties: ['UA', 'RU'],
        extends: 'all-for-all',
        terms: [{ formula: 'numbers', category: 'people', numbers: [{ to: 'UA', count: n(44) }] }],
      },
    ];
    d.exchanges = d.exchanges.map((e) => ({ ...e, agreements: ['extension'] }));
    expect(codes(d)).toEqual([]);
    const delivery = ledger(d).agreements.find((a) => a.agreement === 'extension' && a.to === 'UA');
    expect(delivery?.delivered.count).toEqual(n(44));
    expect(
      codes({ ...d, exchanges: d.exchanges.map((e) => ({ ...e, agreements: ['nope'] })) }),
    ).toEqual(['exchanges.0.agreements.0 unknown-reference']);
  });
});

describe('findings on multilateral exchanges and shared deliveries', () => {
  it('holds a figure with no direction against what each side received', () => {
    const d = dataset(multilateral);
    d.sources = [{ id: 'press', name: 'An outlet', kind: 'outlet', affiliation: null }];
    d.claims = [
      {
        id: 'released',
        subject: { type: 'transferred', exchange: 'multi' },
        value: n(24),
        source: 'press',
        citations: [{ url: 'https://example.org/released' }],
      },
    ];
    expect(audit(d).findings.filter((f) => f.code === 'claim-vs-record')).toEqual([]);
  });

  it('splits an exchange between the agreements it delivers on only as its parts say', () => {
    const d = copy(seedDataset());
    d.agreements = [
      {
        id: 'truce',
        parties: ['UA', 'RU'],
        terms: [{ formula: 'numbers', category: 'people', numbers: [{ to: 'UA', count: n(30) }] }],
      },
      {
        id: 'extension',
        parties: ['UA', 'RU'],
        extends: 'truce',
        terms: [{ formula: 'numbers', category: 'people', numbers: [{ to: 'UA', count: n(14) }] }],
      },
    ];
    d.exchanges = d.exchanges.map((e) => ({
      ...e,
      agreements: ['truce', 'extension'],
      transfers: e.transfers.map((t) =>
        t.to === 'UA'
          ? {
              ...t,
              breakdown: [
                { category: 'people', count: n(30), agreement: 'truce' },
                { category: 'people', count: n(14), agreement: 'extension' },
              ],
              breakdownComplete: true,
            }
          : t,
      ),
    }));
    expect(codes(d)).toEqual([]);
    const delivered = (id: string) =>
      ledger(d).agreements.find((a) => a.agreement === id && a.to === 'UA')?.delivered.count;
    expect(delivered('truce')).toEqual(n(30));
    expect(delivered('extension')).toEqual(n(14));
    expect(audit(d).findings.filter((f) => f.code === 'agreed-vs-delivered')).toEqual([]);
    // Without the split, each may have received anything from none to all 44.
    const unsplit = copy(d);
    unsplit.exchanges = unsplit.exchanges.map((e) => ({
      ...e,
      transfers: e.transfers.map(({ breakdown: _b, breakdownComplete: _c, ...t }) => t),
    }));
    expect(
      ledger(unsplit).agreements.find((a) => a.agreement === 'truce' && a.to === 'UA')?.delivered
        .count,
    ).toEqual({
      low: 0,
      high: 44,
    });
  });
});
