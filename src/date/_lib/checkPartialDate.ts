import { readDate } from './calendar.js';
import * as messages from '../../_lib/messages.js';
import { fail, ok } from '../../result/_lib/result.js';
import { safely } from '../../validation/_lib/safely.js';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../../validation/Issue.js';
import type { PartialDate } from '../PartialDate.js';

/**
 * A partial date's check, in the words of dates ("expected a date string"). The one check behind
 * `safeAssertPartialDate` and the date schema's Standard Schema.
 */
export function checkPartialDate(input: unknown): Result<PartialDate, readonly Issue[]> {
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
