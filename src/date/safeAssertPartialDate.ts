import { readDate } from './_lib/calendar.js';
import * as messages from '../_lib/messages.js';
import { fail, ok } from '../result/_lib/result.js';
import { safely } from '../validation/_lib/safely.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import type { PartialDate } from './PartialDate.js';

/**
 * Checks that an unknown value is a valid {@link PartialDate}. Never throws.
 *
 * @param input - Any value.
 * @returns The date, or one issue saying what is wrong (`invalid-type`, `invalid-format` or
 * `impossible-date`).
 * @example
 * ```ts
 * import { safeAssertPartialDate } from 'swapledger';
 * safeAssertPartialDate('2023-04-26'); // { success: true, data: '2023-04-26' }
 * safeAssertPartialDate('2023-02-30'); // { success: false, error: [{ code: 'impossible-date', … }] }
 * ```
 */
export function safeAssertPartialDate(input: unknown): Result<PartialDate, readonly Issue[]> {
  return safely(() => check(input));
}

function check(input: unknown): Result<PartialDate, readonly Issue[]> {
  if (typeof input !== 'string') {
    return fail([
      { path: [], code: 'invalid-type', message: messages.invalidType('a date string', input) },
    ]);
  }
  const read = readDate(input);
  return 'code' in read ? fail([read]) : ok(input as PartialDate);
}
