import type { CountOptions } from './CountOptions.js';
import type { KnownCount } from './Count.js';
import { headcountIssue, withWording } from './_lib/headcount.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';

/**
 * Makes a count bounded above, `0..n` ("up to n", "no more than n").
 *
 * @param n - The largest number of people the figure allows.
 * @param options - Optional wording to keep on the count.
 * @returns The count, or the issue with `n`.
 * @example
 * ```ts
 * import { safeAtMost } from 'swapledger';
 * safeAtMost(100); // { success: true, data: { low: 0, high: 100 } }
 * ```
 */
export function safeAtMost(
  n: number,
  options?: CountOptions,
): Result<KnownCount, readonly Issue[]> {
  const issue = headcountIssue(n, []);
  return withWording({ low: 0, high: n }, options, issue ? [issue] : []);
}

/**
 * Makes a count bounded above, `0..n`; throwing twin of {@link safeAtMost}.
 *
 * @param n - The largest number of people the figure allows.
 * @param options - Optional wording to keep on the count.
 * @returns The count `{ low: 0, high: n }`.
 * @example
 * ```ts
 * import { atMost } from 'swapledger';
 * atMost(100, { wording: 'did not go beyond 100' }); // { low: 0, high: 100, wording: … }
 * ```
 */
export function atMost(n: number, options?: CountOptions): KnownCount {
  return unwrap(safeAtMost(n, options));
}
