/**
 * `T` with every field and list read-only, all the way down: what a function that only reads a
 * value accepts, so that a caller's `as const` or frozen data is taken as it is.
 *
 * @internal
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
