/**
 * A calendar date known to the year, the month or the day: `"2023"`, `"2023-04"` or
 * `"2023-04-26"` (ISO 8601, Gregorian calendar). Each stands for an interval of days. On the wire it
 * is a plain string; validate untrusted input with `safeAssertPartialDate`.
 *
 * @example
 * ```ts
 * import type { PartialDate } from 'swapledger';
 * const swap: PartialDate = '2023-04-26';
 * const sometimeThatSpring: PartialDate = '2023-04';
 * ```
 */
export type PartialDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

/**
 * How precisely a {@link PartialDate} is known.
 *
 * @example
 * ```ts
 * import type { DatePrecision } from 'swapledger';
 * const precision: DatePrecision = 'month';
 * ```
 */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * The first and last day a {@link PartialDate} can mean, both inclusive, as full dates.
 *
 * @example
 * ```ts
 * import type { DayRange } from 'swapledger';
 * const april: DayRange = { first: '2023-04-01', last: '2023-04-30' };
 * ```
 */
export interface DayRange {
  readonly first: PartialDate;
  readonly last: PartialDate;
}

/**
 * How two partial dates relate. Calendar years, months and days nest, so two partial dates are
 * always either apart (`before`/`after`), the `same`, or one lies inside the other
 * (`contains`/`within`, from the first date's point of view).
 *
 * @example
 * ```ts
 * import type { DateRelation } from 'swapledger';
 * const relation: DateRelation = 'contains'; // '2023-04' contains '2023-04-26'
 * ```
 */
export type DateRelation = 'before' | 'after' | 'same' | 'contains' | 'within';
