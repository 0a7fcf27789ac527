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
 * The count with the options' wording on it, or the problem with the options: a constructor
 * never turns a wrong argument into an invalid count.
 */
export function withWording<T extends object>(
  count: T,
  options: CountOptions | undefined,
): Result<T, readonly Issue[]> {
  // Options are read as untrusted input: a getter that throws or a revoked Proxy is an issue.
  return options === undefined ? ok(count) : safely(() => wordingChecked(count, options));
}

function wordingChecked<T extends object>(
  count: T,
  options: CountOptions,
): Result<T, readonly Issue[]> {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return fail([
      { path: ['options'], code: 'invalid-option', message: messages.countOptionsInvalid(options) },
    ]);
  const { wording } = options;
  if (wording === undefined) return ok(count);
  if (typeof wording !== 'string')
    return fail([
      {
        path: ['options', 'wording'],
        code: 'invalid-option',
        message: messages.countOptionsInvalid(wording),
      },
    ]);
  // Counted in code points, as the count's schema counts them; only when it could matter.
  const length = wording.length > MAX_WORDING_LENGTH ? codePointCount(wording) : wording.length;
  if (length > MAX_WORDING_LENGTH)
    return fail([
      {
        path: ['options', 'wording'],
        code: 'too-long',
        message: messages.tooLong(MAX_WORDING_LENGTH, length),
      },
    ]);
  return ok({ ...count, wording });
}
