import { z } from 'zod';

const compiled = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The schema with zod's compiled fast path (`z.compile`): a generated validator runs first, and
 * the ordinary parser takes over for anything it cannot settle, so results and issues are the
 * same. Where code generation is unavailable (a strict Content Security Policy), the schema is
 * used as it is. Compiled once per schema.
 */
export function fast<S extends z.ZodType>(schema: S): S {
  let result = compiled.get(schema);
  if (!result) {
    try {
      result = z.compile(schema);
    } catch {
      result = schema;
    }
    compiled.set(schema, result);
  }
  return result as S;
}
