import type * as z from 'zod';
import type { Schema } from './zodInternals.js';

/** Whether zod can describe a value in an error message without a trap or getter throwing. */
export function readable(value: unknown): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true;
  try {
    // The same operations zod's messages perform to name a value's type.
    if (Array.isArray(value)) return true;
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && 'constructor' in (value as object))
      void (value as { constructor?: unknown }).constructor;
    return true;
  } catch {
    return false;
  }
}

/** Replaces unreadable inputs in raw issues (and in the branches of union issues) by a placeholder. */
export function sanitize(issues: unknown[]): void {
  for (const issue of issues as { input?: unknown; errors?: unknown[][] }[]) {
    if ('input' in issue && !readable(issue.input)) issue.input = '(unreadable)';
    for (const branch of issue.errors ?? []) sanitize(branch);
  }
}

/** The issue of a value that could not be validated, raised by `schema`. */
export function unreadableIssue(schema: object, why: string) {
  return {
    code: 'custom' as const,
    input: '(unreadable)',
    inst: schema,
    path: [],
    message: `the value could not be validated: ${why}`,
    params: { swapledger: 'invalid-input' },
  };
}

/**
 * Makes schemas safe on hostile values: zod runs a schema through `_zod.run`, and a throwing
 * getter, a Proxy trap or a revoked Proxy makes it throw. Wrapped, such a value fails validation
 * with one `invalid-input` issue instead, wherever the schema is used: its own `safeParse`, its
 * Standard Schema `validate`, or nested inside a user's schema. Returns the schema.
 */
export function hardenRun<T extends z.ZodType>(schema: T): T {
  const internals = (schema as unknown as Schema)._zod;
  const run = internals.run;
  if (run.hardened) return schema;
  const safeRun: Schema['_zod']['run'] = (payload, ctx) => {
    try {
      if (!readable(payload.value)) throw new TypeError('unreadable value');
      const result = run(payload, ctx);
      if (result === payload && payload.issues.length > 0) sanitize(payload.issues);
      return result;
    } catch (error) {
      const why =
        error instanceof RangeError ? 'it is nested too deeply' : 'reading it threw an exception';
      payload.issues.push(unreadableIssue(schema, why));
      return payload;
    }
  };
  safeRun.hardened = true;
  internals.run = safeRun;
  return schema;
}
