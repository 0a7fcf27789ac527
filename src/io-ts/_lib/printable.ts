// What an io-ts error holds of the value it is about: never the caller's object itself, which may
// be a Proxy whose traps throw, a cycle, or an object whose toString throws, but a small copy made
// of plain data that any reporter can print (String, JSON.stringify, PathReporter).

/** How deep a copy goes, how many items or fields it keeps per level, how long a string it keeps. */
const DEPTH = 2;
const ENTRIES = 10;
const CHARS = 200;

/** Fields a copy cannot hold: as plain data they would stop String() or JSON.stringify printing it. */
const SHADOWING = new Set(['toString', 'valueOf', 'toJSON']);

/** What stands for a value that could not be read (a trap or a revoked Proxy threw). */
export const UNREADABLE = '(unreadable)';

/**
 * An own field of an object, read through its descriptor so that no getter runs: a getter reads as
 * a note, a field the object does not have as undefined. Throws where a Proxy trap throws.
 */
export function ownField(value: object, key: string): unknown {
  const field = Object.getOwnPropertyDescriptor(value, key);
  if (!field) return undefined;
  return 'value' in field ? field.value : '(a getter)';
}

/** Sets a field on a copy, `__proto__` included, without reaching its prototype. */
function put(copy: object, key: string, value: unknown): void {
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
}

function entry(value: object, key: string, depth: number): unknown {
  try {
    return printable(ownField(value, key), depth);
  } catch {
    return UNREADABLE;
  }
}

/**
 * A copy of `value` that is safe to print and small: primitives as they are (a long string cut, a
 * bigint or a symbol as text), plain arrays and objects copied two levels deep, at most ten items
 * or fields a level (with a note of how many more), and a short description in place of anything
 * else: a function, an instance of a class, an object with a field named `toString`, `valueOf` or
 * `toJSON`, a deeper level, a value whose reading threw. Getters are not run. Never throws.
 */
export function printable(value: unknown, depth = DEPTH): unknown {
  switch (typeof value) {
    case 'string':
      return value.length > CHARS ? `${value.slice(0, CHARS)}…` : value;
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol':
      return String(value);
    case 'function':
      return '(a function)';
  }
  if (value === null) return null;
  const object = value as object;
  try {
    if (Array.isArray(object)) {
      const length = ownField(object, 'length');
      const n = typeof length === 'number' ? length : 0;
      if (depth <= 0) return `(an array of ${n} items)`;
      const copy: unknown[] = [];
      for (let i = 0; i < Math.min(n, ENTRIES); i++) copy.push(entry(object, String(i), depth - 1));
      if (n > ENTRIES) copy.push(`(${n - ENTRIES} more items)`);
      return copy;
    }
    const prototype: unknown = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null) return '(an object)';
    if (depth <= 0) return '(an object)';
    const keys = Object.keys(object);
    const shadowing = keys.find((key) => SHADOWING.has(key));
    if (shadowing !== undefined) return `(an object with a field named ${shadowing})`;
    const copy = {};
    for (const key of keys.slice(0, ENTRIES)) put(copy, key, entry(object, key, depth - 1));
    if (keys.length > ENTRIES) put(copy, '…', `(${keys.length - ENTRIES} more fields)`);
    return copy;
  } catch {
    return UNREADABLE;
  }
}
