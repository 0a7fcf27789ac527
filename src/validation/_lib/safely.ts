import type { Result } from '../../result/Result.js';
import type { Issue } from '../Issue.js';
import { fail } from '../../result/_lib/result.js';

/**
 * Runs a validator so that nothing escapes it: a throwing getter, a revoked Proxy or a stack
 * overflow on absurdly deep input becomes an `invalid-input` issue instead of an exception.
 */
export function safely<T>(run: () => Result<T, readonly Issue[]>): Result<T, readonly Issue[]> {
  try {
    return run();
  } catch (error) {
    const why =
      error instanceof RangeError ? 'it is nested too deeply' : 'reading it threw an exception';
    return fail([
      { path: [], code: 'invalid-input', message: `the value could not be validated: ${why}` },
    ]);
  }
}
