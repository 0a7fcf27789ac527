/**
 * Freezes `value` and everything it holds (each own enumerable property, each item of a list), and
 * returns it: for plain data the package makes, hands out and goes on reading.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  // What is frozen already is not entered again: a value that holds itself is frozen once.
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Whether `value` and everything it holds is frozen: such a value can no longer change, so what
 * is worked out from it may be kept. Answers at once for a value that is not frozen itself.
 *
 * @internal
 */
export function isDeeplyFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  for (const key of Object.keys(value))
    if (!isDeeplyFrozen((value as Record<string, unknown>)[key], seen)) return false;
  return true;
}
