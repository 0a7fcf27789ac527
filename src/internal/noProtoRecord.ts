import { z } from 'zod';

/** Records built by {@link noProtoRecord}: the JSON Schema generator forbids `__proto__` in them too. */
export const NO_PROTO_RECORDS = new WeakSet<z.ZodType>();

/**
 * A record that refuses an own `__proto__` key. zod skips such a key silently (so it cannot
 * replace a prototype); refusing it instead means nothing in a payload is dropped unseen.
 */
export function noProtoRecord<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V) {
  const inner = z.record(key, value);
  NO_PROTO_RECORDS.add(inner);
  return z.preprocess((input, ctx) => {
    if (
      input !== null &&
      typeof input === 'object' &&
      Object.prototype.hasOwnProperty.call(input, '__proto__')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['__proto__'],
        message: 'a key named "__proto__" is not allowed',
        params: { swapledger: 'unknown-field' },
      });
    }
    return input;
  }, inner);
}
