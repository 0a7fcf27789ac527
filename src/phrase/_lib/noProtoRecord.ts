import * as z from 'zod';

/** Records built by {@link noProtoRecord}: the JSON Schema generator forbids `__proto__` in them too. */
export const NO_PROTO_RECORDS = new WeakSet<z.ZodType>();

/** Keys that name parts of an object's machinery; a record never carries them. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * A record that refuses the keys `__proto__`, `constructor` and `prototype`. zod skips an own
 * `__proto__` silently (so it cannot replace a prototype) and keeps the other two; refusing all
 * three means nothing in a payload is dropped unseen and no output carries them.
 */
export function noProtoRecord<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V) {
  const inner = z.record(key, value);
  NO_PROTO_RECORDS.add(inner);
  return z.preprocess((input, ctx) => {
    if (input === null || typeof input !== 'object') return input;
    for (const key of FORBIDDEN_KEYS) {
      if (Object.prototype.hasOwnProperty.call(input, key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a key named "${key}" is not allowed`,
          params: { swapledger: 'unknown-field' },
        });
      }
    }
    return input;
  }, inner);
}
