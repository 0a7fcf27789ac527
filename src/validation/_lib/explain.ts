import { isObject } from '../../_lib/own.js';
import * as z from 'zod';
import { util } from 'zod/v4/core';
import { readable, sanitize, unreadableIssue } from './harden.js';
import { INVALID, type Compiled } from './parser.js';
import { runWithZod, SYNC, type Payload, type RawIssue, type Schema } from './zodInternals.js';

/** A payload, marked when a union hands back one of its branches' rather than its own. */
interface Walked extends Payload {
  borrowed?: boolean;
}

/** The kinds of schema this module walks itself; zod runs the others. */
const WALKED = new Set(['object', 'array', 'union', 'nullable', 'optional', 'lazy', 'readonly']);
const { finalizeIssue } = util;
// zod's own list of an array's leading length limits, each with its check.
const sizeCaps = util.sizeCaps as unknown as (checks: readonly Schema[]) => [number, Schema][];

// zod's rule: an issue stops later checks unless it says it may continue.
const aborted = (issues: readonly RawIssue[], from = 0): boolean => {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
};
const explicitlyAborted = (issues: readonly RawIssue[]): boolean =>
  issues.some((issue) => issue.continue === false);
const prefix = (key: PropertyKey, issues: RawIssue[]): RawIssue[] => {
  for (const issue of issues) (issue.path ??= []).unshift(key);
  return issues;
};

/** An object field, as the walk reads it. */
interface Field {
  readonly key: string;
  readonly schema: Schema;
  readonly optin: string | undefined;
  readonly optout: string | undefined;
}

/** What the walk needs to know of a schema, read from zod's internals once per compiled model. */
interface Plan {
  readonly accepts: ((value: unknown) => unknown) | undefined;
  /** Walked here rather than run by zod. */
  readonly walked: boolean;
  readonly hardened: boolean;
  readonly type: string;
  readonly exact: boolean;
  readonly checks: readonly Schema[];
  readonly inner: Schema | undefined;
  readonly fields: readonly Field[];
  readonly shape: Readonly<Record<string, Schema>>;
  readonly strict: boolean;
  readonly element: Schema | undefined;
  readonly caps: readonly [number, Schema][];
  readonly options: readonly Schema[];
  readonly discriminator: string | undefined;
  readonly byTag: ReadonlyMap<unknown, Schema | null>;
}

/** What one explanation carries through the walk. */
interface Walk {
  readonly compiled: Compiled<unknown>;
  readonly plans: Map<Schema, Plan>;
}

const plansByModel = new WeakMap<Compiled<unknown>, Map<Schema, Plan>>();

function plan(w: Walk, s: Schema): Plan {
  const known = w.plans.get(s);
  if (known) return known;
  const zod = s._zod;
  const { def, traits } = zod;
  const accepts = w.compiled.part(s);
  const shape = def.type === 'object' ? (def.shape ?? {}) : {};
  const byTag = new Map<unknown, Schema | null>();
  if (def.discriminator !== undefined)
    for (const option of def.options ?? [])
      for (const tag of option._zod.propValues?.[def.discriminator] ?? [])
        byTag.set(tag, byTag.has(tag) ? null : option);
  const made: Plan = {
    accepts,
    walked: accepts !== undefined && WALKED.has(def.type),
    hardened: zod.run.hardened === true,
    type: def.type,
    exact: traits.has('$ZodExactOptional'),
    checks: traits.has('$ZodCheck') ? [s, ...(def.checks ?? [])] : (def.checks ?? []),
    inner: def.type === 'lazy' ? undefined : def.innerType,
    fields: Object.keys(shape)
      // zod never reads a `__proto__` field.
      .filter((key) => key !== '__proto__')
      .map((key) => {
        const field = shape[key] as Schema;
        return { key, schema: field, optin: field._zod.optin, optout: field._zod.optout };
      }),
    shape,
    strict: def.catchall !== undefined,
    element: def.element,
    caps: def.type === 'array' ? sizeCaps(def.checks ?? []) : [],
    options: def.options ?? [],
    discriminator: def.discriminator,
    byTag,
  };
  w.plans.set(s, made);
  return made;
}

function run(w: Walk, s: Schema, value: unknown): Walked {
  const p = plan(w, s);
  if (p.accepts) {
    const out = p.accepts(value);
    if (out !== INVALID) return { value: out, issues: [] };
  }
  if (!p.walked) return runWithZod(s, value);
  if (!p.hardened) return walk(w, s, p, value);
  // What hardenRun() wraps around the schema: an unreadable value fails as a whole, and the values
  // quoted in issues are made safe to describe.
  if (!readable(value))
    return { value, issues: [unreadableIssue(s, 'reading it threw an exception') as RawIssue] };
  const result = walk(w, s, p, value);
  // hardenRun() tidies only the payload the schema made itself, not one a union branch handed back.
  if (result.issues.length > 0 && !result.borrowed) sanitize(result.issues);
  return result;
}

/** zod's parse of one schema, then its checks, for the kinds this module walks. */
function walk(w: Walk, s: Schema, p: Plan, value: unknown): Walked {
  const payload = parse(w, s, p, value);
  if (p.checks.length > 0) runChecks(s, p.checks, payload);
  return payload;
}

function parse(w: Walk, s: Schema, p: Plan, value: unknown): Walked {
  switch (p.type) {
    case 'object':
      return object(w, s, p, value);
    case 'array': {
      if (!Array.isArray(value)) return typeIssue(s, value, 'array');
      const items = value as unknown[];
      const oversized = overLimit(s, p, items);
      if (oversized) return oversized;
      const payload: Payload = { value: new Array(items.length), issues: [] };
      for (let i = 0; i < items.length; i++) {
        const result = run(w, p.element as Schema, items[i]);
        if (result.issues.length > 0) payload.issues.push(...prefix(i, result.issues));
        (payload.value as unknown[])[i] = result.value;
      }
      return payload;
    }
    case 'union':
      return p.discriminator === undefined ? union(w, s, p, value) : tagged(w, s, p, value);
    case 'nullable':
      return value === null ? { value, issues: [] } : run(w, p.inner as Schema, value);
    case 'optional':
      if (!p.exact && value === undefined) return { value, issues: [] };
      return run(w, p.inner as Schema, value);
    case 'lazy':
      // Resolved here, not when planned: a lazy schema is built on first use.
      return run(w, s._zod.innerType as Schema, value);
    case 'readonly': {
      const result = run(w, p.inner as Schema, value);
      result.value = Object.freeze(result.value);
      return result;
    }
    default:
      throw new TypeError(`not a walked kind: ${p.type}`);
  }
}

/**
 * zod measures an array against its leading length limits before its items: one over a limit gets
 * that limit's issue alone, which stops every later check.
 */
function overLimit(s: Schema, p: Plan, items: readonly unknown[]): Payload | undefined {
  for (const [max, check] of p.caps) {
    const payload: Payload = { value: items, issues: [] };
    if (items.length <= max || !check._zod.def.when?.(payload)) continue;
    check._zod.check?.(payload);
    const first = payload.issues[0];
    if (first) {
      first.continue = false;
      first.schema ??= s;
    }
    return payload;
  }
  return undefined;
}

function typeIssue(s: Schema, input: unknown, expected: string): Payload {
  return { value: input, issues: [{ expected, code: 'invalid_type', input, inst: s }] };
}

function object(w: Walk, s: Schema, p: Plan, input: unknown): Payload {
  if (!isObject(input)) return typeIssue(s, input, 'object');
  const out: Record<string, unknown> = {};
  const payload: Payload = { value: out, issues: [] };
  for (const { key, schema, optin, optout } of p.fields) {
    const present = key in input;
    // zod parses an absent optional field too, then drops whatever came of it.
    if (!present && optin === 'optional' && optout === 'optional') continue;
    const result = run(w, schema, input[key]);
    if (result.issues.length > 0) {
      if (!present && optin !== undefined && optout === 'optional') continue;
      payload.issues.push(...prefix(key, result.issues));
    }
    if (!present && optin === undefined) {
      if (result.issues.length === 0)
        payload.issues.push({
          code: 'invalid_type',
          expected: 'nonoptional',
          input: undefined,
          path: [key],
        });
      continue;
    }
    if (result.value !== undefined || present) out[key] = result.value;
  }
  if (p.strict) {
    const unrecognized: string[] = [];
    for (const key in input) if (!Object.hasOwn(p.shape, key)) unrecognized.push(key);
    if (unrecognized.length > 0)
      payload.issues.push({
        code: 'unrecognized_keys',
        keys: unrecognized,
        input,
        inst: s,
        continue: true,
      });
  }
  return payload;
}

function union(w: Walk, s: Schema, p: Plan, input: unknown): Walked {
  const options = p.options;
  if (options.length === 1) return run(w, options[0] as Schema, input);
  const results: Payload[] = [];
  for (const option of options) {
    const result = run(w, option, input);
    if (result.issues.length === 0) return result;
    results.push(result);
  }
  const standing = results.filter((r) => !aborted(r.issues));
  if (standing.length === 1) return { ...(standing[0] as Payload), borrowed: true };
  return {
    value: input,
    issues: [
      {
        code: 'invalid_union',
        input,
        inst: s,
        errors: results.map((r) =>
          r.issues.map((i) => finalizeIssue(i as never, SYNC, z.config())),
        ),
      },
    ],
  };
}

function tagged(w: Walk, s: Schema, p: Plan, input: unknown): Payload {
  if (!isObject(input)) return typeIssue(s, input, 'object');
  const discriminator = p.discriminator as string;
  const option = p.byTag.get(input[discriminator]);
  if (option) return run(w, option, input);
  return {
    value: input,
    issues: [
      {
        code: 'invalid_union',
        errors: [],
        note: 'No matching discriminator',
        discriminator,
        options: [...p.byTag.keys()].filter((tag) => p.byTag.get(tag) !== null),
        input,
        path: [discriminator],
        inst: s,
      },
    ],
  };
}

/** zod's checks loop: checks that need a clean value are skipped once an issue aborts. */
function runChecks(s: Schema, checks: readonly Schema[], payload: Payload): void {
  let stopped = aborted(payload.issues);
  for (const check of checks) {
    const { def } = check._zod;
    if (def.when) {
      if (explicitlyAborted(payload.issues) || !def.when(payload)) continue;
    } else if (stopped) continue;
    const before = payload.issues.length;
    check._zod.check?.(payload);
    if (payload.issues.length === before) continue;
    for (let i = before; i < payload.issues.length; i++)
      (payload.issues[i] as RawIssue).schema ??= s;
    if (!stopped) stopped = aborted(payload.issues, before);
  }
}

/**
 * Finds the issues zod would report for a value, quickly: the parts of the value that the compiled
 * parser accepts are skipped, objects, arrays and unions are walked as zod walks them, and every
 * other failing part is handed to zod itself. The result is exactly zod's list of issues (same
 * order, paths, codes and messages); the conformance suite checks this on every generated payload.
 * Anything thrown on the way is left to the caller, who then asks zod for the whole value.
 */
export function explain(compiled: Compiled<unknown>, schema: z.ZodType, input: unknown): unknown[] {
  let plans = plansByModel.get(compiled);
  if (!plans) plansByModel.set(compiled, (plans = new Map()));
  const w: Walk = { compiled, plans };
  const issues = run(w, schema as unknown as Schema, input).issues;
  return issues.map((issue) => finalizeIssue(issue as never, SYNC, z.config()));
}
