import type * as z from 'zod';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../Issue.js';
import { constructors } from './construct.js';
import { hardenRun } from './harden.js';

/** What `~standard.validate` answers: the Standard Schema v1 result, with the package's issues. */
type StandardResult =
  { readonly value: unknown; readonly issues?: undefined } | { readonly issues: readonly Issue[] };

/**
 * Makes a schema's Standard Schema answer the package's own: `validate` runs `check` (the
 * record's safe constructor, or a whole dataset's validation), so a framework that takes the
 * schema (tRPC, Hono, form libraries) reports the package's codes, paths and messages, not zod's
 * generic ones. The vendor stays `zod`: tools that turn a zod schema into JSON Schema still can.
 *
 * @internal
 */
export function answerAsStandard<T extends z.ZodType>(
  schema: T,
  check: (value: unknown) => Result<unknown, readonly Issue[]>,
): T {
  const validate = (value: unknown): StandardResult => {
    const result = check(value);
    return result.success ? { value: result.data } : { issues: result.error };
  };
  (schema as unknown as { '~standard': unknown })['~standard'] = {
    version: 1,
    vendor: 'zod',
    validate,
  };
  return schema;
}

/**
 * Defines a model's schema: built by `build`, safe on hostile values (see `hardenRun`), and
 * answering Standard Schema with the package's verdict. Takes the builder rather than the schema
 * so that the module-level call, marked pure, leaves nothing behind in a bundle that does not use
 * the schema.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function model<T extends z.ZodType>(build: () => T): T {
  const schema = hardenRun(build());
  return answerAsStandard(
    schema,
    constructors(schema).safe as (value: unknown) => Result<unknown, readonly Issue[]>,
  );
}
