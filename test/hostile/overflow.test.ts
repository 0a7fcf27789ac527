// Headcounts may each be as large as the largest safe integer; their sums may not. Every analysis
// must still answer for such a dataset: without a throw, and without an unsafe number. Past the
// largest safe integer a lower bound stays there and an upper bound is open.
import { describe, expect, it } from 'vitest';
import {
  assessAllForAll,
  audit,
  exchangeRatio,
  ledger,
  mergeLedgers,
  parseDataset,
  receivedBy,
  safeParseDataset,
  type Dataset,
  type KnownCount,
} from '../../src/index.js';

const MAX = Number.MAX_SAFE_INTEGER;
const huge = { low: MAX - 1, high: MAX - 1 };
const cite = [{ url: 'https://example.org/report' }];

const exchange = (id: string, on: string) => ({
  id,
  parties: ['UA', 'RU'],
  status: 'completed' as const,
  stages: [{ on }],
  transfers: [
    { id: 't1', from: 'RU', to: 'UA', category: 'people', count: huge },
    { id: 't2', from: 'RU', to: 'UA', category: 'military', count: huge },
    { id: 't3', from: 'UA', to: 'RU', category: 'people', count: { low: 5, high: 5 } },
  ],
});

const parsed = safeParseDataset({
  format: 'swapledger/1',
  parties: [
    { id: 'UA', name: 'Ukraine', kind: 'state' },
    { id: 'RU', name: 'Russia', kind: 'state' },
  ],
  sources: [{ id: 'ua', name: 'Coordination HQ', kind: 'ministry', affiliation: 'UA' }],
  exchanges: [exchange('e1', '2023-01-01'), exchange('e2', '2023-02-01')],
  claims: [
    {
      id: 'c1',
      subject: { type: 'returned-total', to: 'UA', since: '2022-02-24' },
      value: huge,
      source: 'ua',
      statedOn: '2023-03-01',
      citations: cite,
    },
    {
      id: 'c3',
      subject: { type: 'held', holder: 'RU', of: 'UA', category: 'military' },
      value: huge,
      source: 'ua',
      statedOn: '2023-03-01',
      citations: cite,
    },
    {
      id: 'c5',
      subject: { type: 'held', holder: 'RU', of: 'UA', category: 'civilian' },
      value: huge,
      source: 'ua',
      statedOn: '2023-03-01',
      citations: cite,
    },
    {
      id: 'c4',
      subject: { type: 'transferred', exchange: 'e1', to: 'UA' },
      value: huge,
      breakdown: [
        { category: 'military', count: huge },
        { category: 'civilian', count: huge },
      ],
      source: 'ua',
      statedOn: '2023-01-01',
      citations: cite,
    },
  ],
});

const safe = (count: KnownCount) => {
  expect(Number.isSafeInteger(count.low)).toBe(true);
  if (count.high !== null) expect(Number.isSafeInteger(count.high)).toBe(true);
  if (count.best !== undefined) expect(Number.isSafeInteger(count.best)).toBe(true);
};

/** Every number anywhere in a value is a safe integer or a ratio, never past 2^53 as a count. */
function noUnsafeCounts(value: unknown): void {
  JSON.stringify(value, (key, v: unknown) => {
    if (typeof v === 'number' && ['low', 'high', 'best'].includes(key))
      expect(Number.isSafeInteger(v), `${key}: ${v}`).toBe(true);
    return v;
  });
}

describe('sums past the largest safe integer', () => {
  it('are a valid dataset to begin with', () => {
    expect(parsed.success).toBe(true);
  });
  const dataset = parsed.success ? parsed.data : (undefined as unknown as Dataset);

  it('audit without a throw', () => {
    const report = audit(dataset);
    noUnsafeCounts(report);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('keep the ledger safe: a lower bound at the largest safe integer, an open upper bound', () => {
    const book = ledger(dataset);
    const total = receivedBy(book, 'UA');
    safe(total.count);
    expect(total.count.low).toBe(MAX);
    expect(total.count.high).toBeNull();
    const merged = mergeLedgers(
      book,
      ledger(parseDataset({ ...dataset, claims: [], exchanges: [exchange('e3', '2023-03-01')] })),
    );
    noUnsafeCounts(merged);
    safe(receivedBy(merged, 'UA').count);
  });

  it('assess the all-for-all balance without a throw', () => {
    noUnsafeCounts(assessAllForAll(dataset));
  });

  it('give an exchange ratio without a throw', () => {
    const ratio = exchangeRatio(dataset.exchanges[0]!, ['UA', 'RU']);
    noUnsafeCounts(ratio.received);
    expect(ratio.received[0]).toMatchObject({ low: MAX, high: null });
  });
});
