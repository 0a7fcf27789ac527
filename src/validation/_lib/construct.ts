import { fast, type FastSchema } from './fast.js';
import type * as z from 'zod';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../Issue.js';
import { fromZod } from './fromZod.js';
import { fail } from '../../result/_lib/result.js';
import { unwrap } from './outcome.js';
import { safely } from './safely.js';

/**
 * The safe constructor of a record (see {@link constructors}): returns a Result, never throws.
 * The one factory behind every `safeCreateX`.
 */
export function safeConstructorOf<S extends z.ZodType>(
  schema: S,
): (input: z.input<S>) => Result<z.output<S>, readonly Issue[]> {
  return constructors(schema).safe;
}

/**
 * The throwing constructor of a record (see {@link constructors}): returns the record or throws a
 * SwapledgerError. The one factory behind every `createX`.
 */
export function constructorOf<S extends z.ZodType>(schema: S): (input: z.input<S>) => z.output<S> {
  return constructors(schema).strict;
}

/**
 * Makes the pair of constructors of a record: the safe one returns a Result and never throws, the
 * other throws a SwapledgerError. Both return a fresh copy that passed the record's schema.
 */
export function constructors<S extends z.ZodType>(schema: S) {
  // Compiled on first use, not when the module loads: importing the package stays cheap.
  let compiled: FastSchema<z.output<S>> | undefined;
  const safe = (input: z.input<S>): Result<z.output<S>, readonly Issue[]> => {
    const parser = (compiled ??= fast(schema));
    // The accepted value is answered without a closure or a second result object: this is the
    // path a service takes for every valid payload.
    const parsed = parser.accept(input);
    if (parsed) return parsed;
    return safely(() => {
      const issues = parser.issues(input);
      if (issues) return fail(issues);
      const result = parser.reject(input);
      return result.success ? result : fail(fromZod(result.error.issues, input));
    });
  };
  const strict = (input: z.input<S>): z.output<S> => unwrap(safe(input));
  return { safe, strict };
}
