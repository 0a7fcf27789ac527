import type { PartialDate } from '../PartialDate.js';
import { dayKeys, readDate, type DateParts } from './calendar.js';
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

// A dataset names few distinct dates and the ledger and the audit read each of them many times:
// the day keys of the dates read last are kept, in a table emptied whenever it fills.
const keysByDate = new Map<string, { readonly first: number; readonly last: number }>();

/** The first and last day key of a valid date (see {@link dayKeys}), read once per date. */
export function dayKeysOf(date: PartialDate): { readonly first: number; readonly last: number } {
  let keys = keysByDate.get(date);
  if (keys === undefined) {
    keys = dayKeys(partsOf(date));
    if (keysByDate.size >= 4096) keysByDate.clear();
    keysByDate.set(date, keys);
  }
  return keys;
}
