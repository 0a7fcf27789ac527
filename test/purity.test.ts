// Every function is pure: run on deeply frozen inputs, it neither throws for it nor changes them.
import { describe, expect, it } from 'vitest';
import {
  assessAllForAll,
  audit,
  categoriesDisjoint,
  compare,
  exchangeRatio,
  formatCount,
  hullCounts,
  intersectCounts,
  ledger,
  parseCount,
  receivedBy,
  reconcile,
  subjectKey,
  subtractCounts,
  sumCounts,
  validateDataset,
  defaultTaxonomy,
  defaultLexicon,
  type Dataset,
} from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('purity', () => {
  it('runs everything on frozen inputs and leaves them as they were', () => {
    const dataset: Dataset = deepFreeze(loadSampleDataset());
    const before = JSON.stringify(dataset);
    deepFreeze(defaultTaxonomy);
    deepFreeze(defaultLexicon);
    const a = deepFreeze({ low: 36, high: 44, best: 40 });
    const b = deepFreeze({ low: 40, high: null });
    expect(() => {
      validateDataset(dataset);
      audit(dataset);
      const book = ledger(dataset);
      receivedBy(book, 'UA', { asOf: '2023-04-26' });
      assessAllForAll(dataset, { parties: ['UA', 'RU'] });
      reconcile(dataset.claims.slice(0, 20), { sources: dataset.sources });
      for (const exchange of dataset.exchanges) exchangeRatio(exchange);
      for (const claim of dataset.claims) subjectKey(claim.subject);
      sumCounts([a, b]);
      subtractCounts(a, b);
      intersectCounts(a, b);
      hullCounts(a, b);
      compare(a, b);
      formatCount(a);
      parseCount('over 2,200');
      categoriesDisjoint(['officer', 'civilian']);
    }).not.toThrow();
    expect(JSON.stringify(dataset)).toBe(before);
    expect(a).toEqual({ low: 36, high: 44, best: 40 });
  });

  it('returns the same output for the same input', () => {
    const dataset = loadSampleDataset();
    expect(audit(dataset)).toEqual(audit(loadSampleDataset()));
    expect(ledger(dataset)).toEqual(ledger(loadSampleDataset()));
    expect(assessAllForAll(dataset)).toEqual(assessAllForAll(loadSampleDataset()));
  });
});
