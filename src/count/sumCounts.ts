import { safely } from '../validation/_lib/safely.js';
import { headcountIssue } from './_lib/headcount.js';
import type { KnownCount } from './Count.js';
import { addUp } from './_lib/bounds.js';
import * as messages from '../_lib/messages.js';
import { fail, ok } from '../result/_lib/result.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';

/**
 * Adds counts as intervals: lows add up, highs add up, and any open-ended operand makes the sum
 * open-ended. The sum of no counts is exact zero. A `best` estimate is kept only when every
 * operand has one (an exact count is its own best), so no estimate is invented. Wording and
 * lexicon are not carried over: they described the operands, not the sum. Fails only when the
 * sum exceeds the largest safe integer.
 *
 * @param counts - The known counts to add, in any order.
 * @returns The sum, or a `count-overflow` issue.
 * @example
 * ```ts
 * import { safeSumCounts, exact } from 'swapledger';
 * safeSumCounts([exact(36), exact(6), exact(2)]); // { success: true, data: { low: 44, high: 44 } }
 * ```
 */
export function safeSumCounts(counts: readonly KnownCount[]): Result<KnownCount, readonly Issue[]> {
  return safely(() => sumChecked(counts));
}

function sumChecked(counts: readonly KnownCount[]): Result<KnownCount, readonly Issue[]> {
  if (!Array.isArray(counts))
    return fail([
      { path: [], code: 'invalid-type', message: messages.invalidType('a list of counts', counts) },
    ]);
  // Each must be a known count; checked by hand rather than with the schema engine, which the
  // light entry points (fp-ts) that add counts should not have to carry.
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i] as unknown;
    const problem =
      count === null || typeof count !== 'object'
        ? {
            path: [i],
            code: 'invalid-type' as const,
            message: messages.invalidType('a count', count),
          }
        : (headcountIssue((count as KnownCount).low, [i, 'low']) ??
          ((count as KnownCount).high === null
            ? undefined
            : headcountIssue((count as KnownCount).high, [i, 'high'])));
    if (problem) return fail([problem]);
  }
  const { low, high, best } = addUp(counts);
  if (low > Number.MAX_SAFE_INTEGER || (high !== null && high > Number.MAX_SAFE_INTEGER)) {
    return fail([{ path: [], code: 'count-overflow', message: messages.sumOverflow() }]);
  }
  if (best === null || high === low) return ok({ low, high });
  return ok({ low, high, best });
}

/**
 * Adds counts as intervals; throwing twin of {@link safeSumCounts}.
 *
 * @param counts - The known counts to add, in any order.
 * @returns The sum.
 * @example
 * ```ts
 * import { sumCounts, exact, atLeast } from 'swapledger';
 * sumCounts([exact(36), exact(6), exact(2)]); // { low: 44, high: 44 }
 * sumCounts([exact(40), atLeast(2201)]); // { low: 2241, high: null }
 * ```
 */
export function sumCounts(counts: readonly KnownCount[]): KnownCount {
  return unwrap(safeSumCounts(counts));
}
