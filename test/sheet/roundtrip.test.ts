// Property: a dataset written as a claim sheet and imported back with the mapping written beside
// it is the same dataset, with nothing refused or guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { exportSheet, importSheet } from '../../src/sheet/index.js';
import { validDataset } from '../arbitraries.js';

describe('exportSheet then importSheet', () => {
  it('gives back a generated dataset', () => {
    fc.assert(
      fc.property(validDataset, (generated) => {
        const dataset = parseDataset(generated);
        const { rows, mapping } = exportSheet(dataset);
        const { dataset: back, report } = importSheet(rows, mapping, { strict: true });
        expect(report.refused).toEqual([]);
        expect(report.guessed).toEqual([]);
        expect(back).toEqual(dataset);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the sample, every claim a row', () => {
    const sample = loadSampleDataset();
    const { rows, mapping } = exportSheet(sample);
    expect(rows).toHaveLength(sample.claims.length);
    expect(importSheet(rows, mapping, { strict: true }).dataset).toEqual(sample);
  });
});
