import type { UndisclosedCount } from './Count.js';
import type { CountOptions } from './CountOptions.js';
import { withWording } from './_lib/headcount.js';
import type { Result } from '../result/Result.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Issue } from '../validation/Issue.js';

/**
 * Makes the count of a figure that a party declined to give, or says what is wrong with the options. Never throws.
 *
 * @param options - Optional `{ wording }`: the words that said so. A plain string is still read as
 *   the wording, as in earlier versions.
 * @returns `{ status: 'undisclosed' }`, with the wording when given.
 * @since 0.2.0
 * @category Counts
 * @example
 * ```ts
 * import { safeUndisclosedCount } from 'swapledger';
 * safeUndisclosedCount({ wording: 'number not disclosed' }).success; // true
 * safeUndisclosedCount({ wording: 42 } as never).success; // false
 * ```
 */
export function safeUndisclosedCount(
  options?: CountOptions | string,
): Result<UndisclosedCount, readonly Issue[]> {
  return withWording<UndisclosedCount>(
    { status: 'undisclosed' },
    typeof options === 'string' ? { wording: options } : options,
  );
}

/**
 * Makes the count of a figure that a party declined to give; throwing twin of {@link safeUndisclosedCount}.
 *
 * @param options - Optional `{ wording }`: the words that said so (a plain string is read as the
 *   wording).
 * @returns `{ status: 'undisclosed' }`, with the wording when given.
 * @throws SwapledgerError when the options are not `{ wording?: string }` or the wording is too long.
 * @example
 * ```ts
 * import { undisclosedCount } from 'swapledger';
 * undisclosedCount({ wording: 'number not disclosed' }); // { status: 'undisclosed', wording: 'number not disclosed' }
 * ```
 */
export function undisclosedCount(options?: CountOptions | string): UndisclosedCount {
  return unwrap(safeUndisclosedCount(options));
}
