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
import { dayKeys } from '../../src/date/_lib/calendar.js';
import { partsOf } from '../../src/date/_lib/dateParts.js';
import { longWar, theatres } from '../../bench/shapes.js';
import { validDataset } from '../arbitraries.js';

const keys = (date: string) => dayKeys(partsOf(date as PartialDate));

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
      private items(filter: SeriesFilter) {
        const since = filter.since === undefined ? undefined : keys(filter.since);
        return this.index.entries.flatMap((e) => {
          if (e.to !== filter.to || (filter.from !== undefined && e.from !== filter.from))
            return [];
          if (filter.through !== undefined && !e.mediators.includes(filter.through)) return [];
          if (filter.agreement !== undefined && !e.agreements.includes(filter.agreement)) return [];
          if (filter.legalBasis !== undefined && e.legalBasis !== filter.legalBasis) return [];
          const part = original.contribution(e, filter, this.taxonomy);
          if (part === undefined) return [];
          const first = keys(e.on.first).first;
          const last = keys(e.on.last).last;
          if (since !== undefined && last < since.first) return [];
          return [
            {
              ref: `${e.exchange}/${e.transfer}`,
              first,
              last,
              low: part[0],
              high: part[1],
              unknown: part[2],
              certainSince: since === undefined || first >= since.last,
            },
          ];
        });
      }
      at(asOf?: PartialDate, lists: 'all' | 'ambiguous' | 'none' = 'all'): LedgerTotal {
        return this.total(this.filter, asOf, lists);
      }
      mostWithin(since: PartialDate, asOf: PartialDate): number | null {
        return this.total({ ...this.filter, since }, asOf, 'none').count.high;
      }
      private total(
        filter: SeriesFilter,
        asOf: PartialDate | undefined,
        lists: 'all' | 'ambiguous' | 'none',
      ): LedgerTotal {
        const items = this.items(filter);
        const window = asOf === undefined ? { first: Infinity, last: Infinity } : keys(asOf);
        const certain = items.filter((i) => i.last < window.first && i.certainSince);
        const possible = items.filter((i) => i.first <= window.last);
        const low = Math.min(
          certain.reduce((sum, i) => sum + i.low, 0),
          Number.MAX_SAFE_INTEGER,
        );
        const highSum = possible.reduce((sum, i) => sum + (i.high ?? 0), 0);
        const open =
          possible.some((i) => i.high === null) || Math.max(low, highSum) > Number.MAX_SAFE_INTEGER;
        const count = { low, high: open ? null : Math.max(low, highSum) };
        const refs = (xs: typeof items) => xs.map((i) => i.ref).sort();
        const uncertain = possible.filter((i) => !certain.includes(i));
        if (lists === 'none') return { count, certain: [], possible: [], unknown: [] };
        if (lists === 'ambiguous')
          return {
            count,
            certain: [],
            possible: refs(uncertain),
            unknown: refs(uncertain.filter((i) => i.unknown)),
          };
        return {
          count,
          certain: refs(certain),
          possible: refs(uncertain),
          unknown: refs(possible.filter((i) => i.unknown)),
        };
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
