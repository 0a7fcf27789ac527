import { dayKeysOf } from './_lib/dateParts.js';
import type { PartialDate } from './PartialDate.js';

/**
 * A total order for sorting partial dates: by first day, and where two start on the same day, the
 * wider first (`2023` before `2023-01` before `2023-01-01`). Use it with `Array.prototype.sort`;
 * use `relatePartialDates` to ask whether one date is certainly before another.
 *
 * @param a - A valid partial date.
 * @param b - Another valid partial date.
 * @returns A negative number if `a` sorts first, positive if `b` does, 0 if they are the same.
 * @example
 * ```ts
 * import { comparePartialDates } from 'swapledger';
 * ['2023-04-26', '2022', '2023-04'].sort(comparePartialDates); // ['2022', '2023-04', '2023-04-26']
 * ```
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ka = dayKeysOf(a);
  const kb = dayKeysOf(b);
  if (ka.first !== kb.first) return ka.first < kb.first ? -1 : 1;
  if (ka.last !== kb.last) return ka.last > kb.last ? -1 : 1;
  return 0;
}
