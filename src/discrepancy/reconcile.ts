import type { Claim } from '../claim/ClaimSchema.js';
import { subjectKey } from '../claim/subjectKey.js';
import type { KnownCount } from '../count/Count.js';
import type { Source } from '../source/SourceSchema.js';
import { defaultSourceWeights, type SourceWeights } from './sourceWeights.js';

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

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const highOf = (c: KnownCount) => c.high ?? Number.POSITIVE_INFINITY;

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
  const sorted = [...claims].sort(byId);
  const present = new Set(sorted.map((c) => c.id));
  const sources: ReadonlyMap<string, Source> =
    options.sources instanceof Map
      ? options.sources
      : new Map(((options.sources as readonly Source[] | undefined) ?? []).map((s) => [s.id, s]));
  const weights = options.weights ?? defaultSourceWeights;

  const excluded: {
    claim: string;
    reason: 'deprecated' | 'retracted' | 'revised' | 'copy';
    of?: string;
  }[] = [];
  const out = new Set<string>();
  for (const claim of sorted) {
    for (const link of claim.links ?? []) {
      if (!present.has(link.claim) || link.claim === claim.id) continue;
      if (link.type === 'retracts' || link.type === 'revises') {
        if (!out.has(link.claim)) {
          out.add(link.claim);
          excluded.push({
            claim: link.claim,
            reason: link.type === 'retracts' ? 'retracted' : 'revised',
          });
        }
      }
    }
  }
  for (const claim of sorted) {
    if (out.has(claim.id)) continue;
    if (claim.rank?.level === 'deprecated') {
      out.add(claim.id);
      excluded.push({ claim: claim.id, reason: 'deprecated' });
      continue;
    }
    const copied = claim.links?.find(
      (l) =>
        (l.type === 'copies' || l.type === 'restates') &&
        present.has(l.claim) &&
        l.claim !== claim.id,
    );
    if (copied) {
      out.add(claim.id);
      excluded.push({ claim: claim.id, reason: 'copy', of: copied.claim });
    }
  }

  const absent: { claim: string; status: 'unknown' | 'undisclosed' }[] = [];
  const known: { claim: Claim; value: KnownCount; weight: number }[] = [];
  for (const claim of sorted) {
    if (out.has(claim.id)) continue;
    if ('status' in claim.value) {
      absent.push({ claim: claim.id, status: claim.value.status });
      continue;
    }
    const source = sources.get(claim.source);
    const base = source ? weights[source.kind] : 1;
    const weight = base * (claim.rank?.level === 'preferred' ? 2 : 1);
    known.push({ claim, value: claim.value, weight });
  }

  // The fewest camps: stab the interval that ends first; everything that starts by then shares
  // that point. Sorting by end, then start, then id makes the result independent of input order.
  const queue = [...known].sort(
    (a, b) =>
      highOf(a.value) - highOf(b.value) || a.value.low - b.value.low || byId(a.claim, b.claim),
  );
  const camps: Camp[] = [];
  const members: (typeof known)[] = [];
  const taken = new Set<string>();
  // Stabs only move right, so one pointer over the claims sorted by start finds each camp.
  const byStart = [...known].sort((a, b) => a.value.low - b.value.low || byId(a.claim, b.claim));
  let next = 0;
  for (const first of queue) {
    if (taken.has(first.claim.id)) continue;
    const stab = highOf(first.value);
    const group: typeof known = [];
    while (next < byStart.length && (byStart[next]?.value.low ?? Infinity) <= stab) {
      const k = byStart[next] as (typeof known)[number];
      next += 1;
      if (!taken.has(k.claim.id)) {
        taken.add(k.claim.id);
        group.push(k);
      }
    }
    let low = 0;
    let high = Number.POSITIVE_INFINITY;
    for (const k of group) {
      low = Math.max(low, k.value.low);
      high = Math.min(high, highOf(k.value));
    }
    camps.push({
      claims: group.map((k) => k.claim.id).sort(),
      interval: { low, high: Number.isFinite(high) ? high : null },
      weight: group.reduce((sum, k) => sum + k.weight, 0),
    });
    members.push(group);
  }

  let leading: number | null = null;
  camps.forEach((camp, i) => {
    if (leading === null || camp.weight > (camps[leading]?.weight ?? 0)) leading = i;
  });
  if (
    leading !== null &&
    camps.some((c, i) => i !== leading && c.weight === camps[leading as number]?.weight)
  )
    leading = null;

  const outliers: string[] = [];
  if (leading !== null) {
    const top = camps[leading]?.weight ?? 0;
    camps.forEach((camp, i) => {
      if (i !== leading && camp.weight <= top / 2) outliers.push(...camp.claims);
    });
  }

  let estimate: Estimate | null = null;
  if (leading !== null) {
    const group = members[leading] ?? [];
    const interval = camps[leading]?.interval ?? { low: 0, high: null };
    let sum = 0;
    let total = 0;
    for (const k of group) {
      const point =
        k.value.best ?? (k.value.high === null ? k.value.low : (k.value.low + k.value.high) / 2);
      sum += point * k.weight;
      total += k.weight;
    }
    if (total > 0) {
      let value = Math.round(sum / total);
      value = Math.max(
        interval.low,
        interval.high === null ? value : Math.min(interval.high, value),
      );
      estimate = {
        kind: 'estimate',
        value,
        method: 'weighted-mean',
        claims: group.map((k) => k.claim.id).sort(),
      };
    }
  }

  return {
    subjects: [...new Set(sorted.map((c) => subjectKey(c.subject)))].sort(),
    considered: known.map((k) => k.claim.id),
    consensus: camps.length === 1 ? (camps[0]?.interval ?? null) : null,
    camps,
    leading,
    outliers: outliers.sort(),
    estimate,
    excluded,
    absent,
  };
}
