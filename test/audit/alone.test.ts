// Each check finds the same whether it runs in the full audit or alone. The checks share tables
// (reconciliations, running totals, groups of claims), which the audit drops after the last check
// that uses them; with every other code switched off, each table is built by the one check that
// runs, so a check that relied on another having run first, or on a table dropped too early,
// would answer differently here.
import { describe, expect, it } from 'vitest';
import {
  audit,
  findingCodes,
  safeParseDataset,
  type Dataset,
  type FindingCode,
} from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { longWar, theatres } from '../../bench/shapes.js';

const CODES = Object.keys(findingCodes) as FindingCode[];

/** The codes the full audit found, each checked alone against it. */
function eachAlone(dataset: Dataset): FindingCode[] {
  const full = audit(dataset);
  const found = [...new Set(full.findings.map((f) => f.code))];
  for (const code of found) {
    const alone = audit(dataset, { disable: CODES.filter((c) => c !== code) });
    expect(alone.findings).toEqual(full.findings.filter((f) => f.code === code));
  }
  // And two halves of the codes, each on its own, make up the whole.
  const half = CODES.filter((_, i) => i % 2 === 0);
  const a = audit(dataset, { disable: half });
  const b = audit(dataset, { disable: CODES.filter((c) => !half.includes(c)) });
  expect(
    [...a.findings, ...b.findings].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
  ).toEqual([...full.findings].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));
  return found;
}

/** Estimates of who is held that drop by more than the returns between them explain. */
function holdingsDrop(): Dataset {
  const held = (id: string, n: number, asOf: string, source: string) => ({
    id,
    subject: { type: 'held', holder: 'RU', of: 'UA' },
    value: { low: n, high: n },
    source,
    asOf,
    citations: [{ url: `https://example.org/${id}` }],
  });
  const checked = safeParseDataset({
    format: 'swapledger/1',
    parties: [
      { id: 'UA', name: 'Ukraine', kind: 'state' },
      { id: 'RU', name: 'Russia', kind: 'state' },
    ],
    sources: [
      { id: 'ua', name: 'UA HQ', kind: 'official', affiliation: 'UA' },
      { id: 'press', name: 'A news agency', kind: 'outlet', affiliation: null },
    ],
    exchanges: [
      {
        id: 'E1',
        parties: ['UA', 'RU'],
        status: 'completed',
        stages: [{ on: '2023-04-26' }],
        transfers: [
          { id: 'to-UA', from: 'RU', to: 'UA', category: 'people', count: { low: 40, high: 40 } },
          { id: 'to-RU', from: 'UA', to: 'RU', category: 'people', count: { low: 40, high: 40 } },
        ],
      },
    ],
    claims: [
      held('before', 300, '2023-03-01', 'ua'),
      held('after', 100, '2023-06-01', 'press'),
      held('after-too', 100, '2023-06-01', 'ua'),
    ],
  });
  if (!checked.success) throw new Error(JSON.stringify(checked.error));
  return checked.data;
}

describe('each check alone', () => {
  it('finds on the sample what it finds in the full audit', () => {
    expect(eachAlone(loadSampleDataset()).length).toBeGreaterThanOrEqual(10);
  });

  it('finds on generated shapes what it finds in the full audit', () => {
    const codes = new Set([
      ...eachAlone(longWar(3000, { seed: 3, statements: true })),
      ...eachAlone(theatres(1200)),
      ...eachAlone(holdingsDrop()),
    ]);
    // Every check that shares a table reports here, so each one builds its tables alone.
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'breakdowns-disagree',
        'record-vs-claims',
        'claim-vs-record',
        'agreed-vs-delivered',
        'claims-disagree',
        'cumulative-vs-ledger',
        'holdings-drop',
      ]),
    );
  });
});
