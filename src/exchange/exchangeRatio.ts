import { isKnownCount } from '../count/isKnownCount.js';
import type { Count, KnownCount } from '../count/Count.js';
import { sumBounded } from '../count/_lib/bounds.js';
import { defaultTaxonomy } from '../taxonomy/defaultTaxonomy.js';
import { isCategoryWithin } from '../taxonomy/isCategoryWithin.js';
import { settledTaxonomy } from '../taxonomy/_lib/taxonomyIndex.js';
import type { ReadonlyTaxonomy } from '../taxonomy/TaxonomySchema.js';
import type { Exchange } from './ExchangeSchema.js';

/**
 * What each of the two parties of an exchange received, and the ratio between them, derived from
 * the transfers rather than typed in.
 *
 * @example
 * ```ts
 * import type { ExchangeRatio } from 'swapledger';
 * const balance: ExchangeRatio = {
 *   parties: ['UA', 'RU'],
 *   received: [{ low: 44, high: 44 }, { low: 40, high: 40 }],
 *   ratio: { low: 1.1, high: 1.1 },
 * };
 * ```
 */
export interface ExchangeRatio {
  /** The first party of each side (the two parties, in a swap between two). */
  readonly parties: readonly [string, string];
  /** The parties of each side: one each in a swap between two, several in a multilateral one. */
  readonly sides: readonly [readonly string[], readonly string[]];
  /** What each party received; unknown or undisclosed when any transfer to it was. */
  readonly received: readonly [Count, Count];
  /**
   * How many the first party received per person the second received, as an interval; `null`
   * when either side is not known or the second received no one. `high` is `null` when it is
   * unbounded (an open count, or a second side that may have received no one).
   */
  readonly ratio: { readonly low: number; readonly high: number | null } | null;
}

/** What a side received from outside it: a handover between two parties of one side is not part of the swap. */
function received(
  exchange: Exchange,
  side: ReadonlySet<string>,
  category: string,
  taxonomy: ReadonlyTaxonomy,
): Count {
  const counts: KnownCount[] = [];
  for (const transfer of exchange.transfers) {
    if (!side.has(transfer.to) || side.has(transfer.from)) continue;
    if (!isCategoryWithin(transfer.category, category, taxonomy)) continue;
    if (!isKnownCount(transfer.count)) return transfer.count;
    counts.push(transfer.count);
  }
  return sumBounded(counts);
}

/**
 * Derives the ratio of an exchange between two parties: what each received in a category
 * (`people` unless told otherwise; remains are counted separately), and how many the first
 * received per person the second did. 44 returned to Ukraine for 40 to Russia is a ratio of 1.1;
 * five for one is 5. An unknown or undisclosed transfer makes that side, and the ratio, unknown.
 *
 * @param exchange - The exchange.
 * @param parties - The two parties to compare, or two sides of a multilateral exchange (each a
 *   list of parties: what a side received is what came to any of them from outside the side);
 *   the exchange's first two `sides`, or else its first two parties, when absent.
 * @param category - What to count; `people` when absent.
 * @param taxonomy - A valid taxonomy; `defaultTaxonomy` when absent.
 * @returns The counts received by each party and the ratio between them.
 * @example
 * ```ts
 * import { exchangeRatio } from 'swapledger';
 * const ratio = exchangeRatio({
 *   id: 'ua-ru-2022-03-01', parties: ['UA', 'RU'], status: 'completed', stages: [{ on: '2022-03-01' }],
 *   transfers: [
 *     { id: 'a', from: 'RU', to: 'UA', category: 'people', count: { low: 5, high: 5 } },
 *     { id: 'b', from: 'UA', to: 'RU', category: 'people', count: { low: 1, high: 1 } },
 *   ],
 * });
 * ratio.ratio; // { low: 5, high: 5 }
 * ```
 */
export function exchangeRatio(
  exchange: Exchange,
  parties: readonly [string | readonly string[], string | readonly string[]] = defaultSides(
    exchange,
  ),
  category = 'people',
  taxonomy: ReadonlyTaxonomy = defaultTaxonomy,
): ExchangeRatio {
  const sides = [asSide(parties[0]), asSide(parties[1])] as const;
  // Read as it is now, and indexed once for every transfer.
  const settled = settledTaxonomy(taxonomy);
  const first = received(exchange, new Set(sides[0]), category, settled);
  const second = received(exchange, new Set(sides[1]), category, settled);
  let ratio: ExchangeRatio['ratio'] = null;
  // No ratio when a side is not known, or when the second side received no one (a one-way release).
  if (isKnownCount(first) && isKnownCount(second) && second.high !== 0) {
    const low = second.high === null ? 0 : first.low / second.high;
    const high = first.high === null || second.low === 0 ? null : first.high / second.low;
    ratio = { low, high };
  }
  return {
    parties: [sides[0][0] ?? '', sides[1][0] ?? ''],
    sides,
    received: [first, second],
    ratio,
  };
}

/** The exchange's first two sides when it names them, else its first two parties. */
function defaultSides(exchange: Exchange): readonly [readonly string[], readonly string[]] {
  const [a, b] = exchange.sides ?? [[exchange.parties[0] ?? ''], [exchange.parties[1] ?? '']];
  return [a ?? [], b ?? []];
}

function asSide(side: string | readonly string[]): readonly string[] {
  return typeof side === 'string' ? [side] : [...side];
}
