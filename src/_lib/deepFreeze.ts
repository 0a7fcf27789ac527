/**
 * Freezes `value` and everything it holds (each own enumerable property, each item of a list), and
 * returns it: for plain data the package makes, hands out and goes on reading.
 *
 * @internal
 */
export function deepFreeze<T>(value: T, seen = new Set<object>()): T {
  // Every object is entered, frozen already or not (a frozen object may hold one that is not),
  // each once: a value that holds itself is frozen once.
  if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  }
  return value;
}

/**
 * Whether `value` and everything it holds can no longer change, so that what is worked out from it
 * may be kept: every object in it frozen, of a plain kind (a plain object or a list, so that
 * nothing is inherited), and holding only data properties (no getter, which could answer
 * otherwise later), enumerable or not. Answers at once for a value that is not frozen itself.
 *
 * @internal
 */
export function isDeeplyFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  const kind = Object.getPrototypeOf(value) as unknown;
  if (!Object.isFrozen(value) || (kind !== Object.prototype && kind !== Array.prototype))
    return false;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key);
    if (property === undefined || !('value' in property) || !isDeeplyFrozen(property.value, seen))
      return false;
  }
  return true;
}
