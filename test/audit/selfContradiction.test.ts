// A source that gives several figures for one subject on one occasion: each claim is reported
// once, against an earlier claim it cannot stand with. Reporting every pair made k(k-1)/2
// findings for k figures, and a 30 MB dataset of such sources ran the audit out of memory.
import { describe, expect, it } from 'vitest';
import { audit, type Claim, type Dataset } from '../../src/index.js';

const dataset = (claims: Claim[], sources = 1): Dataset => ({
  format: 'swapledger/1',
  parties: [
    { id: 'UA', name: 'Ukraine', kind: 'state' },
    { id: 'RU', name: 'Russia', kind: 'state' },
  ],
  sources: Array.from({ length: sources }, (_, i) => ({
    id: `s${i}`,
    name: `S${i}`,
    kind: 'ministry' as const,
    affiliation: 'RU',
  })),
  exchanges: [],
  claims,
});
const held = (id: string, low: number, high: number | null, source = 's0'): Claim => ({
  id,
  subject: { type: 'held', holder: 'RU', of: 'UA' },
  value: { low, high },
  source,
  statedOn: '2023-04-26',
  asOf: '2023-04-26',
  citations: [],
});
const contradictions = (claims: Claim[], sources = 1) =>
  audit(dataset(claims, sources))
    .findings.filter((f) => f.code === 'self-contradiction')
    .map((f) => f.claims.join(' vs '));

describe('self-contradiction', () => {
  it('reports each figure once, however many the source gave', () => {
    const claims = Array.from({ length: 150 }, (_, i) =>
      held(`c${String(i).padStart(3, '0')}`, i + 1, i + 1),
    );
    const found = contradictions(claims);
    expect(found).toHaveLength(149);
    // Every claim after the first is in one finding, the last ones included.
    expect(new Set(found.map((f) => f.split(' vs ')[1])).size).toBe(149);
    expect(found).toContain('c000 vs c149');
  });

  it('finds two figures that cannot both be true behind one that allows both', () => {
    expect(contradictions([held('a', 1, 100), held('b', 10, 10), held('c', 20, 20)])).toEqual([
      'b vs c',
    ]);
    expect(contradictions([held('a', 1, 100), held('b', 30, null), held('c', 20, 20)])).toEqual([
      'b vs c',
    ]);
  });

  it('grows with the claims, not with their square', () => {
    const claims = Array.from({ length: 40 * 50 }, (_, i) =>
      held(`c${i}`, i + 1, i + 1, `s${i % 40}`),
    );
    expect(contradictions(claims, 40)).toHaveLength(40 * 49);
  });
});
