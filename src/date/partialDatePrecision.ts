import { partsOf } from './_lib/dateParts.js';
import type { DatePrecision, PartialDate } from './PartialDate.js';

/**
 * Says whether a partial date is known to the year, the month or the day.
 *
 * @param date - A valid partial date (an invalid one throws a `SwapledgerError`).
 * @returns `'year'`, `'month'` or `'day'`.
 * @example
 * ```ts
 * import { partialDatePrecision } from 'swapledger';
 * partialDatePrecision('2023-04'); // 'month'
 * ```
 */
export function partialDatePrecision(date: PartialDate): DatePrecision {
  return partsOf(date).precision;
}
