import { isKnownCount } from '../../count/isKnownCount.js';
import type { BreakdownPart } from '../../claim/ClaimSchema.js';
import type { Subject } from '../../claim/SubjectSchema.js';
import { splitsOf } from '../../claim/_lib/breakdownSplits.js';
import type { Count, KnownCount } from '../../count/Count.js';
import { dayKeysOf } from '../../date/_lib/dateParts.js';
import type { PartialDate } from '../../date/PartialDate.js';
import type { LedgerEntry, LedgerTotal } from '../LedgerTypes.js';
import { categoriesDisjoint } from '../../taxonomy/categoriesDisjoint.js';
import { isCategoryWithin } from '../../taxonomy/isCategoryWithin.js';
import type { ReadonlyTaxonomy } from '../../taxonomy/TaxonomySchema.js';
import type { LedgerIndex } from './ledgerIndex.js';
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

/** Two totals together: their counts added, their lists of transfers joined. */
export function addTotals(a: LedgerTotal, b: LedgerTotal): LedgerTotal {
  return {
    count: { low: addLows(a.count.low, b.count.low), high: addHighs(a.count.high, b.count.high) },
    certain: [...a.certain, ...b.certain],
    possible: [...a.possible, ...b.possible],
    unknown: [...a.unknown, ...b.unknown],
  };
}

/**
 * What a running total ("N returned to X since …") is measured against: the transfers to the same
 * receiver, of its category (people when it names none), within the same narrowings. The audit
 * and the HTML report both read running totals through this one rule.
 *
 * @internal
 */
export function runningTotalFilter(
  subject: Extract<Subject, { type: 'returned-total' }>,
): SeriesFilter {
  return {
    to: subject.to,
    category: subject.category ?? 'people',
    from: subject.from,
    since: subject.since,
    through: subject.through,
    cohort: subject.cohort,
    agreement: subject.agreement,
    legalBasis: subject.legalBasis,
  };
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

/**
 * What one ledger entry adds to a total of `filter.category` (and cohort): its count when its
 * category lies within, what its parts certainly hold up to its count when it is broader, nothing
 * when the two do not overlap. `[low, high, unknown]`, or undefined when it adds nothing.
 */
export function contribution(
  entry: LedgerEntry,
  filter: SeriesFilter,
  taxonomy: ReadonlyTaxonomy,
): [number, number | null, boolean] | undefined {
  const whole = (count: Count): [number, number | null, boolean] =>
    !isKnownCount(count) ? [0, null, true] : [count.low, count.high, false];
  // A total of a cohort's named members only never reads a transfer that does not name it.
  const named =
    filter.cohort === undefined
      ? undefined
      : cohortShare(entry, filter.cohort, filter.category, taxonomy, whole);
  if (filter.namedOnly === true && (named === undefined || entry.legalBasis === 'custody-transfer'))
    return undefined;
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
  // An exchange that delivers on several agreements, with parts said to be under one of them: a
  // breakdown by agreement, not known to be complete. Certainly under this agreement are its own
  // parts within the category; at most, what the category allows, less those certainly under
  // the others (a person is delivered under one agreement). With no such parts, anything from
  // none to the whole may be.
  if (filter.agreement !== undefined && entry.agreements.length > 1) {
    const split = entry.parts.filter((p) => p.agreement !== undefined);
    if (split.length > 0) {
      const mine = split.filter(
        (p) =>
          p.agreement === filter.agreement &&
          isCategoryWithin(p.category, filter.category, taxonomy),
      );
      const low = certainlyIn(mine, taxonomy);
      let taken = 0;
      for (const other of new Set(split.map((p) => p.agreement)))
        if (other !== filter.agreement)
          taken += certainlyIn(
            split.filter((p) => p.agreement === other),
            taxonomy,
          );
      const total = whole(entry.count)[1];
      let high = range[1];
      if (total !== null) high = Math.min(high ?? Infinity, Math.max(0, total - taken));
      // Parts adding up to more than the transfer are the audit's to report; the range stays one.
      range = [high === null ? low : Math.min(low, high), high, range[2]];
    } else range = [0, range[1], range[2]];
  }
  if (filter.cohort === undefined) return range;
  if (named !== undefined) return named;
  return [0, range[1], range[2]];
}

/**
 * How many people some parts certainly hold together: the best total of parts no two of which
 * may overlap (their lows added up), since overlapping parts may be the same people. Found by
 * trying every such choice for up to 8 parts (256 at most); past that, their lows added up when
 * none may overlap, else the largest part, which is certain but may be less than the best.
 */
function certainlyIn(parts: readonly BreakdownPart[], taxonomy: ReadonlyTaxonomy): number {
  const known = parts.filter((p) => isKnownCount(p.count));
  const lows = known.map((p) => (p.count as KnownCount).low);
  if (known.length === 0) return 0;
  if (
    categoriesDisjoint(
      known.map((p) => p.category),
      taxonomy,
    ).disjoint
  )
    return lows.reduce((sum, low) => addLows(sum, low), 0);
  if (known.length > 8) return lows.reduce((most, low) => Math.max(most, low), 0);
  const apart = known.map((a, i) =>
    known.map((b, j) => i !== j && categoriesDisjoint([a.category, b.category], taxonomy).disjoint),
  );
  let best = 0;
  for (let chosen = 1; chosen < 1 << known.length; chosen += 1) {
    let total = 0;
    let fits = true;
    for (let i = 0; i < known.length && fits; i += 1) {
      if ((chosen & (1 << i)) === 0) continue;
      for (let j = 0; j < i && fits; j += 1)
        if ((chosen & (1 << j)) !== 0 && !(apart[i] as boolean[])[j]) fits = false;
      total = addLows(total, lows[i] as number);
    }
    if (fits && total > best) best = total;
  }
  return best;
}

/**
 * How many of a cohort a transfer holds that are of `category`, as [low, high, unknown], or
 * undefined when it does not name the cohort. Named for the whole transfer, they are all of it
 * when its category lies within `category`, and from none to all otherwise. Named by breakdown
 * parts (one split of them, the first that names the cohort), each part counts as a part does:
 * in full within the category, up to its count when broader, not at all when disjoint.
 */
function cohortShare(
  entry: LedgerEntry,
  cohort: string,
  category: string,
  taxonomy: ReadonlyTaxonomy,
  whole: (count: Count) => [number, number | null, boolean],
): [number, number | null, boolean] | undefined {
  const listed = entry.cohorts.find((c) => c.cohort === cohort);
  if (listed !== undefined) {
    const [low, high, unknown] = whole(listed.count);
    return isCategoryWithin(entry.category, category, taxonomy)
      ? [low, high, unknown]
      : [0, high, unknown];
  }
  const parts = splitsOf(entry.parts).find((split) => split.some((p) => p.cohort === cohort));
  if (parts === undefined) return undefined;
  let low = 0;
  let high: number | null = 0;
  let unknown = false;
  for (const part of parts) {
    if (part.cohort !== cohort) continue;
    if (categoriesDisjoint([part.category, category], taxonomy).disjoint) continue;
    if (!isKnownCount(part.count)) {
      unknown = true;
      high = null;
      continue;
    }
    if (isCategoryWithin(part.category, category, taxonomy)) low = addLows(low, part.count.low);
    high = addHighs(high, part.count.high);
  }
  return [low, high, unknown];
}

/** Sums of `value(item)` over a list, as prefixes: `[0, v0, v0 + v1, …]`. */
function prefixSums(items: readonly Item[], value: (item: Item) => number): number[] {
  const sums = [0];
  for (const item of items) sums.push((sums[sums.length - 1] ?? 0) + value(item));
  return sums;
}

const byLastDay = (a: Item, b: Item) => a.last - b.last || (a.ref < b.ref ? -1 : 1);
const byFirstDay = (a: Item, b: Item) => a.first - b.first || (a.ref < b.ref ? -1 : 1);
const NO_ITEMS: readonly Item[] = [];
const NO_ENTRIES: readonly number[] = [];
const firstDay = (i: Item) => i.first;
const lastDay = (i: Item) => i.last;
const NO_CHANGE = { high: [0], open: [0], highByLast: [0], openByLast: [0] } as const;

/**
 * A running total over time for one filter, answered by binary search: build once in
 * O(n log n), then each "as of" question costs O(log n) plus the size of the answer's lists.
 *
 * A cohort's total counts every transfer the cohort may be in, which is every transfer of the
 * total without the cohort, so it is built from that total (`base`) and changes only the items
 * that name the cohort: its cost is theirs, not the ledger's.
 */
export class Series {
  /** The items in end order and in start order (shared with `base`). */
  private readonly byLast: readonly Item[];
  private readonly byFirst: readonly Item[];
  /** The items that start before the window's start ends, by last day (shared). */
  private readonly straddlingSince: readonly Item[];
  /** Sums of the items' highs and open items in start order (shared). */
  private readonly highPrefix: readonly number[];
  private readonly openPrefix: readonly number[];
  /**
   * Made on first need and shared with totals built on this one: sums in end order (for
   * `mostWithin`), and a max-tree of the last days in start order over `size` leaves, so that
   * the items still running at a date are found in time proportional to how many there are,
   * however long any one of them lasts.
   */
  private readonly timeline: {
    highByLast?: number[];
    openByLast?: number[];
    maxLast?: number[];
    size?: number;
  };
  /** The items whose low counts (certain since the window's start), by end, and their sums. */
  private readonly lowItems: readonly Item[];
  private readonly lowPrefix: readonly number[];
  /** Items whose figures differ from the shared ones, in start and end order, with the changes. */
  private readonly changedByFirst: readonly Item[];
  private readonly changedByLast: readonly Item[];
  private readonly change: {
    readonly high: readonly number[];
    readonly open: readonly number[];
    readonly highByLast: readonly number[];
    readonly openByLast: readonly number[];
  };
  private readonly changed: ReadonlyMap<string, Item> | undefined;
  /** Items by reference, for totals built on this one. */
  private itemsByRef: Map<string, Item> | undefined;

  constructor(index: LedgerIndex, filter: SeriesFilter, taxonomy: ReadonlyTaxonomy, base?: Series) {
    const since = filter.since === undefined ? undefined : dayKeysOf(filter.since);
    const passes = (entry: LedgerEntry): boolean =>
      entry.to === filter.to &&
      (filter.from === undefined || entry.from === filter.from) &&
      (filter.through === undefined || entry.mediators.includes(filter.through)) &&
      (filter.agreement === undefined || entry.agreements.includes(filter.agreement)) &&
      (filter.legalBasis === undefined || entry.legalBasis === filter.legalBasis);
    const itemOf = (i: number, part: [number, number | null, boolean]): Item => {
      const entry = index.entries[i] as LedgerEntry;
      const first = index.first[i] as number;
      return {
        ref: `${entry.exchange}/${entry.transfer}`,
        first,
        last: index.last[i] as number,
        low: part[0],
        high: part[1],
        unknown: part[2],
        certainSince: since === undefined || first >= since.last,
      };
    };
    if (
      base !== undefined &&
      filter.cohort !== undefined &&
      filter.namedOnly !== true &&
      base.changed === undefined &&
      (base.highPrefix[base.highPrefix.length - 1] ?? 0) <= Number.MAX_SAFE_INTEGER
    ) {
      // Every item of the base counts here with no low; those naming the cohort count it.
      const baseItems = base.itemsByRef ?? new Map(base.byFirst.map((i) => [i.ref, i]));
      base.itemsByRef = baseItems;
      const changed = new Map<string, Item>();
      for (const i of index.byCohort.get(filter.cohort) ?? []) {
        const entry = index.entries[i] as LedgerEntry;
        const shared = baseItems.get(`${entry.exchange}/${entry.transfer}`);
        if (shared === undefined || !passes(entry)) continue;
        const part = contribution(entry, filter, taxonomy);
        if (part !== undefined) changed.set(shared.ref, itemOf(i, part));
      }
      const changedByFirst = [...changed.values()].sort(byFirstDay);
      const changedByLast = [...changed.values()].sort(byLastDay);
      const deltas = (list: readonly Item[]) => ({
        high: prefixSums(list, (i) => (i.high ?? 0) - ((baseItems.get(i.ref) as Item).high ?? 0)),
        open: prefixSums(
          list,
          (i) => (i.high === null ? 1 : 0) - ((baseItems.get(i.ref) as Item).high === null ? 1 : 0),
        ),
      });
      const byFirstChange = deltas(changedByFirst);
      const byLastChange = deltas(changedByLast);
      // Both sums exact (all figures are whole and at least 0), so base plus changes is too.
      const sumOf = (list: readonly Item[]) => list.reduce((sum, i) => sum + (i.high ?? 0), 0);
      if (
        sumOf(changedByFirst) + (base.highPrefix[base.highPrefix.length - 1] ?? 0) <=
        Number.MAX_SAFE_INTEGER
      ) {
        this.byLast = base.byLast;
        this.byFirst = base.byFirst;
        this.straddlingSince = base.straddlingSince;
        this.highPrefix = base.highPrefix;
        this.openPrefix = base.openPrefix;
        this.timeline = base.timeline;
        this.lowItems = changedByLast.filter((i) => i.certainSince);
        this.lowPrefix = Series.lowSums(this.lowItems);
        this.changedByFirst = changedByFirst;
        this.changedByLast = changedByLast;
        this.change = {
          high: byFirstChange.high,
          open: byFirstChange.open,
          highByLast: byLastChange.high,
          openByLast: byLastChange.open,
        };
        this.changed = changed;
        return;
      }
    }
    // Only entries that can count: the shortest of the lookups the filter narrows to (none when
    // one of them is empty).
    let candidates: readonly number[] = index.byTo.get(filter.to) ?? NO_ENTRIES;
    const narrow = (lookup: readonly number[] | undefined) => {
      const list = lookup ?? NO_ENTRIES;
      if (list.length < candidates.length) candidates = list;
    };
    if (filter.agreement !== undefined) narrow(index.byAgreement.get(filter.agreement));
    if (filter.through !== undefined) narrow(index.byMediator.get(filter.through));
    if (filter.cohort !== undefined && filter.namedOnly === true)
      narrow(index.byCohort.get(filter.cohort));
    const items: Item[] = [];
    for (const i of candidates) {
      const entry = index.entries[i] as LedgerEntry;
      if (!passes(entry)) continue;
      const part = contribution(entry, filter, taxonomy);
      if (part === undefined) continue;
      if (since !== undefined && (index.last[i] as number) < since.first) continue;
      items.push(itemOf(i, part));
    }
    this.byLast = items.length < 2 ? items : [...items].sort(byLastDay);
    this.byFirst = items.length < 2 ? items : items.sort(byFirstDay);
    // With no start date every item counts from the start: its lows all count once ended.
    this.lowItems = since === undefined ? this.byLast : this.byLast.filter((i) => i.certainSince);
    this.lowPrefix = Series.lowSums(this.lowItems);
    this.highPrefix = prefixSums(this.byFirst, (i) => i.high ?? 0);
    this.openPrefix = prefixSums(this.byFirst, (i) => (i.high === null ? 1 : 0));
    this.timeline = {};
    this.straddlingSince =
      since === undefined ? NO_ITEMS : this.byLast.filter((i) => !i.certainSince);
    this.changedByFirst = NO_ITEMS;
    this.changedByLast = NO_ITEMS;
    this.change = NO_CHANGE;
    this.changed = undefined;
  }

  private static lowSums(items: readonly Item[]): number[] {
    const sums = [0];
    for (const item of items) sums.push(addLows(sums[sums.length - 1] ?? 0, item.low));
    return sums;
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

  /** An item with this total's figures. */
  private own(item: Item): Item {
    return this.changed?.get(item.ref) ?? item;
  }

  /** The items among the first `count` in start order that last until `day` or later. */
  private runningAt(count: number, day: number): Item[] {
    const timeline = this.timeline;
    if (timeline.maxLast === undefined) {
      let leaves = 1;
      while (leaves < this.byFirst.length) leaves *= 2;
      const tree = new Array<number>(2 * leaves).fill(-Infinity);
      this.byFirst.forEach((item, k) => (tree[leaves + k] = item.last));
      for (let k = leaves - 1; k >= 1; k -= 1)
        tree[k] = Math.max(tree[2 * k] as number, tree[2 * k + 1] as number);
      timeline.maxLast = tree;
      timeline.size = leaves;
    }
    const tree = timeline.maxLast;
    const size = timeline.size as number;
    const out: Item[] = [];
    const visit = (node: number, lo: number, hi: number): void => {
      if (lo >= count || (tree[node] as number) < day) return;
      if (node >= size) {
        out.push(this.byFirst[lo] as Item);
        return;
      }
      const mid = (lo + hi) >>> 1;
      visit(2 * node, lo, mid);
      visit(2 * node + 1, mid, hi);
    };
    visit(1, 0, size);
    return out;
  }

  /** Highs and open items of the first `count` items in start order, with this total's figures. */
  private highsBefore(count: number, end: number): { high: number; open: number } {
    const changed = Series.count(this.changedByFirst, firstDay, end);
    return {
      high: (this.highPrefix[count] ?? 0) + (this.change.high[changed] ?? 0),
      open: (this.openPrefix[count] ?? 0) + (this.change.open[changed] ?? 0),
    };
  }

  /**
   * The high end of this total counted from `since` to `asOf`, as a series built with that
   * `since` would give it, without building one: what may fall in the window is what starts
   * before `asOf` ends, less what ended before `since` began. Null when open. Only for a series
   * built without `since`.
   */
  mostWithin(since: PartialDate, asOf: PartialDate): number | null {
    const start = dayKeysOf(since).first;
    const end = dayKeysOf(asOf).last;
    const possibleCount = Series.count(this.byFirst, firstDay, end);
    const upTo = this.highsBefore(possibleCount, end);
    const total = this.highsBefore(this.byFirst.length, Infinity).high;
    if (start > end || total > Number.MAX_SAFE_INTEGER) {
      // Outside what the subtraction answers exactly: add up the items one by one.
      let sum = 0;
      let open = false;
      for (const shared of this.byFirst.slice(0, possibleCount)) {
        const item = this.own(shared);
        if (item.last < start) continue;
        if (item.high === null) open = true;
        else sum += item.high;
      }
      return open ? null : boundOrOpen(sum);
    }
    const timeline = this.timeline;
    timeline.highByLast ??= prefixSums(this.byLast, (i) => i.high ?? 0);
    timeline.openByLast ??= prefixSums(this.byLast, (i) => (i.high === null ? 1 : 0));
    const endedBefore = Series.count(this.byLast, lastDay, start - 1);
    const changedBefore = Series.count(this.changedByLast, lastDay, start - 1);
    const open =
      upTo.open -
      (timeline.openByLast[endedBefore] ?? 0) -
      (this.change.openByLast[changedBefore] ?? 0);
    const high =
      upTo.high -
      (timeline.highByLast[endedBefore] ?? 0) -
      (this.change.highByLast[changedBefore] ?? 0);
    return open > 0 ? null : boundOrOpen(high);
  }

  /** The total as of a date (every transfer when `asOf` is absent). */
  at(asOf?: PartialDate, lists: 'all' | 'ambiguous' | 'none' = 'all'): LedgerTotal {
    const window = asOf === undefined ? { first: Infinity, last: Infinity } : dayKeysOf(asOf);
    const possibleCount = Series.count(this.byFirst, firstDay, window.last);
    const low = this.lowPrefix[Series.count(this.lowItems, lastDay, window.first - 1)] ?? 0;
    const { high: highSum, open } = this.highsBefore(possibleCount, window.last);
    // A sum past the largest safe integer is an open bound (see count/_lib/bounds.ts).
    const count: KnownCount = {
      low,
      high: open > 0 ? null : boundOrOpen(Math.max(low, highSum)),
    };
    if (lists === 'none') return { count, certain: [], possible: [], unknown: [] };
    const refs = (items: readonly Item[]) => items.map((i) => i.ref).sort();
    const unknownOf = (items: readonly Item[]) => refs(items.filter((i) => this.own(i).unknown));
    if (lists === 'ambiguous') {
      // The items that may or may not count: those still running on the date, and those that
      // straddle the start of the window.
      const around = this.runningAt(possibleCount, window.first);
      for (const item of this.straddlingSince) {
        if (item.last >= window.first) break;
        around.push(item);
      }
      return { count, certain: [], possible: refs(around), unknown: unknownOf(around) };
    }
    const certainCount = Series.count(this.byLast, lastDay, window.first - 1);
    const certain = this.byLast.slice(0, certainCount).filter((i) => i.certainSince);
    const certainRefs = new Set(certain.map((i) => i.ref));
    const possible = this.byFirst.slice(0, possibleCount).filter((i) => !certainRefs.has(i.ref));
    return {
      count,
      certain: refs(certain),
      possible: refs(possible),
      unknown: unknownOf(this.byFirst.slice(0, possibleCount)),
    };
  }
}
