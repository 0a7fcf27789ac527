import type { Failure, Result, Success } from '../Result.js';
import { SwapledgerError } from '../SwapledgerError.js';
import type { Issue, IssueCode } from '../../validation/Issue.js';

/** Wraps a value as a success. */
export function ok<T>(data: T): Success<T> {
  return { success: true, data };
}

/** Wraps an error as a failure. */
export function fail<E>(error: E): Failure<E> {
  return { success: false, error };
}

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
