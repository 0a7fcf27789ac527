import { unwrap } from '../validation/_lib/outcome.js';
import type { Count } from './Count.js';
import { safeAssertCount } from './safeAssertCount.js';

/**
 * Throwing twin of {@link safeAssertCount}: returns normally when `input` is a {@link Count} and
 * throws a `SwapledgerError` carrying every issue otherwise.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns Nothing; narrows `input` to `Count`.
 * @example
 * ```ts
 * import { assertCount, formatCount } from 'swapledger';
 * const payload: unknown = JSON.parse('{"low":44,"high":44}');
 * assertCount(payload);
 * formatCount(payload); // '44' (payload is now typed as a Count)
 * ```
 */
export function assertCount(input: unknown): asserts input is Count {
  unwrap(safeAssertCount(input));
}
