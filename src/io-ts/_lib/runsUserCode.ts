// Whether a zod schema calls the user's own code while it parses: a refine, a superRefine, an
// overwrite, a transform, a default… The package's compiled fast path answers a valid value with one
// run of every check, but explains a refused one by running parts of the schema again, so such code
// would run more than once per decode. Schemas that call none (and the package's own, whose checks
// are pure functions of the value) keep the fast path; the others are parsed by zod alone.
import * as z from 'zod';
import { MODELS } from '../../dataset/_lib/models.js';
import type { Schema } from '../../validation/_lib/zodInternals.js';

/** Kinds of schema that run no code of the user's (their parts are looked at on their own). */
const PURE_TYPES = new Set([
  ...['string', 'number', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'never'],
  ...['any', 'unknown', 'nan', 'date', 'literal', 'enum', 'template_literal', 'file', 'success'],
  ...['nullable', 'optional', 'nonoptional', 'readonly', 'lazy', 'pipe', 'object', 'array'],
  ...['tuple', 'union', 'intersection', 'record', 'map', 'set'],
]);

/** zod's own checks, which run no code of the user's; `custom` and `overwrite` are the user's. */
const PURE_CHECKS = new Set([
  ...['less_than', 'greater_than', 'multiple_of', 'number_format', 'bigint_format', 'max_size'],
  ...['min_size', 'size_equals', 'max_length', 'min_length', 'length_equals', 'string_format'],
  ...['mime_type', 'property', 'describe', 'meta'],
]);

/** The fields of a definition that hold the schemas and checks it is made of. */
const PARTS = [
  ...['innerType', 'catchall', 'element', 'options', 'left', 'right', 'in', 'out', 'keyType'],
  ...['valueType', 'items', 'rest', 'checks', 'schema', 'parts'],
];

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** The schemas and checks a schema is made of. */
function parts(schema: Schema): Schema[] {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const found: unknown[] = [];
  for (const key of PARTS) {
    const part = def[key];
    if (Array.isArray(part)) found.push(...(part as unknown[]));
    else found.push(part);
  }
  if (def['type'] === 'object') found.push(...Object.values(schema._zod.def.shape ?? {}));
  if (def['type'] === 'lazy') found.push(schema._zod.innerType);
  return found.filter(isSchema);
}

/** Every schema and check reachable from `roots`. */
function reachable(roots: readonly unknown[]): Set<Schema> {
  const seen = new Set<Schema>();
  const stack = roots.filter(isSchema);
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...parts(next));
  }
  return seen;
}

let trusted: Set<Schema> | undefined;
/** The parts of the package's own models: their checks are the package's pure functions. */
const packageParts = (): Set<Schema> => (trusted ??= reachable(Object.values(MODELS)));

let zodWhens: Set<unknown> | undefined;
/** The `when` functions zod gives its own length and size checks (any other is the user's). */
function ownWhens(): Set<unknown> {
  zodWhens ??= new Set(
    [z.string().max(1), z.array(z.never()).max(1), z.set(z.never()).max(1)].map(
      (schema) => (schema._zod.def.checks?.[0]?._zod.def as { when?: unknown } | undefined)?.when,
    ),
  );
  return zodWhens;
}

/** Whether this schema or check, on its own, may call the user's code. */
function callsUserCode(schema: Schema): boolean {
  const def = schema._zod.def;
  if (def.type !== undefined && !PURE_TYPES.has(def.type)) return true;
  if (def.check !== undefined && !PURE_CHECKS.has(def.check)) return true;
  for (const [key, field] of Object.entries(Object.getOwnPropertyDescriptors(def))) {
    // An object's shape is a getter of zod's; any other getter or function may be the user's,
    // except an error map (called once per issue, when its message is written), a lazy schema's
    // getter (called once) and zod's own `when`.
    if (field.get || field.set) {
      if (key !== 'shape') return true;
    } else if (typeof field.value === 'function') {
      if (key === 'error' || (key === 'getter' && def.type === 'lazy')) continue;
      if (key === 'when' && ownWhens().has(field.value)) continue;
      return true;
    }
  }
  return false;
}

/**
 * Whether parsing with `schema` may call code of the user's (a refine, an overwrite, a transform,
 * a default…), outside the parts of the package's own models. A schema it cannot inspect counts as
 * one that does.
 */
export function runsUserCode(schema: z.ZodType): boolean {
  try {
    const own = packageParts();
    const seen = new Set<Schema>();
    const stack: Schema[] = [schema as unknown as Schema];
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (seen.has(next) || own.has(next)) continue;
      seen.add(next);
      if (callsUserCode(next)) return true;
      stack.push(...parts(next));
    }
    return false;
  } catch {
    return true;
  }
}
