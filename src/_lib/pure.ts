/**
 * Builds a module-level value. A bundler keeps a module-level call unless it is marked pure, and
 * even then keeps whatever its arguments do; a schema built inside this function's argument and
 * marked `/* @__PURE__ *\/` at the call leaves nothing behind when the app does not use it.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function pure<T>(build: () => T): T {
  return build();
}
