import type { BreakdownPart } from '../claim/ClaimSchema.js';
import type { Count, CountDifference, KnownCount } from '../count/Count.js';
import type { PartialDate } from '../date/PartialDate.js';

/**
 * One delivered transfer, as the ledger keeps it: who received how many of which category, in
 * which exchange, and when (a single stage's date, or the span of the exchange's stages).
 *
 * @example
 * ```ts
 * import type { LedgerEntry } from 'swapledger';
 * const entry: LedgerEntry = {
 *   exchange: 'ua-ru-2023-04-26', transfer: 'people-to-UA', from: 'RU', to: 'UA', category: 'people',
 *   count: { low: 44, high: 44 }, parts: [], cohorts: [], mediators: [], agreement: null, legalBasis: 'exchange',
 *   on: { first: '2023-04-26', last: '2023-04-26' },
 * };
 * ```
 */
export interface LedgerEntry {
  readonly exchange: string;
  readonly transfer: string;
  readonly from: string;
  readonly to: string;
  readonly category: string;
  readonly count: Count;
  readonly parts: readonly BreakdownPart[];
  readonly cohorts: readonly { readonly cohort: string; readonly count: Count }[];
  readonly mediators: readonly string[];
  /** The agreement the exchange delivers on (the first, when it delivers on several). */
  readonly agreement: string | null;
  /** Every agreement the exchange delivers on. */
  readonly agreements: readonly string[];
  /** The legal basis of the transfer, when recorded. */
  readonly legalBasis: string | null;
  /** The days the transfer may have happened on. */
  readonly on: { readonly first: PartialDate; readonly last: PartialDate };
  /** The earlier transfer this one settles, if any. */
  readonly settles?: { readonly exchange: string; readonly transfer: string };
}

/**
 * A running total from the ledger. `count.low` adds up the transfers certainly inside the window
 * (by their lowest figures); `count.high` adds up every transfer that may be inside it (by their
 * highest), and is `null` when one of those is open-ended, unknown or undisclosed. So a transfer
 * on the very day of an "as of" date widens the interval instead of being guessed in or out.
 *
 * @example
 * ```ts
 * import type { LedgerTotal } from 'swapledger';
 * const total: LedgerTotal = { count: { low: 298, high: 339 }, certain: [], possible: [], unknown: [] };
 * ```
 */
export interface LedgerTotal {
  readonly count: KnownCount;
  /** `exchange/transfer` references certainly counted. */
  readonly certain: readonly string[];
  /** References that may or may not fall in the window. */
  readonly possible: readonly string[];
  /** References whose count is unknown or undisclosed. */
  readonly unknown: readonly string[];
}

/**
 * What an agreement promised one party against what the exchanges that deliver on it gave.
 *
 * @example
 * ```ts
 * import type { AgreementDelivery } from 'swapledger';
 * const row: AgreementDelivery = {
 *   agreement: 'a', to: 'UA', category: 'people', agreed: { low: 110, high: 110 }, basis: 'claims',
 *   claims: ['c1'], delivered: { count: { low: 108, high: 108 }, certain: [], possible: [], unknown: [] },
 *   shortfall: { low: 2, high: 2 },
 * };
 * ```
 */
export interface AgreementDelivery {
  readonly agreement: string;
  readonly to: string;
  readonly category: string;
  /** The promised count, or `'all'` for an all-for-all term. */
  readonly agreed: Count | 'all';
  /** Where the promise comes from: the agreement's terms, or claims about it. */
  readonly basis: 'terms' | 'claims';
  readonly claims: readonly string[];
  readonly delivered: LedgerTotal;
  /** Agreed minus delivered, when both are known numbers. */
  readonly shortfall: CountDifference | null;
}

/**
 * How many of a cohort have come home, against its known size. Only transfers that name the
 * cohort count (members in transfers that do not name it cannot be told apart), and a handover
 * into a third country's custody is not a return.
 *
 * @example
 * ```ts
 * import type { CohortProgress } from 'swapledger';
 * const progress: CohortProgress = {
 *   cohort: 'azovstal-defenders', knownSize: { status: 'unknown' },
 *   returned: { count: { low: 37, high: 37 }, certain: [], possible: [], unknown: [] }, remaining: null,
 * };
 * ```
 */
export interface CohortProgress {
  readonly cohort: string;
  readonly knownSize: Count;
  readonly returned: LedgerTotal;
  /** Known size minus returned, when both are known numbers. */
  readonly remaining: CountDifference | null;
}

/**
 * A transfer that settles an earlier obligation, with the transfer it settles.
 *
 * @example
 * ```ts
 * import type { Settlement } from 'swapledger';
 * const s: Settlement = { transfer: 'x2/to-UA', settles: 'x1/to-TR', on: '2023-07', settledOn: '2022-09' };
 * ```
 */
export interface Settlement {
  readonly transfer: string;
  readonly settles: string;
  readonly on: PartialDate;
  readonly settledOn: PartialDate | null;
}

/**
 * The exchanges on record folded over time: every delivered transfer in date order, what each
 * agreement promised against what was delivered, the progress of each cohort, and the
 * obligations later transfers settled. Query running totals with `receivedBy`.
 *
 * @example
 * ```ts
 * import type { Ledger } from 'swapledger';
 * const empty: Ledger = { entries: [], agreements: [], cohorts: [], settlements: [] };
 * ```
 */
export interface Ledger {
  readonly entries: readonly LedgerEntry[];
  readonly agreements: readonly AgreementDelivery[];
  readonly cohorts: readonly CohortProgress[];
  readonly settlements: readonly Settlement[];
}
