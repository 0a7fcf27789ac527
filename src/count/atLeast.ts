import type { CountOptions } from './CountOptions.js';
import type { KnownCount } from './Count.js';
import { headcountIssue, withWording } from './_lib/headcount.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';

/**
 * Makes an open-ended count, `n..open` ("at least n"). For "more than n" pass `n + 1`.
 *
 * @param n - The smallest number of people the figure allows.
 * @param options - Optional wording to keep on the count.
 * @returns The count, or the issue with `n`.
 * @example
 * ```ts
 * import { safeAtLeast } from 'swapledger';
 * safeAtLeast(2201, { wording: 'over 2,200' });
 * // { success: true, data: { low: 2201, high: null, wording: 'over 2,200' } }
 * ```
 */
export function safeAtLeast(
  n: number,
  options?: CountOptions,
): Result<KnownCount, readonly Issue[]> {
  const issue = headcountIssue(n, []);
  return withWording({ low: n, high: null }, options, issue ? [issue] : []);
}

/**
 * Makes an open-ended count, `n..open`; throwing twin of {@link safeAtLeast}.
 *
 * @param n - The smallest number of people the figure allows.
 * @param options - Optional wording to keep on the count.
 * @returns The count `{ low: n, high: null }`.
 * @example
 * ```ts
 * import { atLeast } from 'swapledger';
 * atLeast(52); // { low: 52, high: null }
 * ```
 */
export function atLeast(n: number, options?: CountOptions): KnownCount {
  return unwrap(safeAtLeast(n, options));
}
