import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import type { Count } from './Count.js';
import { CountSchema } from './CountSchema.js';
import { checkCount } from './_lib/checkCount.js';

/**
 * Checks that an unknown value is a {@link Count}. Never throws; on failure returns every problem
 * with its path, code and message.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns The count, or the list of issues.
 * @example
 * ```ts
 * import { safeAssertCount } from 'swapledger';
 * const result = safeAssertCount({ low: 44, high: 36 });
 * if (!result.success) console.log(result.error[0]?.code); // 'low-above-high'
 * ```
 */
export function safeAssertCount(input: unknown): Result<Count, readonly Issue[]> {
  return checkCount(CountSchema, input);
}
