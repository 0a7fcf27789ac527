import type { Issue } from '../../validation/Issue.js';
import * as messages from '../../_lib/messages.js';
import type { CountOptions } from '../CountOptions.js';

/** The problem with `value` as a number of people, or undefined if it is one. */
export function headcountIssue(
  value: unknown,
  path: readonly (string | number)[],
): Issue | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return {
      path,
      code: typeof value === 'number' ? 'not-an-integer' : 'invalid-type',
      message: messages.headcountNotInteger(value),
    };
  }
  if (value < 0) return { path, code: 'too-small', message: messages.headcountNegative(value) };
  if (value > Number.MAX_SAFE_INTEGER) {
    return { path, code: 'too-large', message: messages.headcountTooLarge(value) };
  }
  return undefined;
}

/** Copies `wording` from options onto a count when it was given. */
export function withWording<T extends object>(count: T, options: CountOptions | undefined): T {
  return options?.wording === undefined ? count : { ...count, wording: options.wording };
}
