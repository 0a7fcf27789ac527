// A finding may rest on more claims than a call can take as arguments: spreading them into a
// call (`push(...ids)`, `Math.min(...lows)`) overflowed the stack past about 120,000.
import { describe, expect, it } from 'vitest';
import { audit, type Dataset } from '../../src/index.js';

/** `n` estimates of one holding on one day, by two sources that all disagree. */
function disagreeingEstimates(n: number): Dataset {
  return {
    format: 'swapledger/1',
    parties: [
      { id: 'UA', name: 'Ukraine', kind: 'state' },
      { id: 'RU', name: 'Russia', kind: 'state' },
    ],
    sources: [
      { id: 'a', name: 'A', kind: 'ministry', affiliation: 'UA' },
      { id: 'b', name: 'B', kind: 'ministry', affiliation: 'RU' },
    ],
    exchanges: [],
    claims: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      subject: { type: 'held' as const, holder: 'RU', of: 'UA' },
      value: { low: i, high: i },
      source: i % 2 === 0 ? 'a' : 'b',
      statedOn: '2023-01-01',
      asOf: '2023-01-01',
      citations: [{ url: `https://example.org/${i}` }],
    })),
  };
}

describe('the audit of a finding resting on very many claims', () => {
  it('lists every claim and address instead of overflowing the stack', () => {
    const n = 130_000;
    const report = audit(disagreeingEstimates(n));
    const widest = report.findings.reduce((a, b) => (b.claims.length > a.claims.length ? b : a));
    expect(widest.claims.length).toBe(n);
    expect(widest.urls?.length).toBe(n);
  }, 120_000);
});
