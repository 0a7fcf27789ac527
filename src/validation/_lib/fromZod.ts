import type * as z from 'zod';
import { config, util } from 'zod/v4/core';
import type { Issue, IssueCode } from '../Issue.js';
import * as messages from '../../_lib/messages.js';

type ZodIssue = z.core.$ZodIssue;
type Path = readonly (string | number)[];

/** Reads the value at `path` inside `root`, or undefined; never throws (getters may). */
export function valueAt(
  root: unknown,
  path: readonly PropertyKey[],
): { found: boolean; value: unknown } {
  let current: unknown = root;
  try {
    for (const key of path) {
      if (current === null || typeof current !== 'object')
        return { found: false, value: undefined };
      if (!Object.prototype.hasOwnProperty.call(current, key)) {
        return { found: false, value: undefined };
      }
      current = (current as Record<PropertyKey, unknown>)[key];
    }
    return { found: true, value: current };
  } catch {
    return { found: false, value: undefined };
  }
}

function toPath(base: Path, path: readonly PropertyKey[]): (string | number)[] {
  return [...base, ...path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
}

/** The smallest path depth among a union branch's issues: how far the branch got into the value. */
function reach(issues: readonly ZodIssue[]): number {
  let min = Infinity;
  for (const issue of issues) min = Math.min(min, issue.path.length);
  return min;
}

/**
 * Picks the union branch that explains the input best: the one whose problems sit deepest in
 * the value (it matched the outer shape), then the one with fewest problems, then the first.
 */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  let best: readonly ZodIssue[] = branches[0] ?? [];
  for (const branch of branches.slice(1)) {
    const r = reach(branch);
    const rb = reach(best);
    if (r > rb || (r === rb && branch.length < best.length)) best = branch;
  }
  return best;
}

/** Finds the value at a full path of the input: whether it is there, and what it is. */
export type Lookup = (path: Path) => { found: boolean; value: unknown };

/** Converts one finalized zod issue raised at `base`, appending the package's issues to `out`. */
export function convert(
  issue: ZodIssue,
  lookup: Lookup,
  base: Path,
  out: Issue[],
  keys: KeyHints,
): void {
  const path = toPath(base, issue.path);
  const push = (code: IssueCode, message: string, at: Path = path): void => {
    out.push({ path: at, code, message });
  };
  switch (issue.code) {
    case 'invalid_type': {
      const here = lookup(path);
      if (!here.found && path.length > 0) {
        const last = path[path.length - 1];
        push('missing-field', messages.missingField(String(last)));
      } else if (issue.expected === 'int' && typeof here.value === 'number') {
        push(
          'not-an-integer',
          ownOr(issue, here.value, () => messages.notAnInteger(here.value)),
        );
      } else if (issue.expected === 'number' || issue.expected === 'int') {
        push('invalid-type', messages.invalidType('a number', here.value));
      } else {
        push('invalid-type', messages.invalidType(`${article(issue.expected)}`, here.value));
      }
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        push('unknown-field', messages.unknownField(key, keys(path)), [...path, key]);
      }
      return;
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        // A discriminated union whose tag matched no option: the tag itself is what is wrong.
        const tag = (issue as { discriminator?: string }).discriminator;
        if (tag === undefined) {
          push('invalid-value', messages.invalidValue([], lookup(path).value));
          return;
        }
        const at = path[path.length - 1] === tag ? path : [...path, tag];
        const here = lookup(at);
        const options = (issue as { options?: unknown[] }).options ?? [];
        if (!here.found) push('missing-field', messages.missingField(tag), at);
        else push('invalid-value', messages.invalidValue(options, here.value), at);
        return;
      }
      const branch = bestBranch(issue.errors);
      for (const inner of branch) convert(inner, lookup, path, out, keys);
      return;
    }
    case 'invalid_value':
      push('invalid-value', messages.invalidValue(issue.values, lookup(path).value));
      return;
    case 'too_big':
      push(
        issue.origin === 'string' ? 'too-long' : 'too-large',
        limitMessage(issue, lookup(path).value),
      );
      return;
    case 'too_small':
      push('too-small', limitMessage(issue, lookup(path).value));
      return;
    case 'invalid_format':
      push('invalid-format', issue.message);
      return;
    case 'custom': {
      const code = (issue.params as { swapledger?: IssueCode } | undefined)?.swapledger;
      push(code ?? 'invalid-value', issue.message);
      return;
    }
    case 'invalid_key': {
      // The key is the last step of the path; what is wrong with it, its own issues say.
      const key = String(path[path.length - 1]);
      const inner = issue.issues[0];
      const why =
        inner === undefined
          ? issue.message
          : inner.code === 'too_big' || inner.code === 'too_small'
            ? limitMessage(inner, key)
            : inner.message;
      push(
        'invalid-value',
        ownOr(issue, key, () => messages.invalidKey(key, why)),
      );
      return;
    }
    default:
      push('invalid-value', issue.message);
  }
}

/**
 * The issue's message when its schema set one, else the package's words for it. zod words an issue
 * without a message of its schema's own by the global `customError`, then by its locale, then as
 * "Invalid input"; each is made again here to tell the two apart, from the issue and the value it
 * was raised on (which a finished issue no longer holds). So the package speaks its own words
 * whatever zod is set to, and a schema's own message, of a schema of yours too, is kept.
 */
function ownOr(issue: ZodIssue, value: unknown, ours: () => string): string {
  const { customError, localeError } = config();
  const raised = { ...issue, input: value } as never;
  for (const words of [customError, localeError]) {
    const made = words?.(raised);
    if ((typeof made === 'string' ? made : made?.message) === issue.message) return ours();
  }
  return issue.message === 'Invalid input' ? ours() : issue.message;
}

/**
 * The issues without those another at the same place makes redundant: a bound of a number, a
 * list or a text looser than another of its kind there. zod holds every integer to the safe
 * integers besides a schema's own range, so 1e300 for a stage numbered up to 1,000 would be told
 * both limits.
 */
export function tightestLimits<
  T extends { readonly code: string; readonly path?: readonly PropertyKey[] | undefined },
>(issues: readonly T[]): readonly T[] {
  let limits = 0;
  for (const issue of issues)
    if (issue.code === 'too_big' || issue.code === 'too_small') limits += 1;
  if (limits < 2) return issues;
  const bound = (issue: T) =>
    Number(
      (issue as { maximum?: unknown; minimum?: unknown })[
        issue.code === 'too_big' ? 'maximum' : 'minimum'
      ],
    );
  const place = (issue: T) => `${issue.code}\u0000${(issue.path ?? []).map(String).join('\u0000')}`;
  // The tightest bound of each kind at each place, and the first issue giving it.
  const tightest = new Map<string, T>();
  for (const issue of issues) {
    if (issue.code !== 'too_big' && issue.code !== 'too_small') continue;
    const key = place(issue);
    const best = tightest.get(key);
    if (
      best === undefined ||
      (issue.code === 'too_big' ? bound(issue) < bound(best) : bound(issue) > bound(best))
    )
      tightest.set(key, issue);
  }
  return issues.filter(
    (issue) =>
      (issue.code !== 'too_big' && issue.code !== 'too_small') ||
      tightest.get(place(issue)) === issue,
  );
}

/**
 * A limit's message in the package's words: a schema's own message is kept, zod's default one
 * (whatever locale zod is set to) is written again, for a number, a list or a text.
 */
function limitMessage(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  value: unknown,
): string {
  return ownOr(issue, value, () => {
    const big = issue.code === 'too_big';
    const limit = Number(big ? issue.maximum : issue.minimum);
    switch (issue.origin) {
      case 'number':
      case 'int':
      case 'bigint':
        return big
          ? messages.numberTooLarge(limit, issue.inclusive !== false, value)
          : messages.numberTooSmall(limit, issue.inclusive !== false, value);
      case 'array': {
        const length = Array.isArray(value) ? value.length : undefined;
        return big ? messages.tooManyItems(limit, length) : messages.tooFewItems(limit, length);
      }
      case 'string': {
        // Counted as zod counts the limit: in code points, so an emoji is one character.
        const length = typeof value === 'string' ? util.codePointLength(value) : 0;
        return big ? messages.tooLong(limit, length) : messages.tooShort(limit, length);
      }
      default:
        return issue.message;
    }
  });
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Lists the fields an object at a path may have, for "unknown field" messages. */
export type KeyHints = (path: Path) => readonly string[];

/**
 * Turns zod's issues into the package's issues: stable codes, paths from the root of the input,
 * messages written for a person, and union failures narrowed to the branch the input was aiming at.
 */
export function fromZod(
  issues: readonly ZodIssue[],
  root: unknown,
  keys: KeyHints = () => [],
): Issue[] {
  const out: Issue[] = [];
  const lookup: Lookup = (path) => valueAt(root, path);
  for (const issue of tightestLimits(issues)) convert(issue, lookup, [], out, keys);
  return out;
}
