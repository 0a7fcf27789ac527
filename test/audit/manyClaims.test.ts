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

  it('names a dozen figures in the message at most, and says how many lie between', () => {
    const report = audit(disagreeingEstimates(1000));
    const finding = report.findings.find((f) => f.code === 'claims-disagree');
    expect(finding?.claims).toHaveLength(1000);
    const voices = finding?.message.split(': ').slice(1).join(': ').split('; ') ?? [];
    expect(voices).toHaveLength(13);
    expect(voices.slice(0, 6)).toEqual(
      ['0', '1', '2', '3', '4', '5'].map((v, i) => `${i % 2 === 0 ? 'A' : 'B'} gives ${v}`),
    );
    expect(voices[6]).toBe('988 other figures between');
    expect(voices[12]).toBe('B gives 999.');
    // Thirteen: one between.
    const thirteen = audit(disagreeingEstimates(13)).findings.find(
      (f) => f.code === 'claims-disagree',
    );
    expect(thirteen?.message).toContain('; 1 other figure between; ');
    // Up to twelve, every one.
    const few = audit(disagreeingEstimates(12)).findings.find((f) => f.code === 'claims-disagree');
    expect(few?.message.split('; ')).toHaveLength(12);
  });
});
