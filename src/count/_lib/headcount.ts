import { codePointCount } from '../../_lib/codePoints.js';
import type { Issue } from '../../validation/Issue.js';
import * as messages from '../../_lib/messages.js';
import type { CountOptions } from '../CountOptions.js';
import { MAX_WORDING_LENGTH } from '../CountSchema.js';
import { fail, ok } from '../../result/_lib/result.js';
import { safely } from '../../validation/_lib/safely.js';
import type { Result } from '../../result/Result.js';

/** The problem with `value` as a number of people, or undefined if it is one. */
export function headcountIssue(
  value: unknown,
  path: readonly (string | number)[],
): Issue | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return {
      path,
      // NaN and the infinities are no number a record can hold (JSON writes none of them), and a
      // record's schema types them apart: the same code here as there.
      code: Number.isFinite(value) ? 'not-an-integer' : 'invalid-type',
      message: messages.headcountNotInteger(value),
    };
  }
  if (value < 0) return { path, code: 'too-small', message: messages.headcountNegative(value) };
  if (value > Number.MAX_SAFE_INTEGER) {
    return { path, code: 'too-large', message: messages.headcountTooLarge(value) };
  }
  return undefined;
}

/**
 * An argument's result with the issues that name no place in it (it could not be read at all)
 * placed at the argument itself.
 */
export function atArgument<T>(
  path: readonly (string | number)[],
  result: Result<T, readonly Issue[]>,
): Result<T, readonly Issue[]> {
  return result.success
    ? result
    : fail(result.error.map((issue) => (issue.path.length === 0 ? { ...issue, path } : issue)));
}

/**
 * The count with the options' wording on it, or every problem: those already found with its
 * figures (`issues`), then those of the options. A constructor never turns a wrong argument into
 * an invalid count.
 */
export function withWording<T extends object>(
  count: T,
  options: CountOptions | undefined,
  issues: readonly Issue[] = [],
): Result<T, readonly Issue[]> {
  // Options are read as untrusted input: a getter that throws or a revoked Proxy is an issue.
  const worded =
    options === undefined
      ? ok(count)
      : atArgument(
          ['options'],
          safely(() => wordingChecked(count, options)),
        );
  if (issues.length === 0) return worded;
  return fail(worded.success ? issues : [...issues, ...worded.error]);
}

function wordingChecked<T extends object>(
  count: T,
  options: CountOptions,
): Result<T, readonly Issue[]> {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return fail([
      { path: ['options'], code: 'invalid-option', message: messages.countOptionsInvalid(options) },
    ]);
  // A misspelt option is refused, as a record's unknown field is, rather than dropped unread.
  const issues: Issue[] = unknownKeys(options, ['options'], WORDING_ONLY);
  const { wording } = options;
  if (wording !== undefined && typeof wording !== 'string')
    issues.push({
      path: ['options', 'wording'],
      code: 'invalid-option',
      message: messages.countOptionsInvalid(wording),
    });
  else if (wording !== undefined) {
    // Counted in code points, as the count's schema counts them; only when it could matter.
    const length = wording.length > MAX_WORDING_LENGTH ? codePointCount(wording) : wording.length;
    if (length > MAX_WORDING_LENGTH)
      issues.push({
        path: ['options', 'wording'],
        code: 'too-long',
        message: messages.tooLong(MAX_WORDING_LENGTH, length),
      });
  }
  if (issues.length > 0) return fail(issues);
  return wording === undefined ? ok(count) : ok({ ...count, wording });
}

const WORDING_ONLY = ['wording'] as const;

/** An `unknown-field` issue for each own key of `value` that is not one of `known`. */
export function unknownKeys(
  value: object,
  path: readonly (string | number)[],
  known: readonly string[],
): Issue[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      path: [...path, key],
      code: 'unknown-field',
      message: messages.unknownField(key, known),
    }));
}
