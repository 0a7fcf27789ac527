import { daysInMonth } from './_lib/calendar.js';
import { partsOf } from './_lib/dateParts.js';
import type { DayRange, PartialDate } from './PartialDate.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The interval of days a partial date stands for, both ends inclusive.
 *
 * @param date - A valid partial date (an invalid one throws a `SwapledgerError`).
 * @returns Its first and last day as full dates.
 * @example
 * ```ts
 * import { partialDateRange } from 'swapledger';
 * partialDateRange('2024-02'); // { first: '2024-02-01', last: '2024-02-29' }
 * partialDateRange('2023'); // { first: '2023-01-01', last: '2023-12-31' }
 * ```
 */
export function partialDateRange(date: PartialDate): DayRange {
  const { year, month, day } = partsOf(date);
  const y = pad(year, 4);
  if (month === undefined) {
    return { first: `${y}-01-01` as PartialDate, last: `${y}-12-31` as PartialDate };
  }
  const m = pad(month, 2);
  if (day === undefined) {
    const lastDay = pad(daysInMonth(year, month), 2);
    return { first: `${y}-${m}-01` as PartialDate, last: `${y}-${m}-${lastDay}` as PartialDate };
  }
  return { first: date, last: date };
}
