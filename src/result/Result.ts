/**
 * The outcome of a fallible function, shaped like zod's `safeParse` result: either
 * `{ success: true, data }` or `{ success: false, error }`. Fallible functions in this package
 * return it and never throw; each has a throwing twin without the `safe` prefix.
 *
 * @example
 * ```ts
 * import { safeBetween, type KnownCount, type Issue, type Result } from 'swapledger';
 * const result: Result<KnownCount, readonly Issue[]> = safeBetween(200, 999);
 * result.success ? result.data.high : result.error.length; // 999
 * ```
 */
export type Result<T, E> = Success<T> | Failure<E>;

/**
 * The successful branch of a {@link Result}.
 *
 * @example
 * ```ts
 * import type { Success } from 'swapledger';
 * const done: Success<number> = { success: true, data: 44 };
 * ```
 */
export interface Success<T> {
  readonly success: true;
  readonly data: T;
}

/**
 * The failed branch of a {@link Result}.
 *
 * @example
 * ```ts
 * import type { Failure } from 'swapledger';
 * const failed: Failure<string> = { success: false, error: 'no figure' };
 * ```
 */
export interface Failure<E> {
  readonly success: false;
  readonly error: E;
}
