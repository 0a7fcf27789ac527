// The audit reads its running totals from indexed series (see src/ledger/_lib/ledgerSeries.ts).
// Here the same audit is run a second time with every series replaced by one that scans the whole
// ledger for each question, and the two reports must be the same, finding for finding.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { audit, type Dataset, type PartialDate } from '../../src/index.js';
import type { LedgerTotal } from '../../src/ledger/LedgerTypes.js';
import type { LedgerIndex } from '../../src/ledger/_lib/ledgerIndex.js';
import type { SeriesFilter } from '../../src/ledger/_lib/ledgerSeries.js';
import type * as SeriesModule from '../../src/ledger/_lib/ledgerSeries.js';
import type { Taxonomy } from '../../src/taxonomy/TaxonomySchema.js';
import { longWar, theatres } from '../../bench/shapes.js';
import { scanTotal } from '../ledger/scan.js';
import { validDataset } from '../arbitraries.js';

async function scanningAudit(): Promise<typeof audit> {
  vi.resetModules();
  vi.doMock('../../src/ledger/_lib/ledgerSeries.js', async (importOriginal) => {
    const original = await importOriginal<typeof SeriesModule>();
    /** Answers every question by reading every entry of the ledger. */
    class ScanningSeries {
      constructor(
        private readonly index: LedgerIndex,
        private readonly filter: SeriesFilter,
        private readonly taxonomy: Taxonomy,
      ) {}
      at(asOf?: PartialDate, lists: 'all' | 'ambiguous' | 'none' = 'all'): LedgerTotal {
        return scanTotal(this.index.entries, this.filter, this.taxonomy, asOf, lists);
      }
      mostWithin(since: PartialDate, asOf: PartialDate): number | null {
        return scanTotal(this.index.entries, { ...this.filter, since }, this.taxonomy, asOf, 'none')
          .count.high;
      }
    }
    return { ...original, Series: ScanningSeries };
  });
  const module = await import('../../src/audit/audit.js');
  vi.doUnmock('../../src/ledger/_lib/ledgerSeries.js');
  return module.audit;
}

describe('the indexed audit gives the report of an audit that scans the ledger', () => {
  it('on generated datasets', async () => {
    const scanning = await scanningAudit();
    fc.assert(
      fc.property(validDataset, (dataset) => {
        expect(audit(dataset)).toEqual(scanning(dataset));
      }),
      { numRuns: 300 },
    );
  });

  it('on one long war with cohorts, agreements, mediators, holdings and deaths', async () => {
    const scanning = await scanningAudit();
    for (const seed of [1, 2, 3, 4, 5]) {
      const dataset: Dataset = longWar(600, { seed, statements: seed % 2 === 0 });
      const report = audit(dataset);
      // The comparison means something only if the checks that read running totals fire.
      const codes = new Set(report.findings.map((f) => f.code));
      expect(codes).toContain('cumulative-vs-ledger');
      expect(codes).toContain('agreed-vs-delivered');
      expect(report).toEqual(scanning(dataset));
    }
  });

  it('on the sample copied as independent theatres', async () => {
    const scanning = await scanningAudit();
    const dataset = theatres(500);
    expect(audit(dataset)).toEqual(scanning(dataset));
  });
});
