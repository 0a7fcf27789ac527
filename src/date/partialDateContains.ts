import { relatePartialDates } from './relatePartialDates.js';
import type { PartialDate } from './PartialDate.js';

/**
 * Tells whether every day of `inner` falls within `outer` (a date contains itself).
 *
 * @param outer - A valid partial date.
 * @param inner - Another valid partial date.
 * @returns `true` when `inner` lies within `outer` or is the same.
 * @example
 * ```ts
 * import { partialDateContains } from 'swapledger';
 * partialDateContains('2023', '2023-04-26'); // true
 * partialDateContains('2023-04-26', '2023'); // false
 * ```
 */
export function partialDateContains(outer: PartialDate, inner: PartialDate): boolean {
  const relation = relatePartialDates(outer, inner);
  return relation === 'same' || relation === 'contains';
}
