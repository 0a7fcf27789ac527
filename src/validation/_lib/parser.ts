import type * as z from 'zod';
import { globalConfig } from 'zod/v4/core';
import { readable } from './harden.js';
import { VERDICTS } from './verdicts.js';
import { runWithZod, type Payload, type Schema } from './zodInternals.js';

/**
 * What a compiled parser returns for a value its schema rejects. The parser says only yes or no:
 * the issues of a rejected value are found apart (see `explain`), and they are zod's issues.
 */
export const INVALID: unique symbol = Symbol('invalid');

/** A compiled parser: the schema's output for a value it accepts, or {@link INVALID}. */
export type Parser<T> = (input: unknown) => T | typeof INVALID;

type Node = (input: unknown) => unknown;

/** A part zod always sets on a schema of that type; its absence means a zod the compiler does not know. */
function required(part: Schema | undefined): Schema {
  if (!part) throw new TypeError('unexpected zod schema layout');
  return part;
}

/** Types whose parse refuses every object. */
const SCALARS = new Set(['string', 'number', 'boolean', 'literal', 'enum']);

/** Runs a subtree with zod itself: for the shapes the generator leaves to zod. */
function delegate(schema: Schema): Node {
  return (input) => {
    const result = runWithZod(schema, input);
    return result.issues.length > 0 ? INVALID : result.value;
  };
}

/** A check as zod runs it, reporting only whether it added an issue. */
function zodCheck(check: Schema): Node {
  const { def, check: run } = check._zod;
  return (input) => {
    const payload: Payload = { value: input, issues: [] };
    if (!run || (def.when && !def.when(payload))) return input;
    if (run(payload) instanceof Promise) throw new TypeError('asynchronous check');
    return payload.issues.length > 0 ? INVALID : payload.value;
  };
}

// Written into the code as a literal; `!==` and zod's Set agree on these (not on NaN).
const literal = (value: unknown): string | undefined =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
    ? JSON.stringify(value)
    : typeof value === 'boolean' || value === null
      ? String(value)
      : undefined;

// Helpers the generated code calls (the engine inlines them): whether a value is not an object
// zod would parse as one, and whether a hardened schema must refuse it as unreadable (see harden;
// plain objects are readable).
const notObject = (v: unknown): boolean => typeof v !== 'object' || v === null || Array.isArray(v);
const unreadable = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  Object.getPrototypeOf(v) !== Object.prototype &&
  !readable(v);

const FAIL = 'if (r === I) return I;';

/** Objects with more omittable fields than this are built key by key (see {@link literals}). */
const MAX_OPTIONAL_BITS = 24;
/** How many literal makers one object node writes, at most; other combinations are built key by key. */
const MAX_LITERALS = 64;
/** Arrays up to this length are made by a literal of their items. */
const SHORT_ARRAY = 4;

type Make = (...values: unknown[]) => object;

/**
 * The makers of one object node's output, one per combination of present omittable fields (`m`,
 * a bit per omittable field), written on first use: each returns one object literal with exactly
 * the keys present, in the schema's order. A dataset's records come in a handful of combinations.
 */
function literals(
  keys: readonly string[],
  bits: readonly number[],
): { table: (Make | undefined)[]; make: (m: number) => Make } {
  const table: (Make | undefined)[] = [];
  let written = 0;
  const make = (m: number): Make => {
    const present: number[] = [];
    bits.forEach((bit, i) => {
      if (bit === 0 || (m & bit) !== 0) present.push(i);
    });
    let made: Make | undefined;
    // Only where code may still be generated (zod's switch may have been turned on since).
    if (written < MAX_LITERALS && !globalConfig.jitless) {
      try {
        made = new Function(
          ...keys.map((_, i) => `a${i}`),
          `return { ${present.map((i) => `${JSON.stringify(keys[i])}: a${i}`).join(', ')} };`,
        ) as Make;
        written += 1;
      } catch {
        made = undefined;
      }
    }
    made ??= (...values) => {
      const r: Record<string, unknown> = {};
      for (const i of present) r[keys[i] as string] = values[i];
      return r;
    };
    table[m] = made;
    return made;
  };
  return { table, make };
}

/**
 * Writes one JavaScript function per schema node into a single module body: `r` holds the node's
 * output, `I` is {@link INVALID}, `c0`, `c1`… are constants (patterns, sets, zod's own checks for
 * the rare cases). Calls between nodes are direct calls of named functions, which the engine
 * inlines.
 */
export function generate(schema: z.ZodType): Generated {
  const constants: unknown[] = [];
  const functions: string[] = [];
  const names = new Map<Schema, string>();
  const handedOver = new Set<Schema>();
  const constant = (value: unknown): string => `c${constants.push(value) - 1}`;
  const delegated = (s: Schema) => {
    handedOver.add(s);
    return `r = ${constant(delegate(s))}(v); ${FAIL}`;
  };
  const call = (s: Schema | undefined) => `r = ${node(required(s))}(v); ${FAIL}`;

  /** Code that sets `r` to the node's output before its checks, or returns `I`. */
  function type(s: Schema): string {
    const zod = s._zod;
    const def = zod.def;
    switch (def.type) {
      case 'string':
      case 'boolean':
        return `if (typeof v !== '${def.type}') return I; r = v;`;
      case 'number':
        return `if (typeof v !== 'number' || !Number.isFinite(v)) return I; r = v;`;
      case 'literal':
      case 'enum': {
        const values = [...(zod.values ?? [])];
        const written = values.map(literal);
        if (values.length > 0 && values.length <= 8 && written.every((w) => w !== undefined))
          return `if (${written.map((w) => `v !== ${w}`).join(' && ')}) return I; r = v;`;
        return zod.values ? `if (!${constant(zod.values)}.has(v)) return I; r = v;` : delegated(s);
      }
      case 'nullable':
        return `if (v === null) r = null; else { ${call(def.innerType)} }`;
      case 'optional':
        if (zod.traits.has('$ZodExactOptional')) return call(def.innerType);
        if (required(def.innerType)._zod.optin === 'defaulted') return delegated(s);
        return `if (v === undefined) r = undefined; else { ${call(def.innerType)} }`;
      case 'readonly':
        return `${call(def.innerType)} r = Object.freeze(r);`;
      case 'lazy':
        return call(zod.innerType);
      case 'object':
        return object(s);
      case 'array':
        return array(s);
      case 'union':
        return union(s);
      default:
        return delegated(s);
    }
  }

  function object(s: Schema): string {
    const { shape = {}, catchall } = s._zod.def;
    if (catchall && catchall._zod.def.type !== 'never') return delegated(s);
    const keys = Object.keys(shape);
    const fields: { key: string; optional: boolean; fn: string }[] = [];
    for (const key of keys) {
      const field = required(shape[key]);
      const { optin, optout } = field._zod;
      const optional = optin === 'optional' && optout === 'optional';
      // Defaults and other in-between kinds of absence are zod's to settle.
      if (!optional && (optin !== undefined || optout !== undefined)) return delegated(s);
      // zod never copies a `__proto__` key into its output.
      if (key === '__proto__') continue;
      fields.push({ key, optional, fn: node(field) });
    }
    const strict = catchall
      ? `\nfor (const k in v) switch (k) { ${keys.map((key) => `case ${JSON.stringify(key)}: `).join('')}continue; default: return I; }`
      : '';
    const optionals = fields.filter((f) => f.optional).length;
    if (optionals > MAX_OPTIONAL_BITS) {
      // Too many omittable fields for a mask: the output is built field by field.
      let code = 'if (O(v)) return I; r = {}; let x;';
      for (const { key, optional, fn } of fields) {
        const k = JSON.stringify(key);
        // One read for a present field; `in` only to tell an absent field from an undefined one.
        const parse = `x = ${fn}(x); if (x === I) return I; r[${k}] = x;`;
        code += optional
          ? `\nx = v[${k}]; if (x !== undefined || ${k} in v) { ${parse} }`
          : `\nx = v[${k}]; if (x === undefined && !(${k} in v)) return I; ${parse}`;
      }
      return code + strict;
    }
    // Each field is read and parsed into a local, then the output is made by one object literal:
    // an object built key by key from `{}` grows a second store for its properties, and only
    // literals let the engine allocate what survives (a dataset's records) where it survives.
    const locals = fields.map((_, i) => `a${i}`);
    let code = `if (O(v)) return I; let x${optionals > 0 ? ', m = 0' : ''}${locals.map((a) => `, ${a}`).join('')};`;
    let bit = 1;
    const bits: number[] = [];
    fields.forEach(({ key, optional, fn }, i) => {
      const k = JSON.stringify(key);
      const parse = `a${i} = ${fn}(x); if (a${i} === I) return I;`;
      if (optional) {
        code += `\nx = v[${k}]; if (x !== undefined || ${k} in v) { ${parse} m |= ${bit}; }`;
        bits.push(bit);
        bit *= 2;
      } else {
        code += `\nx = v[${k}]; if (x === undefined && !(${k} in v)) return I; ${parse}`;
        bits.push(0);
      }
    });
    code += strict;
    if (optionals === 0)
      return `${code}\nr = { ${fields.map(({ key }, i) => `${JSON.stringify(key)}: a${i}`).join(', ')} };`;
    const made = literals(
      fields.map((f) => f.key),
      bits,
    );
    return `${code}\nr = (${constant(made.table)}[m] ?? ${constant(made.make)}(m))(${locals.join(', ')});`;
  }

  function array(s: Schema): string {
    const def = s._zod.def;
    // The length limit is a check zod runs after the items; testing it first settles a huge
    // array at once, and the verdict is all a parser reports.
    const limits = (def.checks ?? [])
      .filter((c) => c._zod.def.check === 'max_length')
      .map((c) => ` || v.length > ${Number(c._zod.def.maximum)}`)
      .join('');
    const element = node(required(def.element));
    // Short lists, the usual kind, are made by an array literal, for the reason objects are (see
    // `object`); longer ones item by item.
    let short = 'case 0: r = []; break;';
    for (let n = 1; n <= SHORT_ARRAY; n++) {
      const items = Array.from({ length: n }, (_, i) => `x${i}`);
      short += `\ncase ${n}: { ${items.map((x, i) => `const ${x} = ${element}(v[${i}]); if (${x} === I) return I;`).join(' ')} r = [${items.join(', ')}]; break; }`;
    }
    return `if (!Array.isArray(v)${limits}) return I; const n = v.length;
switch (n) {
${short}
default: r = new Array(n);
for (let i = 0; i < n; i++) { const x = ${element}(v[i]); if (x === I) return I; r[i] = x; }
}`;
  }

  function union(s: Schema): string {
    const { options = [], discriminator, unionFallback } = s._zod.def;
    // An exclusive union (z.xor) wants exactly one option to match, not the first: zod's to run.
    if (s._zod.traits.has('$ZodXor')) return delegated(s);
    // The first option that accepts the value gives the output, as in zod.
    if (discriminator === undefined)
      return `r = I; ${options.map((o) => `if (r === I) r = ${node(o)}(v);`).join(' ')} ${FAIL}`;
    if (unionFallback) return delegated(s);
    const byTag = new Map<unknown, Schema | null>();
    for (const option of options) {
      const tags = option._zod.propValues?.[discriminator];
      if (!tags || tags.size === 0) return delegated(s);
      for (const tag of tags) byTag.set(tag, byTag.has(tag) ? null : option);
    }
    let cases = '';
    for (const [tag, option] of byTag) {
      const written = literal(tag);
      if (written === undefined) return delegated(s);
      if (option) cases += `case ${written}: r = ${node(option)}(v); break; `;
    }
    return `if (O(v)) return I; switch (v[${JSON.stringify(discriminator)}]) { ${cases}default: return I; } ${FAIL}`;
  }

  /** Code that applies one check to `r`: inlined where the rule is simple, zod's own otherwise. */
  function check(c: Schema, type: string): string {
    const def = c._zod.def;
    const exact = `r = ${constant(zodCheck(c))}(r); ${FAIL}`;
    const verdict = VERDICTS.get(c);
    if (verdict) return `if (!${constant(verdict)}(r)) return I;`;
    switch (def.check) {
      case 'max_length':
        // Arrays were measured before their items. zod counts a string's length in code points,
        // so one over the limit in UTF-16 units may still fit: zod settles those.
        return type === 'array' ? '' : `if (r.length > ${Number(def.maximum)}) { ${exact} }`;
      case 'min_length':
        return `if (r.length < ${2 * Number(def.minimum)}) { ${exact} }`;
      case 'string_format': {
        if (def.format !== 'regex' || !def.pattern) return exact;
        const pattern = constant(def.pattern);
        const reset = def.pattern.global || def.pattern.sticky ? `${pattern}.lastIndex = 0; ` : '';
        return `${reset}if (!${pattern}.test(r)) return I;`;
      }
      case 'number_format':
        return def.format === 'safeint' ? 'if (!Number.isSafeInteger(r)) return I;' : exact;
      case 'greater_than':
      case 'less_than': {
        if (typeof def.value !== 'number') return exact;
        const op = (def.check === 'greater_than' ? '>' : '<') + (def.inclusive ? '=' : '');
        return `if (!(r ${op} ${constant(def.value)})) return I;`;
      }
      default:
        return exact;
    }
  }

  /** The name of the function that parses `s`, writing it on first request. */
  function node(s: Schema): string {
    const known = names.get(s);
    if (known) return known;
    const { def, traits, run } = s._zod;
    // `.exactOptional()` only marks a field as omittable: it parses as its inner schema.
    if (traits.has('$ZodExactOptional') && !run.hardened && !def.checks?.length) {
      const inner = node(required(def.innerType));
      names.set(s, inner);
      return inner;
    }
    const name = `n${names.size}`;
    // Named before its body is written, so a recursive schema (z.lazy) calls itself.
    names.set(s, name);
    // Scalar types refuse every object, so only the others need a hardened schema's test.
    const guard = run.hardened && !SCALARS.has(def.type) ? 'if (U(v)) return I;\n' : '';
    const checks = [...(traits.has('$ZodCheck') ? [s] : []), ...(def.checks ?? [])];
    const body = [type(s), ...checks.map((c) => check(c, def.type))].join('\n');
    functions.push(`function ${name}(v) {\nlet r;\n${guard}${body}\nreturn r;\n}`);
    return name;
  }

  const root = node(schema as unknown as Schema);
  const preamble = constants.map((_, i) => `c${i} = c[${i}]`).join(', ');
  const written = [...new Set(names.values())];
  // Names of the schemas the generator wrote itself, not those it handed to zod.
  const own = new Map([...names].filter(([s]) => !handedOver.has(s)));
  return {
    source: `${preamble ? `const ${preamble};\n` : ''}${functions.join('\n')}\nreturn { ${written.join(', ')} };`,
    constants,
    root,
    names: own,
  };
}

/** Whether this environment lets a library generate code (a strict Content Security Policy may not). */
let generating: boolean | undefined;
function canGenerate(): boolean {
  // zod's own switch for a strict Content-Security-Policy, `z.config({ jitless: true })`, turns
  // our code generation off too. Not even probed then: a browser reports a `new Function` that a
  // policy refused as a violation, even when the error is caught.
  if (globalConfig.jitless) return false;
  try {
    generating ??= new Function('return true')() === true;
  } catch {
    generating = false;
  }
  return generating;
}

/** The generated module of a schema. */
export interface Generated {
  /** The module body: it reads the constants as `c`, and returns its functions by name. */
  source: string;
  constants: unknown[];
  /** The name of the function for the whole schema. */
  root: string;
  /** The function name of each part of the schema the generator wrote itself. */
  names: ReadonlyMap<object, string>;
}

/** A compiled schema: the parser of the whole, and of each part the compiler wrote itself. */
export interface Compiled<T> {
  parse: Parser<T>;
  /** The compiled verdict for a part of the schema, or undefined where zod handles that part. */
  part(schema: object): Node | undefined;
}

/**
 * Compiles a zod schema (see {@link parser}); undefined where code cannot be generated, and throws
 * on a schema whose internals it does not recognise.
 */
export function compile<S extends z.ZodType>(schema: S): Compiled<z.output<S>> | undefined {
  if (!canGenerate()) return undefined;
  const { source, constants, root, names } = generate(schema);
  const functions = new Function('c', 'I', 'O', 'U', source)(
    constants,
    INVALID,
    notObject,
    unreadable,
  ) as Record<string, Node>;
  const node = functions[root] as Node;
  const parts = new Map([...names].map(([s, name]) => [s, functions[name] as Node]));
  return {
    parse: (input) => {
      try {
        return node(input) as z.output<S> | typeof INVALID;
      } catch {
        return INVALID;
      }
    },
    part: (s) => parts.get(s),
  };
}

/**
 * Compiles a zod schema into a parser that accepts exactly what the schema accepts and returns the
 * same output (a fresh copy, keys in the schema's order, readonly parts frozen), generating one
 * plain function per node. Shapes it does not know are handed to zod. Anything thrown while
 * reading the value (a getter, a Proxy trap, a stack overflow) makes it answer {@link INVALID}, and
 * the caller asks zod for the issues. Returns undefined where code cannot be generated, and throws
 * on a schema whose internals it does not recognise.
 */
export function parser<S extends z.ZodType>(schema: S): Parser<z.output<S>> | undefined {
  return compile(schema)?.parse;
}
