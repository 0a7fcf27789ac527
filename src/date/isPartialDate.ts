import { readDate } from './_lib/calendar.js';
import type { PartialDate } from './PartialDate.js';

/**
 * Tells whether a value is a valid {@link PartialDate}.
 *
 * @param input - Any value.
 * @returns `true` for strings such as `'2023'`, `'2023-04'`, `'2023-04-26'` that name real dates.
 * @example
 * ```ts
 * import { isPartialDate } from 'swapledger';
 * isPartialDate('2024-02-29'); // true (leap year)
 * isPartialDate('2023-02-29'); // false
 * ```
 */
export function isPartialDate(input: unknown): input is PartialDate {
  return typeof input === 'string' && !('code' in readDate(input));
}
