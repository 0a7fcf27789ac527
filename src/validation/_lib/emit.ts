import { isObject } from '../../_lib/own.js';
import * as z from 'zod';
import { util } from 'zod/v4/core';
import type { Issue, IssueCode } from '../Issue.js';
import * as messages from '../../_lib/messages.js';
import { convert, tightestLimits, valueAt, type KeyHints, type Lookup } from './fromZod.js';
import { INVALID, type Compiled } from './parser.js';
import { REPORTS, VERDICTS } from './verdicts.js';
import { runWithZod, SYNC, type Payload, type RawIssue, type Schema } from './zodInternals.js';

// The package's issues of a rejected value, written straight from the schema rather than through
// zod's issues and `fromZod`. Each leaf failure whose issue is fully known (a wrong type, an absent
// field, an unknown key, a failed tag, the package's own refinements) is written here; any other
// failing part is run by zod and translated as before, so the list is the same either way. The
// property tests hold this path to the zod path on mutated payloads.

type Path = readonly (string | number)[];

/** Where the issues go, with what zod's union needs to pick a branch: count and depth of zod issues. */
interface Sink {
  readonly issues: Issue[];
  /** How many zod issues these would have been. */
  n: number;
  /** The smallest depth of their zod paths. */
  d: number;
  readonly keys: KeyHints;
}

// What a part's zod payload would have held: nothing, only issues that let later checks run
// (`continue: true`), or at least one that stops them.
// `STOP` is `HARD` with an issue that says so outright (`continue: false`), which stops even the
// checks that have a `when`.
const OK = 0;
const SOFT = 1;
const HARD = 2;
const STOP = 3;
type Status = typeof OK | typeof SOFT | typeof HARD | typeof STOP;

type Explainer = (v: unknown, path: Path, present: boolean, sink: Sink) => Status;

/** Thrown to give the whole value back to the zod path (a value that is not plain data). */
const BAIL: unique symbol = Symbol('bail');
/** What `runChecks` answers when zod must run the part instead, in place of what was written. */
const REDO = -1;

const NOT_FOUND = { found: false, value: undefined } as const;
const { finalizeIssue } = util;

/** Plain data: primitives, arrays and objects of Object's prototype (or none). */
function plain(v: unknown): boolean {
  if (typeof v === 'function') return false;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function push(sink: Sink, path: Path, code: IssueCode, message: string, depth: number): void {
  sink.issues.push({ path, code, message });
  sink.n += 1;
  if (depth < sink.d) sink.d = depth;
}

/** zod's invalid_type issue as `fromZod` words it: an absent field is missing, not mistyped. */
function mistyped(sink: Sink, path: Path, present: boolean, expected: string, v: unknown): Status {
  if (!present && path.length > 0)
    push(
      sink,
      path,
      'missing-field',
      messages.missingField(String(path[path.length - 1])),
      path.length,
    );
  else push(sink, path, 'invalid-type', messages.invalidType(expected, v), path.length);
  return HARD;
}

/** The part run by zod, its issues translated as `fromZod` does: exact for any schema. */
function viaZod(s: Schema, v: unknown, path: Path, present: boolean, sink: Sink): Status {
  const payload = runWithZod(s, v) as Payload & { aborted?: boolean };
  const raw = payload.issues;
  // The compiled parser refused what zod accepts: they disagree, so leave it all to zod.
  if (raw.length === 0) throw BAIL;
  return raws(raw, payload.aborted === true, v, path, present, sink);
}

function raws(
  raw: readonly RawIssue[],
  aborted: boolean,
  v: unknown,
  path: Path,
  present: boolean,
  sink: Sink,
): Status {
  let status: Status = aborted ? STOP : SOFT;
  const skip = path.length;
  let lookup: Lookup | undefined;
  for (const issue of tightestLimits(raw)) {
    if (issue.continue === false) status = STOP;
    else if (issue.continue !== true && status < HARD) status = HARD;
    const at = issue.path ?? [];
    const depth = skip + at.length;
    sink.n += 1;
    if (depth < sink.d) sink.d = depth;
    const fast = FAST_CODES[issue.code];
    if (fast) {
      // finalizeIssue's first two sources of a message: the issue's own, then its raiser's map.
      const own = issue['message'];
      const message = own
        ? own
        : unwrap((issue['inst'] as Schema | undefined)?._zod.def.error?.(issue));
      if (
        typeof message === 'string' &&
        (issue.code !== 'too_big' || issue['origin'] !== 'string')
      ) {
        const code =
          issue.code === 'custom'
            ? ((issue['params'] as { swapledger?: IssueCode } | undefined)?.swapledger ??
              'invalid-value')
            : fast;
        sink.issues.push({
          path:
            at.length === 0
              ? path
              : [...path, ...at.map((k) => (typeof k === 'symbol' ? String(k) : k))],
          code,
          message,
        });
        continue;
      }
    }
    lookup ??= present ? (full) => valueAt(v, full.slice(skip)) : () => NOT_FOUND;
    const final = finalizeIssue(issue as never, SYNC, z.config());
    convert(final, lookup, path, sink.issues, sink.keys);
  }
  return status;
}

/** zod codes whose translation is the issue's message under a fixed code (see fromZod). */
const FAST_CODES: Readonly<Record<string, IssueCode>> = {
  invalid_format: 'invalid-format',
  too_small: 'too-small',
  too_big: 'too-large',
  custom: 'invalid-value',
};

const unwrap = (message: unknown): string | undefined =>
  typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;

interface Mark {
  readonly length: number;
  readonly n: number;
  readonly d: number;
}
const save = (sink: Sink): Mark => ({ length: sink.issues.length, n: sink.n, d: sink.d });
function restore(sink: Sink, mark: Mark): void {
  sink.issues.length = mark.length;
  sink.n = mark.n;
  sink.d = mark.d;
}

/** {@link runChecks}, or zod's run of the whole part when that cannot answer exactly. */
function checked(
  s: Schema,
  checks: readonly Schema[],
  v: unknown,
  path: Path,
  present: boolean,
  sink: Sink,
  from: Status,
  mark: Mark = save(sink),
): Status {
  const got = runChecks(s, checks, v, path, present, sink, from);
  if (got !== REDO) return got;
  restore(sink, mark);
  return viaZod(s, v, path, present, sink);
}

/** Checks zod runs after a parse even when it failed, if the value looks like what they measure. */
function whenRuns(checks: readonly Schema[], v: unknown): boolean {
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when?.({ value: v, issues: [{ code: 'invalid_type' }] })) return true;
  }
  return false;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
};

/** A part of the schema: the compiled verdict, and the walk for a value it refused. */
interface Part {
  readonly accept: ((v: unknown) => unknown) | undefined;
  readonly walk: Explainer;
}

/** A path one key longer, without spreading. */
function child(path: Path, key: string | number): Path {
  const out = path.slice();
  out.push(key);
  return out;
}

/** The explainers of one compiled schema, built on first use. */
class Explainers {
  private readonly parts = new Map<Schema, Part>();

  constructor(private readonly compiled: Compiled<unknown>) {}

  part(s: Schema): Part {
    const known = this.parts.get(s);
    if (known) return known;
    let built: Explainer | undefined;
    // The walk is made on first use, so a recursive schema finds itself.
    const made: Part = {
      accept: this.compiled.part(s),
      walk: (v, path, present, sink) => (built ??= this.build(s))(v, path, present, sink),
    };
    this.parts.set(s, made);
    return made;
  }

  /** The whole explainer of `s`: nothing when its compiled verdict accepts the value. */
  of(s: Schema): Explainer {
    const { accept, walk } = this.part(s);
    return (v, path, present, sink) =>
      accept !== undefined && accept(v) !== INVALID ? OK : walk(v, path, present, sink);
  }

  private build(s: Schema): Explainer {
    const own = this.compiled.part(s) ? this.own(s) : undefined;
    if (!own) return (v, path, present, sink) => viaZod(s, v, path, present, sink);
    return (v, path, present, sink) => {
      if (!plain(v)) throw BAIL;
      return own(v, path, present, sink);
    };
  }

  /** The walk of one kind of node, or undefined where zod does that part. */
  private own(s: Schema): Explainer | undefined {
    const zod = s._zod;
    const { def, traits } = zod;
    const checks = traits.has('$ZodCheck') ? [s, ...(def.checks ?? [])] : (def.checks ?? []);
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean': {
        const expected = EXPECTED[def.type] as string;
        const type = def.type;
        return (v, path, present, sink) => {
          const right = typeof v === type && (type !== 'number' || Number.isFinite(v as number));
          if (!right) {
            if (whenRuns(checks, v)) return viaZod(s, v, path, present, sink);
            return mistyped(sink, path, present, expected, v);
          }
          return checked(s, checks, v, path, present, sink, OK);
        };
      }
      case 'literal':
      case 'enum': {
        if (checks.length > 0) return undefined;
        // The allowed values as zod lists them in its issue, read once from a value none equals.
        const probe = runWithZod(s, Symbol('probe')).issues[0];
        const values = probe?.code === 'invalid_value' ? (probe['values'] as unknown[]) : undefined;
        if (!values) return undefined;
        return (v, path, _present, sink) => {
          push(sink, path, 'invalid-value', messages.invalidValue(values, v), path.length);
          return HARD;
        };
      }
      case 'nullable': {
        const inner = this.of(def.innerType as Schema);
        if (checks.length > 0) return undefined;
        return (v, path, present, sink) => (v === null ? OK : inner(v, path, present, sink));
      }
      case 'optional': {
        if (checks.length > 0) return undefined;
        const inner = this.of(def.innerType as Schema);
        const exact = traits.has('$ZodExactOptional');
        return (v, path, present, sink) =>
          !exact && v === undefined ? OK : inner(v, path, present, sink);
      }
      case 'readonly': {
        if (checks.length > 0) return undefined;
        const inner = this.of(def.innerType as Schema);
        return inner;
      }
      case 'lazy':
        if (checks.length > 0) return undefined;
        return (v, path, present, sink) => this.of(zod.innerType as Schema)(v, path, present, sink);
      case 'object':
        return this.object(s, checks);
      case 'array':
        return this.array(s, checks);
      case 'union':
        return checks.length > 0 ? undefined : this.union(s);
      default:
        return undefined;
    }
  }

  private object(s: Schema, checks: readonly Schema[]): Explainer | undefined {
    const { shape = {}, catchall } = s._zod.def;
    if (catchall && catchall._zod.def.type !== 'never') return undefined;
    // Only the package's own refinements are run here, on the input (they read plain fields).
    for (const check of checks) if (!VERDICTS.has(check) || check._zod.def.when) return undefined;
    const fields: { key: string; optional: boolean; part: Part }[] = [];
    for (const key of Object.keys(shape)) {
      if (key === '__proto__') continue;
      // `in` must mean "own": no field may be named like something every object inherits.
      if (key in Object.prototype) return undefined;
      const field = shape[key] as Schema;
      const { optin, optout } = field._zod;
      const optional = optin === 'optional' && optout === 'optional';
      if (!optional && (optin !== undefined || optout !== undefined)) return undefined;
      fields.push({ key, optional, part: this.part(field) });
    }
    const strict = catchall !== undefined;
    const known = shape;
    return (v, path, present, sink) => {
      if (!isObject(v)) {
        if (whenRuns(checks, v)) return viaZod(s, v, path, present, sink);
        return mistyped(sink, path, present, 'an object', v);
      }
      const mark = save(sink);
      let status: Status = OK;
      for (const { key, optional, part } of fields) {
        const has = key in v;
        if (!has && optional) continue;
        const x = v[key];
        const got =
          part.accept !== undefined && part.accept(x) !== INVALID
            ? OK
            : part.walk(x, child(path, key), has, sink);
        if (!has && got === OK) {
          // zod's "nonoptional": a required field whose schema took the absence.
          push(
            sink,
            child(path, key),
            'missing-field',
            messages.missingField(key),
            path.length + 1,
          );
          status = HARD;
        } else if (got > status) status = got;
      }
      if (strict) {
        let unknown: string[] | undefined;
        for (const key in v) if (!Object.hasOwn(known, key)) (unknown ??= []).push(key);
        if (unknown) {
          const known = sink.keys(path);
          for (const key of unknown)
            sink.issues.push({
              path: child(path, key),
              code: 'unknown-field',
              message: messages.unknownField(key, known),
            });
          sink.n += 1;
          if (path.length < sink.d) sink.d = path.length;
          if (status === OK) status = SOFT;
        }
      }
      if (checks.length === 0) return status;
      // A refinement sees the parsed value: only a clean parse is certain to equal the input.
      // Otherwise what was written for this object is replaced by zod's own run of it.
      if (status !== OK) {
        restore(sink, mark);
        return viaZod(s, v, path, present, sink);
      }
      return checked(s, checks, v, path, present, sink, OK, mark);
    };
  }

  private array(s: Schema, checks: readonly Schema[]): Explainer | undefined {
    const { element } = s._zod.def;
    if (!element) return undefined;
    for (const check of checks) {
      const kind = check._zod.def.check;
      if (kind !== 'max_length' && kind !== 'min_length') return undefined;
    }
    const { accept, walk } = this.part(element);
    const caps = checks.filter((c) => c._zod.def.check === 'max_length');
    const after = checks.length > 0;
    return (v, path, present, sink) => {
      if (!Array.isArray(v)) {
        if (whenRuns(checks, v)) return viaZod(s, v, path, present, sink);
        return mistyped(sink, path, present, 'an array', v);
      }
      const items = v as unknown[];
      for (const cap of caps)
        if (items.length > Number(cap._zod.def.maximum)) return viaZod(s, v, path, present, sink);
      const mark = save(sink);
      let status: Status = OK;
      for (let i = 0; i < items.length; i++) {
        // A hole reads as undefined but is not there: zod's words for it are the zod path's.
        if (!(i in items)) throw BAIL;
        const x = items[i];
        if (accept !== undefined && accept(x) !== INVALID) continue;
        const got = walk(x, child(path, i), true, sink);
        if (got > status) status = got;
      }
      if (!after) return status;
      return checked(s, checks, items, path, present, sink, status, mark);
    };
  }

  private union(s: Schema): Explainer | undefined {
    const { options = [], discriminator, unionFallback } = s._zod.def;
    if (s._zod.traits.has('$ZodXor')) return undefined;
    if (discriminator === undefined) {
      if (options.length === 0) return undefined;
      const explainers = options.map((o) => this.of(o));
      if (explainers.length === 1) return explainers[0];
      return (v, path, present, sink) => {
        const tried: Sink[] = [];
        const statuses: Status[] = [];
        for (const explain of explainers) {
          const own: Sink = { issues: [], n: 0, d: Infinity, keys: sink.keys };
          const got = explain(v, path, present, own);
          // The union's parser refused, so every option must: otherwise they disagree.
          if (got === OK) throw BAIL;
          tried.push(own);
          statuses.push(got);
        }
        // zod hands back the one option whose issues let checks go on, if there is exactly one.
        let standing = -1;
        for (let i = 0; i < statuses.length; i++)
          if (statuses[i] === SOFT) standing = standing === -1 ? i : -2;
        if (standing >= 0) {
          const own = tried[standing] as Sink;
          sink.issues.push(...own.issues);
          sink.n += own.n;
          if (own.d < sink.d) sink.d = own.d;
          return SOFT;
        }
        // Else one invalid_union issue, which fromZod narrows to the branch that got deepest,
        // then to the one with fewest issues, then the first.
        let best = tried[0] as Sink;
        for (const own of tried.slice(1))
          if (own.d > best.d || (own.d === best.d && own.n < best.n)) best = own;
        sink.issues.push(...best.issues);
        sink.n += 1;
        if (path.length < sink.d) sink.d = path.length;
        return HARD;
      };
    }
    if (unionFallback) return undefined;
    const byTag = new Map<unknown, Schema | null>();
    for (const option of options)
      for (const tag of option._zod.propValues?.[discriminator] ?? [])
        byTag.set(tag, byTag.has(tag) ? null : option);
    const explainers = new Map<Schema, Explainer>();
    for (const option of options) explainers.set(option, this.of(option));
    const tags = [...byTag.keys()].filter((tag) => byTag.get(tag) !== null);
    return (v, path, present, sink) => {
      if (!isObject(v)) return mistyped(sink, path, present, 'an object', v);
      const tag = v[discriminator];
      const option = byTag.get(tag);
      if (option) return (explainers.get(option) as Explainer)(v, path, present, sink);
      const at = child(path, discriminator);
      if (!Object.hasOwn(v, discriminator))
        push(sink, at, 'missing-field', messages.missingField(discriminator), at.length);
      else push(sink, at, 'invalid-value', messages.invalidValue(tags, tag), at.length);
      return HARD;
    };
  }
}

/** The light context a package refinement reports to, keeping what it adds. */
interface Reported {
  code?: unknown;
  path?: PropertyKey[];
  message?: unknown;
  params?: unknown;
}
const SIMPLE = new Set(['code', 'path', 'message', 'params']);

// A class rather than an object literal with an arrow: no function is made per call.
class Collector {
  readonly issues: Reported[] = [];
  addIssue(issue: unknown): void {
    this.issues.push(issue as Reported);
  }
}

/** A reported issue that zod would finalize to exactly its own message and path. */
function simple(issue: Reported): boolean {
  if (typeof issue !== 'object' || issue === null) return false;
  for (const key of Object.keys(issue)) if (!SIMPLE.has(key)) return false;
  return (
    (issue.code === undefined || issue.code === 'custom') &&
    typeof issue.message === 'string' &&
    issue.message !== '' &&
    (issue.path === undefined || Array.isArray(issue.path))
  );
}

/**
 * The checks of `s` on a value that parsed cleanly, in zod's order and with zod's rule for which
 * checks still run after a failure. The package's refinements are asked their verdict first and
 * report to a light context; other checks are zod's own, their raw issues translated.
 */
function runChecks(
  s: Schema,
  checks: readonly Schema[],
  v: unknown,
  path: Path,
  present: boolean,
  sink: Sink,
  from: Status = OK,
): Status | typeof REDO {
  let status: Status = from;
  for (const check of checks) {
    const def = check._zod.def;
    if (def.when) {
      if (status === STOP || !def.when({ value: v, issues: [] })) continue;
      // A `when` that reads the issues so far would see none of ours: zod runs such a part.
      if (status !== OK) return REDO;
    } else if (status >= HARD) continue;
    const holds = VERDICTS.get(check) as ((value: unknown) => boolean) | undefined;
    if (holds?.(v as never)) continue;
    const report = REPORTS.get(check);
    if (report) {
      const reported = new Collector();
      report(v as never, reported);
      if (reported.issues.every(simple)) {
        const continues = !def.abort;
        for (const issue of reported.issues) {
          const at = issue.path ?? [];
          const depth = path.length + at.length;
          push(
            sink,
            at.length === 0
              ? path
              : [...path, ...at.map((k) => (typeof k === 'symbol' ? String(k) : k))],
            (issue.params as { swapledger?: IssueCode } | undefined)?.swapledger ?? 'invalid-value',
            issue.message as string,
            depth,
          );
          if (!continues && status < STOP) status = STOP;
          else if (status < SOFT) status = SOFT;
        }
        continue;
      }
    }
    const payload: Payload = { value: v, issues: [] };
    if (check._zod.check?.(payload) instanceof Promise) throw BAIL;
    if (payload.issues.length === 0) continue;
    // A bound looser than another check's is left to that check, as `fromZod` keeps the tightest.
    const issues = payload.issues.some((issue) => looser(issue, check, checks))
      ? payload.issues.filter((issue) => !looser(issue, check, checks))
      : payload.issues;
    if (issues.length === 0) continue;
    for (const issue of issues) issue.schema ??= s;
    const got = raws(issues, false, v, path, present, sink);
    if (got > status) status = got;
  }
  return status;
}

/**
 * Whether a limit issue raised by `check` is made redundant by another of the node's checks: a
 * tighter bound of its kind, which the value then breaks too (zod's safe-integer bound of an
 * integer under a schema's own range), or an equal one that is the schema's own or comes first.
 * `tightestLimits` keeps the same one of zod's issues.
 */
function looser(issue: RawIssue, check: Schema, checks: readonly Schema[]): boolean {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return false;
  const big = issue.code === 'too_big';
  const kind = big ? 'less_than' : 'greater_than';
  const bound = Number(issue[big ? 'maximum' : 'minimum']);
  const own = (check._zod.def as { check?: unknown }).check === kind;
  const at = checks.indexOf(check);
  return checks.some((other, k) => {
    const def = other._zod.def as { check?: unknown; value?: unknown };
    if (other === check || def.check !== kind) return false;
    const value = Number(def.value);
    if (big ? value < bound : value > bound) return true;
    return value === bound && (!own || k < at);
  });
}

const NO_KEYS: KeyHints = () => [];
const byModel = new WeakMap<Compiled<unknown>, Explainers>();

/**
 * The package's issues for a value the compiled parser refused, written directly where they are
 * fully known (see the top of this file); undefined when the value is left to the zod path (it is
 * not plain data, reading it threw, or the two disagree). The same list as
 * `fromZod(schema.safeParse(input).error.issues, input, keys)`.
 */
export function emitIssues(
  compiled: Compiled<unknown>,
  schema: z.ZodType,
  input: unknown,
  keys: KeyHints = NO_KEYS,
): Issue[] | undefined {
  let explainers = byModel.get(compiled);
  if (!explainers) byModel.set(compiled, (explainers = new Explainers(compiled)));
  const sink: Sink = { issues: [], n: 0, d: Infinity, keys };
  try {
    // The caller's parser has refused the value already: straight to the walk.
    explainers.part(schema as unknown as Schema).walk(input, [], true, sink);
  } catch {
    return undefined;
  }
  return sink.issues.length > 0 ? sink.issues : undefined;
}
