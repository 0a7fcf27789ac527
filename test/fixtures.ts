// A small, valid dataset taken from the embedded sample: the 26 April 2023 exchange (44 returned
// to Ukraine by Kyiv's count, 40 to Russia by Moscow's), with its sources and claims, plus one
// running total and one holdings estimate. Tests mutate copies of it.
import type { Dataset } from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';

export function seedDataset(): Dataset {
  const sample = loadSampleDataset();
  const exchanges = sample.exchanges.filter((e) => e.id === 'ua-ru-2023-04-26');
  const claims = sample.claims.filter(
    (c) => c.exchange === 'ua-ru-2023-04-26' || c.id === 'total/15' || c.id === 'holdings/06',
  );
  const used = new Set(
    claims.flatMap((c) => [
      c.source,
      ...c.citations.flatMap((x) => (x.reportedBy ? [x.reportedBy] : [])),
    ]),
  );
  return {
    format: 'swapledger/1',
    parties: sample.parties.filter((p) => ['UA', 'RU', 'DPR', 'TR'].includes(p.id)),
    sources: sample.sources.filter((s) => used.has(s.id)),
    cohorts: [{ id: 'azovstal-defenders', name: 'defenders of the Azovstal steelworks' }],
    agreements: [
      {
        id: 'all-for-all',
        parties: ['UA', 'RU'],
        terms: [{ formula: 'all-for-all', category: 'people' }],
      },
    ],
    exchanges,
    claims,
  };
}

/** A deep copy that tests may change freely. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
