import type { Claim } from '../claim/ClaimSchema.js';
import { subjectKey } from '../claim/subjectKey.js';
import { reconcileWithKeys } from './_lib/reconcileCore.js';
import type { ReconcileOptions, Reconciliation } from './Reconciliation.js';

/**
 * Reconciles the claims about one subject. Claims that copy or restate another claim in the set
 * are counted once; deprecated, retracted and revised claims are set aside; unknown and
 * undisclosed figures are listed apart. The remaining figures are split into the fewest camps of
 * mutually consistent claims (never averaged across camps): with one camp, `consensus` is where
 * they all agree. The leading camp is the heaviest by source weight; claims in camps weighing at
 * most half as much are outliers; the `estimate` is a weighted mean of the leading camp, labelled
 * as an estimate. The result does not depend on the order of the claims.
 *
 * @param claims - Claims about one subject (see `subjectKey`).
 * @param options - The sources, to weigh claims by kind, and the weights.
 * @returns The consensus or camps, outliers, estimate, and what was set aside.
 * @example
 * ```ts
 * import { reconcile } from 'swapledger';
 * const claim = (id: string, low: number, high: number) => ({
 *   id, source: id, citations: [], value: { low, high },
 *   subject: { type: 'transferred' as const, exchange: 'x', to: 'UA' },
 * });
 * reconcile([claim('a', 52, 52), claim('b', 50, 50), claim('c', 45, 55)]).camps.length; // 2
 * reconcile([claim('a', 50, 50), claim('c', 45, 55)]).consensus; // { low: 50, high: 50 }
 * ```
 */
export function reconcile(
  claims: readonly Claim[],
  options: ReconcileOptions = {},
): Reconciliation {
  return reconcileWithKeys(claims, options, (c) => subjectKey(c.subject));
}
