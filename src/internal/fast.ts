import { z } from 'zod';
import { INVALID, parser, type Parser } from './parser.js';

/** What {@link fast} gives back: zod's `safeParse`, answered by the compiled parser when it can. */
export interface FastSchema<T> {
  safeParse(input: unknown): z.ZodSafeParseResult<T>;
  /** The compiled parser's answer alone: a success for a value it accepts, else undefined. */
  accept(input: unknown): { success: true; data: T } | undefined;
}

const cache = new WeakMap<z.ZodType, FastSchema<unknown>>();

/** zod's own compiled fast path (`z.compile`), or the schema as it is where code generation is refused. */
function compiledByZod<S extends z.ZodType>(schema: S): S {
  try {
    return z.compile(schema);
  } catch {
    return schema;
  }
}

/** The package's compiled parser, or none where it cannot be built (zod then does all the work). */
function compiledByUs<S extends z.ZodType>(schema: S): Parser<z.output<S>> | undefined {
  try {
    return parser(schema);
  } catch {
    return undefined;
  }
}

/**
 * The schema's `safeParse` on the fastest path that gives the same answer: a value the compiled
 * parser accepts (see `parser`) is returned at once; a rejected one, or any value where code
 * cannot be generated, goes to zod, whose issues are
 * the ones reported, so wording, order and paths do not depend on which path ran. Built once per
 * schema.
 */
export function fast<S extends z.ZodType>(schema: S): FastSchema<z.output<S>> {
  let result = cache.get(schema) as FastSchema<z.output<S>> | undefined;
  if (!result) {
    const parse = compiledByUs(schema);
    let slow: S | undefined;
    result = {
      accept(input) {
        const data = parse ? parse(input) : INVALID;
        return data === INVALID ? undefined : { success: true, data };
      },
      safeParse(input) {
        return (
          this.accept(input) ??
          ((slow ??= compiledByZod(schema)).safeParse(input) as z.ZodSafeParseResult<z.output<S>>)
        );
      },
    };
    cache.set(schema, result as FastSchema<unknown>);
  }
  return result;
}
