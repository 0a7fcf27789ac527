import type * as z from 'zod';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../Issue.js';
import { constructors } from './construct.js';
import { hardenRun } from './harden.js';

/** The package's own check of one model: its safe function (`safeCreateX`, `safeAssertX`, …). */
export type ModelCheck = (value: unknown) => Result<unknown, readonly Issue[]>;

/**
 * Makes a schema's Standard Schema answer the package's own: `validate` runs `check` (the model's
 * safe function), so a framework that takes the schema (Hono, form libraries, tRPC given the
 * Standard Schema) reports the package's codes, paths and messages, not zod's generic ones. What
 * else zod puts there stays (`vendor`, the JSON Schema converters, the types), so tools that
 * recognise a zod schema by them still do.
 *
 * @internal
 */
export function answerAsStandard<T extends z.ZodType>(schema: T, check: ModelCheck): T {
  const zods = (schema as unknown as { '~standard': object })['~standard'];
  const validate = (value: unknown) => {
    const result = check(value);
    return result.success ? { value: result.data } : { issues: result.error };
  };
  // Hidden, as zod keeps its own: spreading or logging a schema shows no more than before.
  Object.defineProperty(schema, '~standard', {
    value: Object.freeze({ ...zods, validate }),
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return schema;
}

/**
 * Defines a model's schema: built by `build`, safe on hostile values (see `hardenRun`), and
 * answering Standard Schema with the package's verdict: `checkWith(schema)` when the model has a
 * safe function of its own (a count's field hints, a date's words, a taxonomy's structure), else
 * the record's safe constructor. Takes the builder rather than the schema so that the
 * module-level call, marked pure, leaves nothing behind in a bundle that does not use the schema.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function model<T extends z.ZodType>(
  build: () => T,
  checkWith?: (schema: T) => ModelCheck,
): T {
  const schema = hardenRun(build());
  return answerAsStandard(
    schema,
    checkWith ? checkWith(schema) : (constructors(schema).safe as ModelCheck),
  );
}
