import type { Dataset } from '../dataset/Dataset.js';
import type { Ledger } from './LedgerTypes.js';
import { ledgerWithIndex } from './_lib/buildLedger.js';

/**
 * Folds the exchanges of a dataset into a ledger: every transfer of a completed or partly done
 * exchange, in date order (announced, cancelled and aborted exchanges delivered nothing); for each
 * agreement, what was promised to each party against what was delivered; the progress of each
 * cohort against its known size; and the obligations later transfers settled. Running totals at
 * any date come from `receivedBy`.
 *
 * @param dataset - A validated dataset.
 * @returns The ledger.
 * @example
 * ```ts
 * import { ledger, receivedBy } from 'swapledger';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const book = ledger(loadSampleDataset());
 * receivedBy(book, 'UA', { asOf: '2022-05-06', since: '2022-02-24' }).count; // { low: 298, high: 339 }
 * ```
 */
export function ledger(dataset: Dataset): Ledger {
  return ledgerWithIndex(dataset).book;
}
