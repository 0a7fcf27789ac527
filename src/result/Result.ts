/**
 * The outcome of a fallible function, shaped like zod's `safeParse` result: either
 * `{ success: true, data }` or `{ success: false, error }`. Fallible functions in this package
 * return it and never throw; each has a throwing twin without the `safe` prefix.
 */
export type Result<T, E> = Success<T> | Failure<E>;

/** The successful branch of a {@link Result}. */
export interface Success<T> {
  readonly success: true;
  readonly data: T;
}

/** The failed branch of a {@link Result}. */
export interface Failure<E> {
  readonly success: false;
  readonly error: E;
}
