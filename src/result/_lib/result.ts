import type { Failure, Success } from '../Result.js';

/** Wraps a value as a success. */
export function ok<T>(data: T): Success<T> {
  return { success: true, data };
}

/** Wraps an error as a failure. */
export function fail<E>(error: E): Failure<E> {
  return { success: false, error };
}
