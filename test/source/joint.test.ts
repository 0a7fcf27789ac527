// Joint statements, reference works and archives as sources; agreements that carry their source.
import { describe, expect, it } from 'vitest';
import { safeParseDataset, type Dataset } from '../../src/index.js';
import { copy, seedDataset } from '../fixtures.js';

const codes = (d: Dataset) => {
  const r = safeParseDataset(d);
  return r.success ? [] : r.error.map((i) => `${i.path.join('.')} ${i.code}`);
};

describe('sources of the second edition', () => {
  it('names the speakers of a joint statement and checks whom they speak for', () => {
    const d = copy(seedDataset());
    d.sources.push({
      id: 'joint',
      name: 'Joint statement of the presidents',
      kind: 'joint',
      affiliation: null,
      speakers: [
        { name: 'President of one state', affiliation: 'UA' },
        { name: 'President of another', affiliation: 'XX' },
      ],
    });
    d.sources.push({
      id: 'yearbook',
      name: 'A yearbook',
      kind: 'reference-work',
      affiliation: null,
    });
    d.sources.push({ id: 'files', name: 'A state archive', kind: 'archive', affiliation: 'RU' });
    expect(codes(d)).toEqual([
      `sources.${d.sources.length - 3}.speakers.1.affiliation unknown-reference`,
    ]);
  });
});

describe('agreements of the second edition', () => {
  it('carries its source, citations, the agreement it extends and a figure for both ways', () => {
    const d = copy(seedDataset());
    d.agreements = [
      ...(d.agreements ?? []),
      {
        id: 'extension',
        parties: ['UA', 'RU'],
        extends: 'all-for-all',
        source: 'ru-mod',
        citations: [{ url: 'https://example.org/terms', reportedBy: 'anadolu' }],
        terms: [{ formula: 'both-ways', category: 'people', count: { low: 1200, high: 1200 } }],
      },
    ];
    expect(codes(d)).toEqual([]);
    const wrong = copy(d);
    const extension = wrong.agreements?.[1];
    if (!extension) throw new Error('fixture');
    Object.assign(extension, {
      extends: 'nothing',
      source: 'nobody',
      citations: [{ url: 'https://example.org/terms', reportedBy: 'no-outlet' }],
      terms: [{ formula: 'both-ways', category: 'sailors', count: { low: 1, high: 1 } }],
    });
    expect(codes(wrong)).toEqual([
      'agreements.1.extends unknown-reference',
      'agreements.1.source unknown-reference',
      'agreements.1.citations.0.reportedBy unknown-reference',
      'agreements.1.terms.0.category unknown-reference',
    ]);
  });
});
