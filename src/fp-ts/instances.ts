// fp-ts type-class instances as plain values. They import only fp-ts's types, so this entry costs
// nothing at run time beyond the package's own functions.
import { isKnownCount } from '../count/isKnownCount.js';
import type { Eq } from 'fp-ts/Eq';
import type { Monoid } from 'fp-ts/Monoid';
import type { Ord } from 'fp-ts/Ord';
import type { Semigroup } from 'fp-ts/Semigroup';
import type { Show } from 'fp-ts/Show';
import type { Count, KnownCount } from '../count/Count.js';
import { formatCount } from '../count/formatCount.js';
import { hullCounts } from '../count/hullCounts.js';
import { sumCounts } from '../count/sumCounts.js';
import { comparePartialDates } from '../date/comparePartialDates.js';
import type { PartialDate } from '../date/PartialDate.js';
import type { Exchange } from '../exchange/ExchangeSchema.js';
import type { Ledger } from '../ledger/LedgerTypes.js';
import { emptyLedger, mergeLedgers } from '../ledger/mergeLedgers.js';

const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);

/**
 * Equality of partial dates: the same string. `2023-04` and `2023-04-26` are different dates.
 *
 * @example
 * ```ts
 * import { EqPartialDate } from 'swapledger/fp-ts';
 * EqPartialDate.equals('2023-04', '2023-04'); // true
 * ```
 */
export const EqPartialDate: Eq<PartialDate> = { equals: (a, b) => a === b };

/**
 * The total order of partial dates used for sorting: by first day, the wider date first on a tie
 * (`2023` < `2023-01` < `2023-01-01`). Whether one date is certainly before another is
 * `relatePartialDates`.
 *
 * @example
 * ```ts
 * import { OrdPartialDate } from 'swapledger/fp-ts';
 * OrdPartialDate.compare('2022-11', '2023-04-26'); // -1
 * ```
 */
export const OrdPartialDate: Ord<PartialDate> = {
  equals: EqPartialDate.equals,
  compare: (a, b) => sign(comparePartialDates(a, b)),
};

/**
 * Equality of counts as figures: the same interval and best estimate, or the same absence.
 * Wording and lexicon are ignored ("44" and "forty-four" are equal).
 *
 * @example
 * ```ts
 * import { EqCount } from 'swapledger/fp-ts';
 * EqCount.equals({ low: 44, high: 44, wording: '44' }, { low: 44, high: 44 }); // true
 * EqCount.equals({ status: 'unknown' }, { status: 'undisclosed' }); // false
 * ```
 */
export const EqCount: Eq<Count> = {
  equals: (a, b) => {
    if (!isKnownCount(a) || !isKnownCount(b))
      return !isKnownCount(a) && !isKnownCount(b) && a.status === b.status;
    return a.low === b.low && a.high === b.high && a.best === b.best;
  },
};

/**
 * A total order of known counts for sorting and for keys: by low, then high (open last), then
 * best (none first). It does not mean "fewer people": counts are intervals, and their order is
 * partial (`compareCounts` says lower, higher, equal or indeterminate).
 *
 * @example
 * ```ts
 * import { OrdKnownCount } from 'swapledger/fp-ts';
 * OrdKnownCount.compare({ low: 36, high: 44 }, { low: 40, high: 40 }); // -1
 * ```
 */
export const OrdKnownCount: Ord<KnownCount> = {
  equals: (a, b) => EqCount.equals(a, b),
  compare: (a, b) =>
    sign(a.low - b.low) ||
    sign((a.high ?? Number.POSITIVE_INFINITY) - (b.high ?? Number.POSITIVE_INFINITY)) ||
    sign((a.best ?? -1) - (b.best ?? -1)),
};

/**
 * Exchanges are equal when they have the same id.
 *
 * @example
 * ```ts
 * import { EqExchange } from 'swapledger/fp-ts';
 * const x = { id: 'x', parties: ['UA', 'RU'], status: 'completed' as const, stages: [{ on: '2023' as const }], transfers: [] };
 * EqExchange.equals(x, { ...x, status: 'aborted' }); // true
 * ```
 */
export const EqExchange: Eq<Exchange> = { equals: (a, b) => a.id === b.id };

/**
 * Exchanges in order of their first stage's date, then by id.
 *
 * @example
 * ```ts
 * import { OrdExchange } from 'swapledger/fp-ts';
 * const x = (id: string, on: '2022' | '2023') => ({ id, parties: ['UA', 'RU'], status: 'completed' as const, stages: [{ on }], transfers: [] });
 * OrdExchange.compare(x('b', '2022'), x('a', '2023')); // -1
 * ```
 */
export const OrdExchange: Ord<Exchange> = {
  equals: EqExchange.equals,
  compare: (a, b) => {
    const da = a.stages[0]?.on;
    const db = b.stages[0]?.on;
    const byDate = da && db ? sign(comparePartialDates(da, db)) : 0;
    return byDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  },
};

/**
 * Adding counts as intervals (see `sumCounts`); it throws on a sum past the largest safe integer.
 *
 * @example
 * ```ts
 * import { SemigroupSumCount } from 'swapledger/fp-ts';
 * SemigroupSumCount.concat({ low: 36, high: 36 }, { low: 8, high: 8 }); // { low: 44, high: 44 }
 * ```
 */
export const SemigroupSumCount: Semigroup<KnownCount> = { concat: (a, b) => sumCounts([a, b]) };

/**
 * Adding counts, with exact zero as identity: fold a list of counts with it.
 *
 * @example
 * ```ts
 * import { MonoidSumCount } from 'swapledger/fp-ts';
 * MonoidSumCount.empty; // { low: 0, high: 0 }
 * ```
 */
export const MonoidSumCount: Monoid<KnownCount> = {
  concat: SemigroupSumCount.concat,
  empty: { low: 0, high: 0 },
};

/**
 * The smallest count containing both (see `hullCounts`); a semigroup with no identity.
 *
 * @example
 * ```ts
 * import { SemigroupHullCount } from 'swapledger/fp-ts';
 * SemigroupHullCount.concat({ low: 40, high: 40 }, { low: 44, high: 44 }); // { low: 40, high: 44 }
 * ```
 */
export const SemigroupHullCount: Semigroup<KnownCount> = { concat: hullCounts };

/**
 * Merging ledgers built from shards of data (see `mergeLedgers`), with the empty ledger as
 * identity: the merge of the ledgers of two halves is the ledger of the whole.
 *
 * @example
 * ```ts
 * import { MonoidLedger } from 'swapledger/fp-ts';
 * MonoidLedger.empty.entries.length; // 0
 * ```
 */
export const MonoidLedger: Monoid<Ledger> = { concat: mergeLedgers, empty: emptyLedger };

/**
 * Shows a count as people read it (see `formatCount`).
 *
 * @example
 * ```ts
 * import { ShowCount } from 'swapledger/fp-ts';
 * ShowCount.show({ low: 2201, high: null }); // '2,201 or more'
 * ```
 */
export const ShowCount: Show<Count> = { show: formatCount };
