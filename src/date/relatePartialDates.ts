import { dayKeysOf } from './_lib/dateParts.js';
import type { DateRelation, PartialDate } from './PartialDate.js';

/**
 * How two partial dates relate as intervals of days. `'2023-04'` and `'2023-04-26'` are not
 * ordered: the first `contains` the second. Only `before` and `after` mean one certainly
 * came first.
 *
 * @param a - A valid partial date.
 * @param b - Another valid partial date.
 * @returns `'before'`, `'after'`, `'same'`, `'contains'` (a contains b) or `'within'` (a lies in b).
 * @example
 * ```ts
 * import { relatePartialDates } from 'swapledger';
 * relatePartialDates('2022-11', '2023-04-26'); // 'before'
 * relatePartialDates('2023-04', '2023-04-26'); // 'contains'
 * relatePartialDates('2023-04-26', '2023'); // 'within'
 * ```
 */
export function relatePartialDates(a: PartialDate, b: PartialDate): DateRelation {
  const ka = dayKeysOf(a);
  const kb = dayKeysOf(b);
  if (ka.last < kb.first) return 'before';
  if (kb.last < ka.first) return 'after';
  if (ka.first === kb.first && ka.last === kb.last) return 'same';
  return ka.first <= kb.first && ka.last >= kb.last ? 'contains' : 'within';
}
