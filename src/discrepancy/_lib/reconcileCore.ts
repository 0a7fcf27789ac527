import { pushTo } from '../../_lib/groupBy.js';
import { isKnownCount } from '../../count/isKnownCount.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import type { KnownCount } from '../../count/Count.js';
import type { Camp, Estimate, ReconcileOptions, Reconciliation } from '../Reconciliation.js';
import { defaultSourceWeights } from '../sourceWeights.js';
import type { Source } from '../../source/SourceSchema.js';
import { appendAll } from '../../_lib/spread.js';
import { byId, byText } from '../../_lib/byId.js';

const highOf = (c: KnownCount) => c.high ?? Number.POSITIVE_INFINITY;

/**
 * What the audit settles over the whole dataset before it reconciles a group of the claims left:
 * revisions and retractions are applied (the claims they set aside are gone), and `copyOf` gives
 * each claim's copy link over every claim of its subject, those set aside included, so that a
 * chain of copies through a claim set aside still leads to its original.
 *
 * @internal
 */
export interface Settled {
  readonly copyOf?: ReadonlyMap<string, string> | undefined;
}

/** `reconcile`, with subject keys from a caller that has already computed them. */
export function reconcileWithKeys(
  claims: readonly Claim[],
  options: ReconcileOptions,
  keys: ((claim: Claim) => string) | readonly string[],
  settled?: Settled,
): Reconciliation {
  const sorted = [...claims].sort(byId);
  // Most groups have no links at all: they skip the tables that follow links (the audit
  // reconciles every subject, and those tables were most of what it built per group).
  const linked = sorted.some((c) => c.links !== undefined && c.links.length > 0);
  const present = linked ? new Set(sorted.map((c) => c.id)) : new Set<string>();
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
  // Retractions and revisions set a claim aside, along chains too (what was revised stays
  // revised when its revision is revised again), except within a circle: claims that only set
  // each other aside all stay, so that their disagreement shows instead of vanishing.
  const links: { from: string; to: string; type: 'retracts' | 'revises' }[] = [];
  if (linked && settled === undefined)
    for (const claim of sorted) {
      // A claim's links in the order of the claims they name: the order it lists them in decides
      // nothing.
      const own = (claim.links ?? []).filter(
        (link) =>
          (link.type === 'retracts' || link.type === 'revises') &&
          present.has(link.claim) &&
          link.claim !== claim.id,
      );
      if (own.length > 1) own.sort((a, b) => byText(a.claim, b.claim) || byText(a.type, b.type));
      for (const link of own)
        links.push({ from: claim.id, to: link.claim, type: link.type as 'retracts' | 'revises' });
    }
  if (links.length > 0) {
    const circle = circlesOf(links);
    for (const link of links) {
      const c = circle.get(link.from);
      if (c !== undefined && c === circle.get(link.to)) continue;
      if (out.has(link.to)) continue;
      out.add(link.to);
      excluded.push({ claim: link.to, reason: link.type === 'retracts' ? 'retracted' : 'revised' });
    }
  }
  // Copies: each chain of copies counts once, at its original; in a circle of copies, the claim
  // with the smallest id stands for the others.
  const copyOf = linked ? new Map<string, string>() : undefined;
  if (copyOf)
    for (const claim of sorted) {
      const copied = copiedClaim(claim, (id) => present.has(id));
      if (copied !== undefined) copyOf.set(claim.id, copied);
    }
  // The copy a claim makes: as settled over the whole dataset when it was, else within the group.
  const whole = settled?.copyOf;
  const copiedBy = (id: string): string | undefined => whole?.get(id) ?? copyOf?.get(id);
  const originalOf = copyOf || whole ? copyOriginals(copiedBy) : (id: string) => id;
  for (const claim of sorted) {
    if (out.has(claim.id)) continue;
    if (claim.rank?.level === 'deprecated') {
      out.add(claim.id);
      excluded.push({ claim: claim.id, reason: 'deprecated' });
      continue;
    }
    const copied = copiedBy(claim.id);
    if (copied !== undefined && originalOf(claim.id) !== claim.id) {
      out.add(claim.id);
      excluded.push({ claim: claim.id, reason: 'copy', of: copied });
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
      if (i !== leading && camp.weight <= top / 2) appendAll(outliers, camp.claims);
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

/**
 * The circles of a graph of links (its strongly connected components of more than one claim):
 * each claim on a circle is mapped to a name of its circle. Tarjan's method, without recursion, so
 * that a long chain cannot overflow the stack.
 */
export function circlesOf(links: readonly { from: string; to: string }[]): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const { from, to } of links) pushTo(next, from, to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const circle = new Map<string, number>();
  let counter = 0;
  let circles = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const frames: { id: string; i: number }[] = [{ id: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { id: string; i: number };
      const out = next.get(frame.id) ?? [];
      if (frame.i < out.length) {
        const to = out[frame.i] as string;
        frame.i += 1;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter);
          counter += 1;
          stack.push(to);
          onStack.add(to);
          frames.push({ id: to, i: 0 });
        } else if (onStack.has(to))
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent)
        low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const members: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          members.push(member);
        } while (member !== frame.id);
        if (members.length > 1) {
          for (const m of members) circle.set(m, circles);
          circles += 1;
        }
      }
    }
  }
  return circle;
}

/**
 * Whether a link repeats another claim (`copies`, `restates`) rather than replacing it.
 *
 * @internal
 */
export const isCopyLink = (link: { readonly type: string }): boolean =>
  link.type === 'copies' || link.type === 'restates';

/**
 * The claim a claim copies or restates, among those `present`: the lowest id when it names
 * several, so that the order of its links decides nothing. A claim that also revises or retracts
 * the one it restates is the newer word on it, not a copy: that link does not count.
 *
 * @internal
 */
export function copiedClaim(claim: Claim, present: (id: string) => boolean): string | undefined {
  let found: string | undefined;
  const links = claim.links ?? [];
  // What the claim revises or retracts, read once: a claim may give a hundred links.
  let newer: Set<string> | undefined;
  for (const link of links)
    if (link.type === 'revises' || link.type === 'retracts') (newer ??= new Set()).add(link.claim);
  for (const link of links)
    if (
      isCopyLink(link) &&
      link.claim !== claim.id &&
      (found === undefined || link.claim < found) &&
      newer?.has(link.claim) !== true &&
      present(link.claim)
    )
      found = link.claim;
  return found;
}

/**
 * Each claim's original along the chain of what it copies (`copied`, from {@link copiedClaim}):
 * the end of the chain, or in a circle of copies the smallest id on it. A claim that copies
 * nothing is its own original.
 *
 * @internal
 */
export function copyOriginals(copied: (id: string) => string | undefined): (id: string) => string {
  const originals = new Map<string, string>();
  return (id) => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current = id;
    for (
      let next = copied(current);
      next !== undefined && !onPath.has(current) && !originals.has(current);
      next = copied(current)
    ) {
      onPath.add(current);
      path.push(current);
      current = next;
    }
    let original: string;
    if (originals.has(current)) original = originals.get(current) as string;
    else if (!onPath.has(current)) original = current;
    // A circle: from where it closes on, the smallest id is the original.
    else original = path.slice(path.indexOf(current)).reduce((a, b) => (b < a ? b : a));
    for (const p of path) originals.set(p, original);
    return original;
  };
}
