import type * as z from 'zod';
import type { Issue } from '../Issue.js';
import { emitIssues } from './emit.js';
import { explain } from './explain.js';
import type { KeyHints } from './fromZod.js';
import { compile, INVALID, type Compiled } from './parser.js';

/** A `safeParse` result; a failure carries zod's issues (a ZodError, or just its issue list). */
export type FastResult<T> =
  | { success: true; data: T }
  | { success: false; error: { readonly issues: readonly z.core.$ZodIssue[] } };

/** What {@link fast} gives back: zod's `safeParse`, answered by the compiled schema when it can. */
export interface FastSchema<T> {
  safeParse(input: unknown): FastResult<T>;
  /** The compiled parser's answer alone: a success for a value it accepts, else undefined. */
  accept(input: unknown): { success: true; data: T } | undefined;
  /** `accept`'s verdict alone, without a result object. */
  test(input: unknown): boolean;
  /** `accept`'s value, or {@link INVALID}: no result object for a value accepted. */
  value(input: unknown): T | typeof INVALID;
  /** `safeParse` for a value `accept` has already refused. */
  reject(input: unknown): FastResult<T>;
  /**
   * The package's issues for a value `accept` has refused, written directly (see `emitIssues`);
   * undefined when they must come the long way, through `reject` and `fromZod`.
   */
  issues(input: unknown, keys?: KeyHints): Issue[] | undefined;
}

/**
 * Internal switch: whether issues are written directly. Off, every issue goes through zod; the
 * tests hold the two paths against each other.
 */
export const directIssues = { enabled: true };

const cache = new WeakMap<z.ZodType, FastSchema<unknown>>();

/** The package's compiled schema, or none where it cannot be built (zod then does all the work). */
function compiledByUs<S extends z.ZodType>(schema: S): Compiled<z.output<S>> | undefined {
  try {
    return compile(schema);
  } catch {
    return undefined;
  }
}

/**
 * The schema's `safeParse` on the fastest path that gives the same answer: a value the compiled
 * parser accepts (see `parser`) is returned at once, and the issues of a rejected one are found by
 * `explain`, which walks only the parts the parser rejects. Where code cannot be generated, or
 * reading the value throws, zod does the work. Either way the issues are zod's, in zod's order.
 * Built once per schema.
 */
export function fast<S extends z.ZodType>(schema: S): FastSchema<z.output<S>> {
  let result = cache.get(schema) as FastSchema<z.output<S>> | undefined;
  if (!result) {
    const compiled = compiledByUs(schema);
    // Without a compiled parser, zod's answer to accept() is kept for the reject() that follows
    // at once on the same value, so a refused value is not parsed twice. Only the one pending
    // answer is kept, and it is let go as soon as it is taken.
    let refused: { input: unknown; result: FastResult<z.output<S>> } | undefined;
    result = {
      accept(input) {
        if (!compiled) {
          // No compiled parser (code generation refused, or a zod layout the compiler does not
          // know): the schema's own verdict, never a refusal by default.
          const result = schema.safeParse(input);
          if (result.success) return { success: true, data: result.data };
          refused = { input, result };
          return undefined;
        }
        const data = compiled.parse(input);
        return data === INVALID ? undefined : { success: true, data };
      },
      test(input) {
        return compiled ? compiled.parse(input) !== INVALID : this.accept(input) !== undefined;
      },
      value(input) {
        if (compiled) return compiled.parse(input);
        const accepted = this.accept(input);
        return accepted ? accepted.data : INVALID;
      },
      issues(input, keys) {
        return compiled && directIssues.enabled
          ? emitIssues(compiled, schema, input, keys)
          : undefined;
      },
      safeParse(input) {
        return this.accept(input) ?? this.reject(input);
      },
      reject(input) {
        if (!compiled && refused !== undefined) {
          const answer = refused;
          refused = undefined;
          if (Object.is(answer.input, input)) return answer.result;
        }
        if (compiled) {
          try {
            const issues = explain(compiled, schema, input) as z.core.$ZodIssue[];
            if (issues.length > 0) return { success: false, error: { issues } };
          } catch {
            // A getter or a Proxy trap threw: zod's own walk, with the hardened schemas, reports it.
          }
        }
        // The schema itself, not a z.compile() copy of it: hardenRun() wraps the schema's own run.
        return schema.safeParse(input);
      },
    };
    cache.set(schema, result as FastSchema<unknown>);
  }
  return result;
}
