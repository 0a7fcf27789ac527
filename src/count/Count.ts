/**
 * A headcount given as an interval of whole people, `low..high`. Exact 44 is `{ low: 44, high: 44 }`;
 * "over 2,200" is `{ low: 2201, high: null }` (`null` means open-ended). `best` is an optional point
 * estimate inside the interval; `wording` keeps the words the figure was stated in, and `lexicon`
 * names the lexicon version that read those words, when a parser produced the count.
 *
 * @example
 * ```ts
 * import type { KnownCount } from 'swapledger';
 * const returned: KnownCount = { low: 44, high: 44 };
 * const overall: KnownCount = { low: 2201, high: null, wording: 'over 2,200' };
 * ```
 */
export interface KnownCount {
  readonly low: number;
  readonly high: number | null;
  readonly best?: number;
  readonly wording?: string;
  readonly lexicon?: string;
}

/**
 * A figure that exists but that nobody gave: the number of people in a transfer no source stated.
 * It is not zero and not undisclosed, and no function turns it into either.
 *
 * @example
 * ```ts
 * import type { UnknownCount } from 'swapledger';
 * const notStated: UnknownCount = { status: 'unknown' };
 * ```
 */
export interface UnknownCount {
  readonly status: 'unknown';
  readonly wording?: string;
}

/**
 * A figure that a party declined to give ("the number was not disclosed"). It is a fact about the
 * party's statement, distinct from unknown and from zero.
 *
 * @example
 * ```ts
 * import type { UndisclosedCount } from 'swapledger';
 * const refused: UndisclosedCount = { status: 'undisclosed', wording: 'Moscow did not comment' };
 * ```
 */
export interface UndisclosedCount {
  readonly status: 'undisclosed';
  readonly wording?: string;
}

/**
 * Any headcount as the package records it: a {@link KnownCount} interval (zero is the exact count
 * `{ low: 0, high: 0 }`), an {@link UnknownCount} or an {@link UndisclosedCount}. Interval
 * arithmetic is defined on known counts only, so code must decide what an absent figure means
 * before it sums; the type system makes that decision visible.
 *
 * @example
 * ```ts
 * import type { Count } from 'swapledger';
 * const figures: Count[] = [{ low: 0, high: 0 }, { status: 'unknown' }, { status: 'undisclosed' }];
 * ```
 */
export type Count = KnownCount | UnknownCount | UndisclosedCount;

/**
 * The signed difference of two counts, `a − b`, as an interval that may reach below zero. `null`
 * on either side means unbounded in that direction (a difference with an open-ended count).
 *
 * @example
 * ```ts
 * import type { CountDifference } from 'swapledger';
 * // 40 returned to one side, 44 to the other: 40 − 44
 * const gap: CountDifference = { low: -4, high: -4 };
 * ```
 */
export interface CountDifference {
  readonly low: number | null;
  readonly high: number | null;
}
