import type { CountOptions } from './CountOptions.js';
import type { KnownCount } from './Count.js';
import { headcountIssue, withWording } from './_lib/headcount.js';
import * as messages from '../_lib/messages.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';

/**
 * Makes a count from its bounds, `low..high`; `high` may be `null` for open-ended.
 *
 * @param low - The smallest number of people the figure allows.
 * @param high - The largest, or `null` when there is no upper bound.
 * @param options - Optional wording to keep on the count.
 * @returns The count, or every issue with the bounds.
 * @example
 * ```ts
 * import { safeBetween } from 'swapledger';
 * safeBetween(200, 999); // { success: true, data: { low: 200, high: 999 } }
 * safeBetween(10, 5).success; // false: low above high
 * ```
 */
export function safeBetween(
  low: number,
  high: number | null,
  options?: CountOptions,
): Result<KnownCount, readonly Issue[]> {
  const issues: Issue[] = [];
  const lowIssue = headcountIssue(low, ['low']);
  if (lowIssue) issues.push(lowIssue);
  const highIssue = high === null ? undefined : headcountIssue(high, ['high']);
  if (highIssue) issues.push(highIssue);
  if (issues.length === 0 && high !== null && low > high) {
    issues.push({
      path: ['low'],
      code: 'low-above-high',
      message: messages.lowAboveHigh(low, high),
    });
  }
  return withWording({ low, high }, options, issues);
}

/**
 * Makes a count from its bounds; throwing twin of {@link safeBetween}.
 *
 * @param low - The smallest number of people the figure allows.
 * @param high - The largest, or `null` when there is no upper bound.
 * @param options - Optional wording to keep on the count.
 * @returns The count `{ low, high }`.
 * @example
 * ```ts
 * import { between } from 'swapledger';
 * between(200, 999, { wording: 'hundreds' }); // { low: 200, high: 999, wording: 'hundreds' }
 * ```
 */
export function between(low: number, high: number | null, options?: CountOptions): KnownCount {
  return unwrap(safeBetween(low, high, options));
}
