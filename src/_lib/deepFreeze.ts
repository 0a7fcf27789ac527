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
 * nothing is inherited), and holding only data (no getter, which could answer otherwise later, and
 * no function, such as a list's own iterator, which could read something else), enumerable or not.
 * Answers at once for a value that is not frozen itself. A loop over a list of what is left to
 * see, not a recursion: a value nested deeper than the call stack is read to the end.
 *
 * @internal
 */
export function isDeeplyFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  const left: unknown[] = [value];
  while (left.length > 0) {
    const next = left.pop();
    if (typeof next === 'function') return false;
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    const kind = Object.getPrototypeOf(next) as unknown;
    if (!Object.isFrozen(next) || (kind !== Object.prototype && kind !== Array.prototype))
      return false;
    seen.add(next);
    for (const key of Reflect.ownKeys(next)) {
      const property = Object.getOwnPropertyDescriptor(next, key);
      if (property === undefined || !('value' in property)) return false;
      left.push(property.value);
    }
  }
  return true;
}
