// The plainest running total there is, for the tests that hold the indexed series against it:
// every entry read for every question, the definitions of docs and types applied as written.
import type { PartialDate } from '../../src/index.js';
import type { LedgerEntry, LedgerTotal } from '../../src/ledger/LedgerTypes.js';
import { contribution, type SeriesFilter } from '../../src/ledger/_lib/ledgerSeries.js';
import type { Taxonomy } from '../../src/taxonomy/TaxonomySchema.js';
import { dayKeys } from '../../src/date/_lib/calendar.js';
import { partsOf } from '../../src/date/_lib/dateParts.js';

const keys = (date: string) => dayKeys(partsOf(date as PartialDate));

/** The total of `filter` as of `asOf` (every transfer when absent), by reading every entry. */
export function scanTotal(
  entries: readonly LedgerEntry[],
  filter: SeriesFilter,
  taxonomy: Taxonomy,
  asOf: string | undefined,
  lists: 'all' | 'ambiguous' | 'none',
): LedgerTotal {
  const since = filter.since === undefined ? undefined : keys(filter.since);
  const window = asOf === undefined ? { first: Infinity, last: Infinity } : keys(asOf);
  const items = entries.flatMap((e) => {
    if (e.to !== filter.to || (filter.from !== undefined && e.from !== filter.from)) return [];
    if (filter.through !== undefined && !e.mediators.includes(filter.through)) return [];
    if (filter.agreement !== undefined && !e.agreements.includes(filter.agreement)) return [];
    if (filter.legalBasis !== undefined && e.legalBasis !== filter.legalBasis) return [];
    const part = contribution(e, filter, taxonomy);
    if (part === undefined) return [];
    const first = keys(e.on.first).first;
    const last = keys(e.on.last).last;
    if (since !== undefined && last < since.first) return [];
    const [low, high, unknown] = part;
    const certainSince = since === undefined || first >= since.last;
    return [{ ref: `${e.exchange}/${e.transfer}`, first, last, low, high, unknown, certainSince }];
  });
  // Certainly counted: over before the date, and certainly after the start. Possibly: begun by
  // the end of the date. The low end adds the first, the high end the second.
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
