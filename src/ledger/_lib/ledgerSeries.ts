import { isKnownCount } from '../../count/isKnownCount.js';
import type { BreakdownPart } from '../../claim/ClaimSchema.js';
import type { Count, KnownCount } from '../../count/Count.js';
import { dayKeys } from '../../date/_lib/calendar.js';
import { partsOf } from '../../date/_lib/dateParts.js';
import type { PartialDate } from '../../date/PartialDate.js';
import type { LedgerEntry, LedgerTotal } from '../LedgerTypes.js';
import { categoriesDisjoint } from '../../taxonomy/categoriesDisjoint.js';
import { isCategoryWithin } from '../../taxonomy/isCategoryWithin.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';
import { addHighs, addLows, boundOrOpen } from '../../count/_lib/bounds.js';

/** What to add up. */
export interface SeriesFilter {
  readonly to: string;
  readonly category: string;
  readonly from?: string | undefined;
  readonly since?: PartialDate | undefined;
  readonly through?: string | undefined;
  readonly cohort?: string | undefined;
  readonly agreement?: string | undefined;
  readonly legalBasis?: string | undefined;
  /** Count a cohort only where transfers name it, and never a handover into custody. */
  readonly namedOnly?: boolean | undefined;
}

interface Item {
  readonly ref: string;
  readonly first: number;
  readonly last: number;
  readonly low: number;
  /** null: open-ended or not known. */
  readonly high: number | null;
  readonly unknown: boolean;
  readonly certainSince: boolean;
}

const keysOf = (date: PartialDate) => dayKeys(partsOf(date));

/**
 * The part of an entry that counts under `filter`, as [low, high|null, unknown], or undefined when
 * none of it can. A transfer of the category (or a narrower one) counts in full. A transfer that
 * may overlap the category (a broader one, or one split another way) counts from the parts of
 * its breakdown that certainly fall in the category, up to its whole count: nothing says the rest
 * is outside. A cohort is counted where transfers name it, and otherwise may be anywhere in them.
 */
/**
 * What one ledger entry adds to a total of `filter.category` (and cohort): its count when its
 * category lies within, what its parts certainly hold up to its count when it is broader, nothing
 * when the two do not overlap. `[low, high, unknown]`, or undefined when it adds nothing.
 */
export function contribution(
  entry: LedgerEntry,
  filter: SeriesFilter,
  taxonomy: Taxonomy,
): [number, number | null, boolean] | undefined {
  const whole = (count: Count): [number, number | null, boolean] =>
    !isKnownCount(count) ? [0, null, true] : [count.low, count.high, false];
  let range: [number, number | null, boolean];
  if (isCategoryWithin(entry.category, filter.category, taxonomy)) range = whole(entry.count);
  else {
    const verdict = categoriesDisjoint([entry.category, filter.category], taxonomy);
    if (
      verdict.disjoint ||
      verdict.reason === 'people-and-remains' ||
      verdict.reason === 'unknown-category'
    )
      return undefined;
    const parts: BreakdownPart[] = entry.parts.filter((p) =>
      isCategoryWithin(p.category, filter.category, taxonomy),
    );
    let low = 0;
    if (
      parts.length > 0 &&
      categoriesDisjoint(
        parts.map((p) => p.category),
        taxonomy,
      ).disjoint
    ) {
      for (const part of parts) if (isKnownCount(part.count)) low = addLows(low, part.count.low);
    }
    const [, high, unknown] = whole(entry.count);
    range = [low, high === null ? null : Math.max(low, high), unknown];
  }
  // An exchange that delivers on several agreements: only parts said to be under this one
  // count toward it; with no such split, anything from none to the whole may be.
  if (filter.agreement !== undefined && entry.agreements.length > 1) {
    const split = entry.parts.filter((p) => p.agreement !== undefined);
    if (split.length > 0) {
      let low = 0;
      let high: number | null = 0;
      for (const part of split) {
        if (part.agreement !== filter.agreement) continue;
        if (!isKnownCount(part.count)) return [0, null, true];
        // A part broader than the category counted may hold none of it, or all of its count.
        if (isCategoryWithin(part.category, filter.category, taxonomy))
          low = addLows(low, part.count.low);
        else if (categoriesDisjoint([part.category, filter.category], taxonomy).disjoint) continue;
        high = addHighs(high, part.count.high);
      }
      range = [low, high, range[2]];
    } else range = [0, range[1], range[2]];
  }
  if (filter.cohort === undefined) return range;
  const named =
    entry.cohorts.find((c) => c.cohort === filter.cohort)?.count ??
    entry.parts.find((p) => p.cohort === filter.cohort)?.count;
  if (filter.namedOnly === true) {
    return named === undefined || entry.legalBasis === 'custody-transfer'
      ? undefined
      : whole(named);
  }
  if (named !== undefined) return whole(named);
  return [0, range[1], range[2]];
}

/**
 * A running total over time for one filter, answered by binary search: build once in
 * O(n log n), then each "as of" question costs O(log n) plus the size of the answer's lists.
 */
export class Series {
  private readonly byLast: Item[];
  private readonly byFirst: Item[];
  private readonly lowPrefix: number[];
  private readonly highPrefix: number[];
  private readonly openPrefix: number[];
  /** The longest span of one item, in day keys, to find the items around a date quickly. */
  private readonly maxSpan: number;

  constructor(entries: readonly LedgerEntry[], filter: SeriesFilter, taxonomy: Taxonomy) {
    const since = filter.since === undefined ? undefined : keysOf(filter.since);
    const items: Item[] = [];
    for (const entry of entries) {
      if (entry.to !== filter.to) continue;
      if (filter.from !== undefined && entry.from !== filter.from) continue;
      if (filter.through !== undefined && !entry.mediators.includes(filter.through)) continue;
      if (filter.agreement !== undefined && !entry.agreements.includes(filter.agreement)) continue;
      if (filter.legalBasis !== undefined && entry.legalBasis !== filter.legalBasis) continue;
      const part = contribution(entry, filter, taxonomy);
      if (part === undefined) continue;
      const on = { first: keysOf(entry.on.first).first, last: keysOf(entry.on.last).last };
      if (since !== undefined && on.last < since.first) continue;
      items.push({
        ref: `${entry.exchange}/${entry.transfer}`,
        first: on.first,
        last: on.last,
        low: part[0],
        high: part[1],
        unknown: part[2],
        certainSince: since === undefined || on.first >= since.last,
      });
    }
    this.byLast = [...items].sort((a, b) => a.last - b.last || (a.ref < b.ref ? -1 : 1));
    this.byFirst = [...items].sort((a, b) => a.first - b.first || (a.ref < b.ref ? -1 : 1));
    this.lowPrefix = [0];
    for (const item of this.byLast) {
      this.lowPrefix.push(
        addLows(this.lowPrefix[this.lowPrefix.length - 1] ?? 0, item.certainSince ? item.low : 0),
      );
    }
    this.maxSpan = items.reduce((max, i) => Math.max(max, i.last - i.first), 0);
    this.highPrefix = [0];
    this.openPrefix = [0];
    for (const item of this.byFirst) {
      this.highPrefix.push((this.highPrefix[this.highPrefix.length - 1] ?? 0) + (item.high ?? 0));
      this.openPrefix.push(
        (this.openPrefix[this.openPrefix.length - 1] ?? 0) + (item.high === null ? 1 : 0),
      );
    }
  }

  /** How many items satisfy key(item) <= bound, in a list sorted by that key. */
  private static count(list: readonly Item[], key: (i: Item) => number, bound: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(list[mid] as Item) <= bound) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The total as of a date (every transfer when `asOf` is absent). */
  at(asOf?: PartialDate, lists: 'all' | 'ambiguous' | 'none' = 'all'): LedgerTotal {
    const window = asOf === undefined ? { first: Infinity, last: Infinity } : keysOf(asOf);
    const certainCount = Series.count(this.byLast, (i) => i.last, window.first - 1);
    const possibleCount = Series.count(this.byFirst, (i) => i.first, window.last);
    const low = this.lowPrefix[certainCount] ?? 0;
    const open = (this.openPrefix[possibleCount] ?? 0) > 0;
    const highSum = this.highPrefix[possibleCount] ?? 0;
    // A sum past the largest safe integer is an open bound (see count/_lib/bounds.ts).
    const count: KnownCount = { low, high: open ? null : boundOrOpen(Math.max(low, highSum)) };
    if (lists === 'none') return { count, certain: [], possible: [], unknown: [] };
    if (lists === 'ambiguous') {
      // Only the items that straddle the date; they sit just before the cut in start order.
      const around: Item[] = [];
      for (let k = possibleCount - 1; k >= 0; k -= 1) {
        const item = this.byFirst[k] as Item;
        if (item.first < window.first - this.maxSpan) break;
        if (item.last >= window.first || !item.certainSince) around.push(item);
      }
      return {
        count,
        certain: [],
        possible: around.map((i) => i.ref).sort(),
        unknown: around
          .filter((i) => i.unknown)
          .map((i) => i.ref)
          .sort(),
      };
    }
    const certain = this.byLast.slice(0, certainCount).filter((i) => i.certainSince);
    const certainRefs = new Set(certain.map((i) => i.ref));
    const possible = this.byFirst.slice(0, possibleCount).filter((i) => !certainRefs.has(i.ref));
    const unknown = this.byFirst.slice(0, possibleCount).filter((i) => i.unknown);
    return {
      count,
      certain: certain.map((i) => i.ref).sort(),
      possible: possible.map((i) => i.ref).sort(),
      unknown: unknown.map((i) => i.ref).sort(),
    };
  }
}
