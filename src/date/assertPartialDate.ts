import { unwrap } from '../validation/_lib/outcome.js';
import type { PartialDate } from './PartialDate.js';
import { safeAssertPartialDate } from './safeAssertPartialDate.js';

/**
 * Throwing twin of {@link safeAssertPartialDate}.
 *
 * @param input - Any value.
 * @returns Nothing; narrows `input` to `PartialDate`, or throws a `SwapledgerError`.
 * @example
 * ```ts
 * import { assertPartialDate } from 'swapledger';
 * const value: unknown = '2023-04';
 * assertPartialDate(value); // passes; value is now typed PartialDate
 * ```
 */
export function assertPartialDate(input: unknown): asserts input is PartialDate {
  unwrap(safeAssertPartialDate(input));
}
