import type { KnownCount } from '../count/Count.js';
import type { Source } from '../source/SourceSchema.js';
import type { SourceWeights } from './sourceWeights.js';

/**
 * A group of claims that can all be true at once: their intervals share at least one value.
 *
 * @example
 * ```ts
 * import type { Camp } from 'swapledger';
 * const camp: Camp = { claims: ['a', 'b'], interval: { low: 44, high: 44 }, weight: 4 };
 * ```
 */
export interface Camp {
  readonly claims: readonly string[];
  /** Where all of the camp's claims agree. */
  readonly interval: KnownCount;
  /** The camp's total weight (see `defaultSourceWeights`). */
  readonly weight: number;
}

/**
 * A best estimate. It is never a fact: it is a weighted mean of the leading camp's figures,
 * rounded to whole people and kept within the camp's common interval.
 *
 * @example
 * ```ts
 * import type { Estimate } from 'swapledger';
 * const estimate: Estimate = { kind: 'estimate', value: 44, method: 'weighted-mean', claims: ['a', 'b'] };
 * ```
 */
export interface Estimate {
  readonly kind: 'estimate';
  readonly value: number;
  readonly method: 'weighted-mean';
  readonly claims: readonly string[];
}

/**
 * The result of {@link reconcile}.
 *
 * @example
 * ```ts
 * import type { Reconciliation } from 'swapledger';
 * const none: Reconciliation = {
 *   subjects: [], considered: [], consensus: null, camps: [], leading: null,
 *   outliers: [], estimate: null, excluded: [], absent: [],
 * };
 * ```
 */
export interface Reconciliation {
  /** The subject keys of the claims (one, when they are all about the same thing). */
  readonly subjects: readonly string[];
  /** The claims whose figures were weighed, by id. */
  readonly considered: readonly string[];
  /** Where every considered claim agrees, or `null` when they split into several camps. */
  readonly consensus: KnownCount | null;
  /** Groups of mutually consistent claims, fewest possible, in order of their common value. */
  readonly camps: readonly Camp[];
  /** The index in `camps` of the camp with the greatest weight, or `null` on a tie. */
  readonly leading: number | null;
  /** Claims in camps that weigh at most half as much as the leading camp. */
  readonly outliers: readonly string[];
  /** A weighted estimate from the leading camp, or `null` when there is none. */
  readonly estimate: Estimate | null;
  /** Claims left out, and why: deprecated, retracted, revised by a later claim, or a copy. */
  readonly excluded: readonly {
    readonly claim: string;
    readonly reason: 'deprecated' | 'retracted' | 'revised' | 'copy';
    readonly of?: string;
  }[];
  /** Claims with no figure: unknown or undisclosed. */
  readonly absent: readonly {
    readonly claim: string;
    readonly status: 'unknown' | 'undisclosed';
  }[];
}

/**
 * Options for {@link reconcile}.
 *
 * @example
 * ```ts
 * import { defaultSourceWeights, type ReconcileOptions } from 'swapledger';
 * const options: ReconcileOptions = { sources: [], weights: { ...defaultSourceWeights, anonymous: 0 } };
 * ```
 */
export interface ReconcileOptions {
  /** The sources of the claims, to weigh them by kind; every claim weighs 1 without them. */
  readonly sources?: readonly Source[] | ReadonlyMap<string, Source>;
  /** Weights by source kind; `defaultSourceWeights` when absent. */
  readonly weights?: SourceWeights;
}
