import { isKnownCount } from '../../count/isKnownCount.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import type { KnownCount } from '../../count/Count.js';
import type { Camp, Estimate, ReconcileOptions, Reconciliation } from '../Reconciliation.js';
import { defaultSourceWeights } from '../sourceWeights.js';
import type { Source } from '../../source/SourceSchema.js';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const highOf = (c: KnownCount) => c.high ?? Number.POSITIVE_INFINITY;

/** `reconcile`, with subject keys from a caller that has already computed them. */
export function reconcileWithKeys(
  claims: readonly Claim[],
  options: ReconcileOptions,
  keys: ((claim: Claim) => string) | readonly string[],
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
    if (claim.links === undefined) continue;
    for (const link of claim.links) {
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
    if (!isKnownCount(claim.value)) {
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
    subjects: typeof keys === 'function' ? [...new Set(sorted.map(keys))].sort() : [...keys],
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
