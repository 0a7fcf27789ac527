import type { PartialDate } from '../PartialDate.js';
import { readDate, type DateParts } from './calendar.js';
import { fail } from '../../result/_lib/result.js';
import { unwrap } from '../../validation/_lib/outcome.js';

/**
 * The parts of a date the caller promised is valid. Functions that take a `PartialDate` rely on
 * it having been validated; an invalid string is a programming error and throws.
 */
export function partsOf(date: PartialDate): DateParts {
  const read = readDate(date);
  if ('code' in read) return unwrap(fail([read]));
  return read;
}
