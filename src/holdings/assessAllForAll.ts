import { isKnownCount } from '../count/isKnownCount.js';
import { pushTo } from '../_lib/groupBy.js';
import type { Claim } from '../claim/ClaimSchema.js';
import { subjectKey } from '../claim/subjectKey.js';
import type { Count, CountDifference, KnownCount } from '../count/Count.js';
import { subtractCounts } from '../count/subtractCounts.js';
import { sumBounded } from '../count/_lib/bounds.js';
import type { Dataset } from '../dataset/Dataset.js';
import { comparePartialDates } from '../date/comparePartialDates.js';
import type { PartialDate } from '../date/PartialDate.js';
import { relatePartialDates } from '../date/relatePartialDates.js';
import { reconcile } from '../discrepancy/reconcile.js';
import type { SourceWeights } from '../discrepancy/sourceWeights.js';
import { effectiveTaxonomy } from '../dataset/_lib/effectiveTaxonomy.js';
import { partySides } from '../dataset/_lib/sides.js';
import { categoriesDisjoint } from '../taxonomy/categoriesDisjoint.js';
import { claimDate } from '../claim/_lib/claimDate.js';
import { appendAll, maxOf, minOf } from '../_lib/spread.js';

/**
 * Something that makes an all-for-all assessment uncertain.
 *
 * @example
 * ```ts
 * import type { HoldingsUncertainty } from 'swapledger';
 * const u: HoldingsUncertainty = { code: 'open-ended-estimate', message: 'an estimate has no upper bound', claims: ['h1'] };
 * ```
 */
export interface HoldingsUncertainty {
  readonly code:
    | 'open-ended-estimate'
    | 'unestimated-category'
    | 'off-official-lists'
    | 'held-by-aligned-group'
    | 'sources-disagree'
    | 'overlapping-categories'
    | 'dates-differ'
    | 'missing-people'
    | 'no-estimate';
  readonly message: string;
  readonly claims: readonly string[];
}

/**
 * One side's holdings of the other side's people, in one category.
 *
 * @example
 * ```ts
 * import type { CategoryHoldings } from 'swapledger';
 * const row: CategoryHoldings = { category: 'military', count: { low: 3392, high: 3740 }, claims: ['h6', 'h7'], asOf: '2022-12-30' };
 * ```
 */
export interface CategoryHoldings {
  readonly category: string;
  readonly count: Count;
  readonly claims: readonly string[];
  readonly asOf: PartialDate | null;
}

/**
 * What one side holds of the other's people.
 *
 * @example
 * ```ts
 * import type { SideHoldings } from 'swapledger';
 * const side: SideHoldings = { party: 'UA', total: { low: 562, high: 562 }, byCategory: [] };
 * ```
 */
export interface SideHoldings {
  readonly party: string;
  /** Everything the side holds, when it can be told; unknown when nobody estimated it. */
  readonly total: Count;
  readonly byCategory: readonly CategoryHoldings[];
}

/**
 * The result of {@link assessAllForAll}.
 *
 * @example
 * ```ts
 * import type { AllForAllAssessment } from 'swapledger';
 * const verdict: AllForAllAssessment['verdict'] = 'indeterminate';
 * ```
 */
export interface AllForAllAssessment {
  readonly parties: readonly [string, string];
  readonly holdings: readonly [SideHoldings, SideHoldings];
  /** What the first side holds minus what the second holds, or `null` when either is unknown. */
  readonly imbalance: CountDifference | null;
  readonly byCategory: readonly {
    readonly category: string;
    readonly imbalance: CountDifference | null;
  }[];
  readonly uncertainties: readonly HoldingsUncertainty[];
  /** `balanced` within the tolerance, one side `holds-more`, or `indeterminate`. */
  readonly verdict: 'balanced' | 'holds-more' | 'indeterminate';
  /** The side that holds more, when the verdict is `holds-more`. */
  readonly holdsMore: string | null;
  /** One sentence for a reader. */
  readonly message: string;
}

/**
 * Options for {@link assessAllForAll}.
 *
 * @example
 * ```ts
 * import type { AllForAllOptions } from 'swapledger';
 * const options: AllForAllOptions = { parties: ['UA', 'RU'], asOf: '2023-04-26', tolerance: 50 };
 * ```
 */
export interface AllForAllOptions {
  /** The two sides; the dataset's first two parties when absent. */
  readonly parties?: readonly [string, string];
  /** Use only estimates dated up to this day. */
  readonly asOf?: PartialDate;
  /** How many people the sides may differ by and still be called balanced (0 by default). */
  readonly tolerance?: number;
  /** Source weights for reconciling estimates. */
  readonly weights?: SourceWeights;
}

/**
 * Assesses whether an "all for all" exchange would be balanced, from claims about who holds how
 * many (subject `held`). Each holder counts on the side it is aligned with (a private military
 * company's prisoners count on the state it fights for, and this is flagged). For each holder,
 * category and list status the latest estimates are reconciled; a side's holdings add up its
 * holders, and its categories when they are disjoint. The imbalance is an interval; the verdict is
 * `holds-more` only when the whole interval lies beyond the tolerance. Everything that makes the
 * answer uncertain is listed: open-ended estimates, categories estimated for one side only, people
 * off the official lists or held by an aligned group, disagreeing sources, estimates of different
 * dates, people reported missing.
 *
 * @param dataset - A validated dataset.
 * @param options - The two sides, a cut-off date, a tolerance and source weights.
 * @returns Holdings per side, the imbalance, the uncertainties and a verdict.
 * @example
 * ```ts
 * import { assessAllForAll } from 'swapledger';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const result = assessAllForAll(loadSampleDataset(), { parties: ['UA', 'RU'] });
 * result.verdict; // 'holds-more'
 * result.holdsMore; // 'RU'
 * ```
 */
export function assessAllForAll(
  dataset: Dataset,
  options: AllForAllOptions = {},
): AllForAllAssessment {
  const taxonomy = effectiveTaxonomy(dataset);
  const sideOf = partySides(dataset);
  const parties: readonly [string, string] = options.parties ?? [
    dataset.parties[0]?.id ?? '',
    dataset.parties[1]?.id ?? '',
  ];
  const sides = new Set(parties);
  const uncertainties: HoldingsUncertainty[] = [];
  const held = dataset.claims.filter((c) => {
    if (c.subject.type !== 'held') return false;
    const date = claimDate(c);
    return (
      options.asOf === undefined ||
      date === undefined ||
      relatePartialDates(date, options.asOf) !== 'after'
    );
  });

  // Group by subject, keep each subject's latest estimates.
  const groups = new Map<string, Claim[]>();
  for (const claim of held) {
    if (claim.subject.type !== 'held') continue;
    const holder = sideOf(claim.subject.holder);
    const of = sideOf(claim.subject.of);
    if (!sides.has(holder) || !sides.has(of) || holder === of) continue;
    const key = subjectKey(claim.subject);
    pushTo(groups, key, claim);
  }
  const rows = new Map<
    string,
    { side: string; category: string; counts: Count[]; claims: string[]; asOf: PartialDate | null }
  >();
  for (const group of [...groups.values()]) {
    const dated = group.filter((c) => claimDate(c) !== undefined);
    const latestDate = dated
      .map((c) => claimDate(c) as PartialDate)
      .sort(comparePartialDates)
      .pop();
    const latest =
      latestDate === undefined ? group : group.filter((c) => claimDate(c) === latestDate);
    const subject = latest[0]?.subject;
    if (subject?.type !== 'held') continue;
    const verdict = reconcile(latest, {
      sources: dataset.sources,
      ...(options.weights ? { weights: options.weights } : {}),
    });
    const ids = latest.map((c) => c.id).sort();
    let count: Count;
    if (verdict.consensus) count = verdict.consensus;
    else if (verdict.camps.length > 0) {
      const lows = verdict.camps.map((c) => c.interval.low);
      const highs = verdict.camps.map((c) => c.interval.high);
      count = {
        low: minOf(lows),
        high: highs.includes(null) ? null : maxOf(highs as number[]),
      };
      uncertainties.push({
        code: 'sources-disagree',
        message: `sources disagree on ${subjectKey(subject)}; the spread of their figures is used`,
        claims: ids,
      });
    } else count = latest[0]?.value ?? { status: 'unknown' };
    if (isKnownCount(count) && count.high === null) {
      uncertainties.push({
        code: 'open-ended-estimate',
        message: `an estimate of what ${subject.holder} holds has no upper bound`,
        claims: ids,
      });
    }
    if (subject.onOfficialLists === false) {
      uncertainties.push({
        code: 'off-official-lists',
        message: `${subject.holder} is said to hold people who are not on the official lists`,
        claims: ids,
      });
    }
    const side = sideOf(subject.holder);
    if (side !== subject.holder) {
      uncertainties.push({
        code: 'held-by-aligned-group',
        message: `${subject.holder} holds people and is counted on the side of ${side}, with which it is aligned`,
        claims: ids,
      });
    }
    const category = subject.category ?? 'people';
    const key = `${side}|${category}`;
    const row = rows.get(key) ?? { side, category, counts: [], claims: [], asOf: null };
    row.counts.push(count);
    appendAll(row.claims, ids);
    row.asOf =
      latestDate === undefined
        ? row.asOf
        : row.asOf === null || comparePartialDates(latestDate, row.asOf) > 0
          ? latestDate
          : row.asOf;
    rows.set(key, row);
  }

  const holdings = parties.map((party): SideHoldings => {
    const byCategory: CategoryHoldings[] = [...rows.values()]
      .filter((r) => r.side === party)
      .sort((a, b) => (a.category < b.category ? -1 : 1))
      .map((r) => ({
        category: r.category,
        count: r.counts.every(isKnownCount)
          ? sumBounded(r.counts.filter(isKnownCount))
          : { status: 'unknown' },
        claims: r.claims.sort(),
        asOf: r.asOf,
      }));
    const people = byCategory.find((c) => c.category === 'people');
    let total: Count = { status: 'unknown' };
    if (people) total = people.count;
    else if (byCategory.length > 0 && byCategory.every((c) => isKnownCount(c.count))) {
      const counts = byCategory.map((c) => c.count as KnownCount);
      if (
        categoriesDisjoint(
          byCategory.map((c) => c.category),
          taxonomy,
        ).disjoint
      )
        total = sumBounded(counts);
      else {
        // Overlapping groups: together at least the largest, at most all of them.
        const sum = sumBounded(counts);
        total = { low: maxOf(counts.map((c) => c.low)), high: sum.high };
        uncertainties.push({
          code: 'overlapping-categories',
          message: `the categories estimated for ${party} may overlap, so they are not simply added`,
          claims: byCategory.flatMap((c) => c.claims),
        });
      }
    }
    if (byCategory.length === 0)
      uncertainties.push({
        code: 'no-estimate',
        message: `no estimate says how many people ${party} holds`,
        claims: [],
      });
    return { party, total, byCategory };
  }) as unknown as readonly [SideHoldings, SideHoldings];

  const [first, second] = holdings;
  const categories = [
    ...new Set([...first.byCategory, ...second.byCategory].map((c) => c.category)),
  ].sort();
  for (const category of categories) {
    const a = first.byCategory.find((c) => c.category === category);
    const b = second.byCategory.find((c) => c.category === category);
    if (!a || !b) {
      const missing = a ? second.party : first.party;
      const label = taxonomy.categories.find((c) => c.id === category)?.label ?? category;
      uncertainties.push({
        code: 'unestimated-category',
        message: `nobody estimated how many ${label} ${missing} holds`,
        claims: (a ?? b)?.claims ?? [],
      });
    }
  }
  const dates = [first, second].map((s) =>
    s.byCategory
      .map((c) => c.asOf)
      .filter((d): d is PartialDate => d !== null)
      .sort(comparePartialDates)
      .pop(),
  );
  if (dates[0] && dates[1] && dates[0].slice(0, 7) !== dates[1].slice(0, 7)) {
    uncertainties.push({
      code: 'dates-differ',
      message: `the latest estimates date from ${dates[0]} for ${first.party} and ${dates[1]} for ${second.party}`,
      claims: [],
    });
  }
  const missing = dataset.claims.filter(
    (c) => c.subject.type === 'missing' && sides.has(sideOf(c.subject.of)),
  );
  if (missing.length > 0) {
    uncertainties.push({
      code: 'missing-people',
      message: 'some people are reported missing and may be held without being counted',
      claims: missing.map((c) => c.id).sort(),
    });
  }

  const imbalance =
    isKnownCount(first.total) && isKnownCount(second.total)
      ? subtractCounts(first.total, second.total)
      : null;
  const byCategory = categories.map((category) => {
    const a = first.byCategory.find((c) => c.category === category)?.count;
    const b = second.byCategory.find((c) => c.category === category)?.count;
    return {
      category,
      imbalance: a && b && isKnownCount(a) && isKnownCount(b) ? subtractCounts(a, b) : null,
    };
  });
  const tolerance = Math.max(0, options.tolerance ?? 0);
  let verdict: AllForAllAssessment['verdict'] = 'indeterminate';
  let holdsMore: string | null = null;
  if (imbalance) {
    if (imbalance.low !== null && imbalance.low > tolerance) {
      verdict = 'holds-more';
      holdsMore = first.party;
    } else if (imbalance.high !== null && imbalance.high < -tolerance) {
      verdict = 'holds-more';
      holdsMore = second.party;
    } else if (
      imbalance.low !== null &&
      imbalance.high !== null &&
      imbalance.low >= -tolerance &&
      imbalance.high <= tolerance
    ) {
      verdict = 'balanced';
    }
  }
  const message =
    verdict === 'holds-more'
      ? `${holdsMore} holds more of the other side's people than ${holdsMore === first.party ? second.party : first.party} does, by ${describe(imbalance, holdsMore === second.party)}.`
      : verdict === 'balanced'
        ? `${first.party} and ${second.party} hold about as many of each other's people.`
        : `The figures cannot tell whether ${first.party} or ${second.party} holds more of the other's people.`;
  return { parties, holdings, imbalance, byCategory, uncertainties, verdict, holdsMore, message };
}

function describe(imbalance: CountDifference | null, negate: boolean): string {
  if (!imbalance) return 'an unknown number';
  const low = negate ? (imbalance.high === null ? null : -imbalance.high) : imbalance.low;
  const high = negate ? (imbalance.low === null ? null : -imbalance.low) : imbalance.high;
  if (high === null) return `at least ${(low ?? 0).toLocaleString('en-US')} people`;
  if (low === high) return `${(low ?? 0).toLocaleString('en-US')} people`;
  return `${(low ?? 0).toLocaleString('en-US')} to ${high.toLocaleString('en-US')} people`;
}
