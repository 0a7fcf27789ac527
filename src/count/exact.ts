import type { CountOptions } from './CountOptions.js';
import type { KnownCount } from './Count.js';
import { headcountIssue, withWording } from './_lib/headcount.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';

/**
 * Makes an exact count, `n..n`. Fails when `n` is not a safe, non-negative integer.
 *
 * @param n - The number of people.
 * @param options - Optional wording to keep on the count.
 * @returns The count, or the issue with `n`.
 * @example
 * ```ts
 * import { safeExact } from 'swapledger';
 * safeExact(44); // { success: true, data: { low: 44, high: 44 } }
 * safeExact(4.5).success; // false
 * ```
 */
export function safeExact(n: number, options?: CountOptions): Result<KnownCount, readonly Issue[]> {
  const issue = headcountIssue(n, []);
  return withWording({ low: n, high: n }, options, issue ? [issue] : []);
}

/**
 * Makes an exact count, `n..n`; throwing twin of {@link safeExact}.
 *
 * @param n - The number of people.
 * @param options - Optional wording to keep on the count.
 * @returns The count `{ low: n, high: n }`.
 * @example
 * ```ts
 * import { exact } from 'swapledger';
 * exact(44); // { low: 44, high: 44 }
 * exact(0); // zero is a count like any other: { low: 0, high: 0 }
 * ```
 */
export function exact(n: number, options?: CountOptions): KnownCount {
  return unwrap(safeExact(n, options));
}
