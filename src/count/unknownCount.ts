import type { UnknownCount } from './Count.js';
import type { CountOptions } from './CountOptions.js';
import { withWording } from './_lib/headcount.js';
import type { Result } from '../result/Result.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Issue } from '../validation/Issue.js';

/**
 * Makes the count of a figure that exists but that nobody gave, or says what is wrong with the options. Never throws.
 *
 * @param options - Optional `{ wording }`: the words that said so. A plain string is still read as
 *   the wording, as in earlier versions.
 * @returns `{ status: 'unknown' }`, with the wording when given.
 * @since 0.2.0
 * @category Counts
 * @example
 * ```ts
 * import { safeUnknownCount } from 'swapledger';
 * safeUnknownCount({ wording: 'the number was not given' }).success; // true
 * safeUnknownCount({ wording: 42 } as never).success; // false
 * ```
 */
export function safeUnknownCount(
  options?: CountOptions | string,
): Result<UnknownCount, readonly Issue[]> {
  return withWording<UnknownCount>(
    { status: 'unknown' },
    typeof options === 'string' ? { wording: options } : options,
  );
}

/**
 * Makes the count of a figure that exists but that nobody gave; throwing twin of {@link safeUnknownCount}.
 *
 * @param options - Optional `{ wording }`: the words that said so (a plain string is read as the
 *   wording).
 * @returns `{ status: 'unknown' }`, with the wording when given.
 * @throws SwapledgerError when the options are not `{ wording?: string }` or the wording is too long.
 * @example
 * ```ts
 * import { unknownCount } from 'swapledger';
 * unknownCount({ wording: 'the number was not given' }); // { status: 'unknown', wording: 'the number was not given' }
 * ```
 */
export function unknownCount(options?: CountOptions | string): UnknownCount {
  return unwrap(safeUnknownCount(options));
}
