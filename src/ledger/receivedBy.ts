import type { PartialDate } from '../date/PartialDate.js';
import { Series } from './_lib/ledgerSeries.js';
import { indexLedger } from './_lib/ledgerIndex.js';
import { defaultTaxonomy } from '../taxonomy/defaultTaxonomy.js';
import { settledTaxonomy } from '../taxonomy/_lib/taxonomyIndex.js';
import type { ReadonlyTaxonomy } from '../taxonomy/TaxonomySchema.js';
import type { Ledger, LedgerTotal } from './LedgerTypes.js';

/**
 * What to add up in {@link receivedBy}.
 *
 * @example
 * ```ts
 * import type { ReceivedByOptions } from 'swapledger';
 * const civiliansSinceInvasion: ReceivedByOptions = { category: 'civilian', since: '2022-02-24', asOf: '2023-04-24' };
 * ```
 */
export interface ReceivedByOptions {
  /** The category, `people` by default; transfers of narrower categories count, and so do the breakdown parts of broader ones. */
  readonly category?: string;
  /** Only transfers up to this date (partial dates widen the interval rather than guess). */
  readonly asOf?: PartialDate;
  /** Only transfers from this date on. */
  readonly since?: PartialDate;
  /** Only transfers from this party. */
  readonly from?: string;
  /** Only transfers in exchanges this party mediated. */
  readonly through?: string;
  /** Only the members of this cohort. */
  readonly cohort?: string;
  /** The taxonomy to read categories with; the default when absent. */
  readonly taxonomy?: ReadonlyTaxonomy;
}

/**
 * The running total a party received, from the ledger, as an honest interval: the low end counts
 * only the transfers certainly within the window; the high end every transfer that may be, and is
 * open when any of them is open-ended, unknown or undisclosed.
 *
 * @param book - A ledger from `ledger(dataset)`.
 * @param party - The receiving party.
 * @param options - Category, dates and other filters.
 * @returns The total with the transfers behind it.
 * @example
 * ```ts
 * import { ledger, receivedBy } from 'swapledger';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const book = ledger(loadSampleDataset());
 * receivedBy(book, 'UA', { category: 'remains', asOf: '2022-06-30' }).count; // { low: 210, high: 210 }
 * ```
 */
export function receivedBy(
  book: Ledger,
  party: string,
  options: ReceivedByOptions = {},
): LedgerTotal {
  const series = new Series(
    indexLedger(book.entries),
    {
      to: party,
      category: options.category ?? 'people',
      from: options.from,
      since: options.since,
      through: options.through,
      cohort: options.cohort,
    },
    // Read as it is now, and indexed once for every entry.
    settledTaxonomy(options.taxonomy ?? defaultTaxonomy),
  );
  return series.at(options.asOf);
}
