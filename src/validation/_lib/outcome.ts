import { fail } from '../../result/_lib/result.js';
import type { Failure, Result } from '../../result/Result.js';
import type { Issue, IssueCode } from '../Issue.js';
import { SwapledgerError } from '../SwapledgerError.js';

/** A failure carrying one issue. */
export function failWith(
  code: IssueCode,
  message: string,
  path: readonly (string | number)[] = [],
): Failure<readonly Issue[]> {
  return fail([{ path, code, message }]);
}

/** Unwraps a result, throwing a SwapledgerError with its issues on failure. */
export function unwrap<T>(result: Result<T, readonly Issue[]>): T {
  if (result.success) return result.data;
  throw new SwapledgerError(result.error);
}
