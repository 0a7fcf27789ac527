import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import type { PartialDate } from './PartialDate.js';
import { checkPartialDate } from './_lib/checkPartialDate.js';

/**
 * Checks that an unknown value is a valid {@link PartialDate}. Never throws.
 *
 * @param input - Any value.
 * @returns The date, or one issue saying what is wrong (`invalid-type`, `invalid-format` or
 * `impossible-date`).
 * @example
 * ```ts
 * import { safeAssertPartialDate } from 'swapledger';
 * safeAssertPartialDate('2023-04-26'); // { success: true, data: '2023-04-26' }
 * safeAssertPartialDate('2023-02-30'); // { success: false, error: [{ code: 'impossible-date', … }] }
 * ```
 */
export function safeAssertPartialDate(input: unknown): Result<PartialDate, readonly Issue[]> {
  return checkPartialDate(input);
}
