import { isKnownCount } from '../../count/isKnownCount.js';
import { pushTo } from '../../_lib/groupBy.js';
import { byId, byText } from '../../_lib/byId.js';
import type { Finding } from '../Finding.js';
import { findingCodes, type FindingCode } from '../findingCodes.js';
import type { BreakdownPart, Claim } from '../../claim/ClaimSchema.js';
import type { Subject } from '../../claim/SubjectSchema.js';
import { subjectKey } from '../../claim/subjectKey.js';
import { scopeKey } from '../../claim/_lib/subjectKeys.js';
import type { Count, KnownCount } from '../../count/Count.js';
import { formatCount } from '../../count/formatCount.js';
import { gapBetweenCounts } from '../../count/gapBetweenCounts.js';
import { addHighs, addLows, sumBounded } from '../../count/_lib/bounds.js';
import type { Dataset } from '../../dataset/Dataset.js';
import type { PartialDate } from '../../date/PartialDate.js';
import { relatePartialDates } from '../../date/relatePartialDates.js';
import { compare } from '../../discrepancy/compare.js';
import type { ReconcileOptions, Reconciliation } from '../../discrepancy/Reconciliation.js';
import {
  copyOriginals,
  isCopyLink,
  reconcileWithKeys,
  type Settled,
} from '../../discrepancy/_lib/reconcileCore.js';
import { exchangeRatio } from '../../exchange/exchangeRatio.js';
import type { Exchange, Transfer } from '../../exchange/ExchangeSchema.js';
import type { Agreement } from '../../agreement/AgreementSchema.js';
import type { Ledger, LedgerTotal } from '../../ledger/LedgerTypes.js';
import type { Source } from '../../source/SourceSchema.js';
import { categoriesDisjoint } from '../../taxonomy/categoriesDisjoint.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';
import { dayKeysOf } from '../../date/_lib/dateParts.js';
import {
  addTotals,
  contribution,
  runningTotalFilter,
  Series,
  type SeriesFilter,
} from '../../ledger/_lib/ledgerSeries.js';
import type { LedgerIndex } from '../../ledger/_lib/ledgerIndex.js';
import { isCategoryWithin } from '../../taxonomy/isCategoryWithin.js';
import type { LedgerEntry } from '../../ledger/LedgerTypes.js';
import { sourceSide, type SideOf } from '../../dataset/_lib/sides.js';
import type { FindingSides } from '../Finding.js';
import { claimDate } from '../../claim/_lib/claimDate.js';
import {
  partsByCategory,
  placeOf,
  separateGroups,
  splitOf,
  splitsOf,
} from '../../claim/_lib/breakdownSplits.js';
import { maxOf, minOf } from '../../_lib/spread.js';

/** Everything the checks share, built once per audit. */
export interface AuditContext {
  readonly dataset: Dataset;
  readonly taxonomy: Taxonomy;
  readonly ledger: Ledger;
  readonly ledgerIndex: LedgerIndex;
  readonly sources: ReadonlyMap<string, Source>;
  readonly partyNames: ReadonlyMap<string, string>;
  /** Each party's side (see `partySides`), remembered for this audit only. */
  readonly sideOf: SideOf;
  /** The dataset's exchanges and agreements by id, indexed once. */
  readonly exchanges: ReadonlyMap<string, Exchange>;
  readonly agreements: ReadonlyMap<string, Agreement>;
  readonly bySubject: ReadonlyMap<string, Claim[]>;
  /**
   * The same groups in a list. Each check runs once, so its pass over every group or claim runs
   * before the engine optimises it: the passes walk their lists by index, since a `for … of` there
   * makes an iterator result per record.
   */
  readonly subjects: readonly SubjectGroup[];
  readonly reconcileOptions: ReconcileOptions;
  /** What the audit settled over the whole dataset, for reconciling the claims left. */
  readonly settled: Settled;
  /** The circles of revisions and retractions, where none prevails: claim id to its circle. */
  readonly revisionCircle: ReadonlyMap<string, number>;
  /** The claims of these ids (the first of each id), from the audit's table of claims by id. */
  readonly claimsOf: (ids: Iterable<string>) => ReadonlyMap<string, Claim>;
  /** The subject key of a claim, computed once. */
  readonly keyOf: (claim: Claim) => string;
  /** What the checks build on first use and share, while a check still to run needs it. */
  readonly caches: AuditCaches;
  /** Keeps a finding (unless its code is disabled), with the addresses of what it rests on. */
  readonly emit: (
    code: FindingCode,
    finding: Omit<Finding, 'code' | 'severity'>,
    severity: Finding['severity'],
  ) => void;
}

/**
 * The tables checks build on first use and share. Each lives only while a check still to run
 * uses it: the audit drops it after the last one that does (each check names those it uses), so
 * that they do not all stay in memory to the end. One built again after it was dropped would give
 * the same answers, only later.
 */
export interface AuditCaches {
  /** What the checks read of the reconciliations already made, by group key. */
  reconciled?: Map<string, Verdict> | undefined;
  /** Running totals already built, by filter. */
  series?: Map<string, Series> | undefined;
  /** The day spans of exchanges, by the parties they involve, sorted. */
  exchangeSpans?: Map<string, { firsts: number[]; lasts: number[] }> | undefined;
  /** The exchanges each party takes part in. */
  exchangesByParty?: Map<string, Exchange[]> | undefined;
  /** The groups of claims that must agree (see {@link agreementGroups}). */
  agreementGroups?: readonly [string, Claim[]][] | undefined;
  /** The ledger's entries of each exchange. */
  entriesByExchange?: Map<string, LedgerEntry[]> | undefined;
}

/** The claims about one subject, under the subject's key. */
export interface SubjectGroup {
  readonly key: string;
  readonly claims: Claim[];
}

export const fmt = (c: Count): string => formatCount(c);
/** What naming parties and categories reads of an audit's context. */
type Words = Pick<AuditContext, 'partyNames' | 'taxonomy'>;

export const party = (ctx: Words, id: string | undefined) =>
  id === undefined ? 'one side' : (ctx.partyNames.get(id) ?? id);
const who = (ctx: AuditContext, claim: Claim) =>
  ctx.sources.get(claim.source)?.name ?? claim.source;

/** The label of each category, by id: made once for each context that names a category. */
const labelsOf = new WeakMap<Words, Map<string, string>>();

function categoryLabel(ctx: Words, id: string): string {
  let labels = labelsOf.get(ctx);
  if (labels === undefined) {
    // An index rather than a search of the list for each finding: a taxonomy may hold thousands
    // of categories. The first of an id wins, as a search would find it.
    labels = new Map();
    const categories = ctx.taxonomy.categories;
    for (let k = categories.length - 1; k >= 0; k -= 1) {
      const category = categories[k] as Taxonomy['categories'][number];
      labels.set(category.id, category.label);
    }
    labelsOf.set(ctx, labels);
  }
  return labels.get(id) ?? id;
}

/** A subject in words: "people returned to Ukraine in exchange ua-ru-2023-04-26". */
export function describeSubject(ctx: Words, subject: Subject): string {
  const what =
    'category' in subject && subject.category !== undefined
      ? categoryLabel(ctx, subject.category)
      : 'people';
  switch (subject.type) {
    case 'transferred':
      return `${what} ${subject.to === undefined ? 'exchanged (direction not stated)' : `returned to ${party(ctx, subject.to)}`} in exchange ${subject.exchange}${subject.cohort ? ` (${subject.cohort})` : ''}`;
    case 'exchanged':
      return `${what} exchanged in both directions in exchange ${subject.exchange}`;
    case 'returned-total':
      return `${subject.registered ? 'registered ' : ''}${what} returned to ${party(ctx, subject.to)}${subject.since ? ` since ${subject.since}` : ''}${subject.through ? ` through ${party(ctx, subject.through)}` : ''}${subject.agreement ? ` under agreement ${subject.agreement}` : ''}${subject.legalBasis ? ` (${subject.legalBasis})` : ''}`;
    case 'held':
      return `${what} of ${party(ctx, subject.of)} held by ${party(ctx, subject.holder)}${subject.onOfficialLists === false ? ' off the official lists' : ''}`;
    case 'captured-total':
      return `${what} of ${party(ctx, subject.of)} captured by ${party(ctx, subject.captor)}`;
    case 'missing':
      return `${what} of ${party(ctx, subject.of)} missing`;
    case 'exchange-count':
      return `exchanges between ${subject.parties.map((p) => party(ctx, p)).join(' and ')}`;
    case 'agreed':
      return subject.to === undefined
        ? `${what} promised in both directions by agreement ${subject.agreement}`
        : `${what} promised to ${party(ctx, subject.to)} by agreement ${subject.agreement}`;
    case 'exchanged-total':
      return `${what} exchanged between ${subject.parties.map((p) => party(ctx, p)).join(' and ')}${subject.since ? ` since ${subject.since}` : ''}${subject.through ? ` through ${party(ctx, subject.through)}` : ''}`;
    case 'died':
      return `${what} of ${party(ctx, subject.of)} who died${subject.holder ? ` held by ${party(ctx, subject.holder)}` : ''}${subject.during ? ` (${subject.during})` : ''}`;
    case 'listed':
      return `${what} named on a list by ${party(ctx, subject.by)}${subject.to ? ` to ${party(ctx, subject.to)}` : ''}`;
  }
}

export function emit(
  ctx: AuditContext,
  code: FindingCode,
  finding: Omit<Finding, 'code' | 'severity'>,
  severity?: Finding['severity'],
): void {
  ctx.emit(code, finding, severity ?? findingCodes[code].severity);
}

const ABOUT_NO_EXCHANGE: Pick<Finding, 'exchange'> = {};

/**
 * The exchange a finding about these claims is about, as its `exchange` field: the one their
 * subject names (a transfer, a death, a list), else the one each claim says it was made about.
 * None when a claim names none or two claims name different ones.
 */
export function aboutExchange(claims: readonly Claim[]): Pick<Finding, 'exchange'> {
  let found: string | undefined;
  for (let k = 0; k < claims.length; k += 1) {
    const claim = claims[k] as Claim;
    const named = (claim.subject as { readonly exchange?: string }).exchange ?? claim.exchange;
    if (named === undefined || (found !== undefined && named !== found)) return ABOUT_NO_EXCHANGE;
    found = named;
  }
  return found === undefined ? ABOUT_NO_EXCHANGE : { exchange: found };
}

// -------------------------------------------------------------------------------------------
// Breakdowns

/** Parts by category, then by their place and wording: the order a source listed them in aside. */
function inOneOrder(parts: readonly BreakdownPart[]): BreakdownPart[] {
  // The place is written out only for parts of one category, which most comparisons are not.
  return [...parts].sort(
    (x, y) =>
      byText(x.category, y.category) ||
      byText(placeOf(x), placeOf(y)) ||
      byText(x.wording ?? '', y.wording ?? ''),
  );
}

/**
 * The message of two parts of one split that may overlap, if any. Looked for in the order given
 * (most splits have none), then named from the parts in one order, so that the source's order of
 * the parts does not choose the pair.
 */
function overlapIn(ctx: AuditContext, parts: readonly BreakdownPart[]): string | undefined {
  const found = firstOverlap(ctx, parts);
  return found === undefined ? undefined : firstOverlap(ctx, inOneOrder(parts));
}

function firstOverlap(ctx: AuditContext, parts: readonly BreakdownPart[]): string | undefined {
  for (let i = 0; i < parts.length; i += 1)
    for (let j = i + 1; j < parts.length; j += 1) {
      const why = overlapOf(ctx, parts[i] as BreakdownPart, parts[j] as BreakdownPart);
      if (why !== undefined) return why;
    }
  return undefined;
}

/** Why two parts of one split may count some people twice, or undefined when they cannot. */
function overlapOf(ctx: AuditContext, a: BreakdownPart, b: BreakdownPart): string | undefined {
  if (placeOf(a) !== placeOf(b) || separateGroups(a, b)) return undefined;
  const verdict = categoriesDisjoint([a.category, b.category], ctx.taxonomy);
  return verdict.disjoint ? undefined : verdict.message;
}

/**
 * The parts of a split that name a cohort beside a part of the same category that names none,
 * neither told apart by its words ("45 returned, 40 of them military, among them 30 Azovstal
 * defenders"), each with those parts. A cohort may overlap any group, so such a part is a note on
 * some of the people its host counts, not the category listed twice: it is not added up, and is
 * held against its host (when it has one) and the total. Beside a part of another category that
 * may overlap its own, it is reported as overlapping, as any part is.
 */
function cohortNotes(
  ctx: AuditContext,
  parts: readonly BreakdownPart[],
): Map<BreakdownPart, BreakdownPart[]> {
  const notes = new Map<BreakdownPart, BreakdownPart[]>();
  for (const part of parts) {
    if (part.cohort === undefined) continue;
    const hosts = parts.filter(
      (other) =>
        other.cohort === undefined &&
        other.category === part.category &&
        overlapOf(ctx, part, other) !== undefined,
    );
    if (hosts.length > 0) notes.set(part, hosts);
  }
  return notes;
}

/**
 * Whether a note's count is larger than `than`: by its low, then its high (none is larger than
 * any), then by the smaller cohort id (the parts' sum, with none, stays on a tie).
 */
function larger(note: KnownCount, cohort: string, than: KnownCount, thanCohort = ''): boolean {
  if (note.low !== than.low) return note.low > than.low;
  if (note.high !== than.high)
    return note.high === null || (than.high !== null && note.high > than.high);
  return thanCohort !== '' && cohort < thanCohort;
}

/** Whose breakdown it is: a claim's, or a recorded transfer's (`exchange/transfer`). */
type BreakdownOwner = Claim | { readonly exchange: string; readonly ref: string };

/**
 * A breakdown against its total. Each way the source divided the whole (by category, by stage, by
 * destination …) is added up on its own; a breakdown presented as complete is complete along each.
 */
function checkBreakdown(
  ctx: AuditContext,
  anchor: string,
  all: readonly BreakdownPart[],
  total: Count,
  complete: boolean | undefined,
  owner: BreakdownOwner,
): void {
  for (const parts of splitsOf(all)) {
    const line = splitOf(parts[0] as BreakdownPart);
    checkSplit(ctx, line === '' ? anchor : `${anchor}:${line}`, parts, total, complete, owner);
  }
}

/**
 * What a breakdown's finding rests on, and how its sentence names the owner: made only for a
 * finding, since most breakdowns have none.
 */
function ownedBy(
  ctx: AuditContext,
  owner: BreakdownOwner,
): { base: Pick<Finding, 'claims' | 'records' | 'exchange'>; name: string } {
  if ('subject' in owner)
    return {
      base: { claims: [owner.id], records: [], ...aboutExchange([owner]) },
      name: `${who(ctx, owner)}, on ${describeSubject(ctx, owner.subject)},`,
    };
  return {
    base: { claims: [], records: [owner.ref], exchange: owner.exchange },
    name: `The record of transfer ${owner.ref}`,
  };
}

function checkSplit(
  ctx: AuditContext,
  anchor: string,
  parts: readonly BreakdownPart[],
  total: Count,
  complete: boolean | undefined,
  owner: BreakdownOwner,
): void {
  // Most parts name no cohort: only a split with one looks for notes on a cohort.
  const notes = parts.some((p) => p.cohort !== undefined) ? cohortNotes(ctx, parts) : undefined;
  const counted = notes === undefined ? parts : parts.filter((p) => !notes.has(p));
  const overlap = overlapIn(ctx, counted);
  if (overlap !== undefined) {
    const { base, name } = ownedBy(ctx, owner);
    emit(ctx, 'overlapping-parts', {
      id: `overlapping-parts:${anchor}`,
      ...base,
      message: `${name} lists parts that may overlap, so they cannot be added up: ${overlap}.`,
    });
  }
  if (!isKnownCount(total)) return;
  // A part whose figure is unknown or undisclosed is at least no one: known parts alone can
  // already be more than the total, though never short of it. A part holds at least the largest
  // note on it alone (on it only: a note beside two parts of its category could be on either).
  // Most splits have no notes, and no table of floors.
  const floor = notes === undefined ? undefined : new Map<BreakdownPart, number>();
  for (const [note, hosts] of notes ?? [])
    if (hosts.length === 1 && isKnownCount(note.count)) {
      const host = hosts[0] as BreakdownPart;
      floor?.set(host, Math.max(floor.get(host) ?? 0, note.count.low));
    }
  let raised = false;
  const sum =
    overlap !== undefined || counted.length === 0
      ? undefined
      : sumBounded(
          counted.map((p) => {
            const own = isKnownCount(p.count) ? p.count : { low: 0, high: null };
            const low = floor?.get(p) ?? 0;
            if (low <= own.low) return own;
            raised = true;
            return { low, high: own.high === null ? null : Math.max(own.high, low) };
          }),
        );
  // The most the parts certainly hold: their sum, or one cohort's part alone when it is more.
  let most = sum;
  let cohort: string | undefined;
  for (const note of notes?.keys() ?? [])
    if (
      isKnownCount(note.count) &&
      (most === undefined || larger(note.count, note.cohort ?? '', most, cohort))
    ) {
      most = note.count;
      cohort = note.cohort;
    }
  if (most !== undefined && total.high !== null && most.low > total.high) {
    const { base, name } = ownedBy(ctx, owner);
    emit(ctx, 'breakdown-exceeds-total', {
      id: `breakdown-exceeds-total:${anchor}`,
      ...base,
      expected: total,
      observed: most,
      gap: most.low - total.high,
      message:
        cohort === undefined
          ? `${name} gives a total of ${fmt(total)}, but its parts add up to ${fmt(most)}${raised ? ', each at least the cohort it says is among it' : ''}.`
          : `${name} gives a total of ${fmt(total)}, but its part for cohort ${cohort} alone is ${fmt(most)}.`,
    });
  } else if (sum !== undefined && complete === true && sum.high !== null && sum.high < total.low) {
    const { base, name } = ownedBy(ctx, owner);
    emit(ctx, 'breakdown-short-of-total', {
      id: `breakdown-short-of-total:${anchor}`,
      ...base,
      expected: total,
      observed: sum,
      gap: total.low - sum.high,
      message: `${name} gives a total of ${fmt(total)} and presents its breakdown as complete, but the parts add up to only ${fmt(sum)}.`,
    });
  }
}

export function checkBreakdowns(ctx: AuditContext): void {
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const claim = ctx.dataset.claims[row] as Claim;
    if (!claim.breakdown) continue;
    checkBreakdown(ctx, claim.id, claim.breakdown, claim.value, claim.breakdownComplete, claim);
  }
  for (let row = 0; row < ctx.dataset.exchanges.length; row += 1) {
    const exchange = ctx.dataset.exchanges[row] as Exchange;
    for (const transfer of exchange.transfers) {
      if (!transfer.breakdown) continue;
      const ref = `${exchange.id}/${transfer.id}`;
      checkBreakdown(ctx, ref, transfer.breakdown, transfer.count, transfer.breakdownComplete, {
        exchange: exchange.id,
        ref,
      });
    }
  }
}

// -------------------------------------------------------------------------------------------
// Claims against each other

/** The warring sides a subject is about: those of its exchange's parties, or of the parties it names. */
function belligerents(ctx: AuditContext, subject: Subject): ReadonlyMap<string, string> {
  // Each warring party's side: the side of a multilateral exchange it is on, or the end of its
  // chain of alignments.
  const sideOfParty = new Map<string, string>();
  const record = subject as unknown as Record<string, unknown>;
  const named: string[] = [];
  if ('exchange' in subject && typeof subject.exchange === 'string') {
    const exchange = ctx.exchanges.get(subject.exchange);
    if (exchange?.sides)
      exchange.sides.forEach((side, k) => {
        for (const p of side) sideOfParty.set(p, `side ${k}`);
      });
    else if (exchange) named.push(...exchange.parties);
  }
  if (subject.type === 'agreed') {
    const agreement = ctx.agreements.get(subject.agreement);
    if (agreement) named.push(...agreement.parties);
  }
  for (const field of ['to', 'from', 'holder', 'of', 'captor', 'by', 'believedHeldBy'])
    if (typeof record[field] === 'string') named.push(record[field] as string);
  if (Array.isArray(record['parties'])) named.push(...(record['parties'] as string[]));
  for (const p of named) if (!sideOfParty.has(p)) sideOfParty.set(p, ctx.sideOf(p));
  return sideOfParty;
}

/**
 * Who the sources of disagreeing camps speak for. A source affiliated with a party outside the
 * dispute, or a mediator or international organisation, is a third party, not an opposite side.
 */
export function sidesOf(
  ctx: AuditContext,
  campsOfClaims: readonly (readonly Claim[])[],
): FindingSides {
  const first = campsOfClaims[0]?.[0];
  const warring = first ? belligerents(ctx, first.subject) : new Map<string, string>();
  // With fewer than two sides named, who is a third party cannot be told.
  const sidesKnown = new Set(warring.values()).size >= 2;
  // Each camp's sources, by where they stand: one of the warring sides, a third party (a mediator,
  // an international organisation, a state outside the dispute), or no party at all. The label
  // follows from which camps hold which, in one pass over the claims.
  const sides: Set<string>[] = [];
  const thirdCamps = new Set<number>();
  const noneCamps = new Set<number>();
  const sideCamps = new Set<number>();
  campsOfClaims.forEach((camp, i) => {
    const here = new Set<string>();
    for (const claim of camp) {
      const source = ctx.sources.get(claim.source);
      const affiliation = source?.affiliation ?? null;
      // Where the source's party stands in this dispute: on one of its sides, or (when the
      // subject names too few parties to tell the sides) on its own alignment's side.
      const side =
        affiliation === null
          ? null
          : (warring.get(affiliation) ??
            warring.get(ctx.sideOf(affiliation)) ??
            (sidesKnown ? undefined : sourceSide(ctx.sideOf, affiliation)));
      if (source?.kind === 'mediator' || source?.kind === 'international-organisation')
        thirdCamps.add(i);
      else if (affiliation === null) noneCamps.add(i);
      else if (side !== undefined && side !== null) {
        here.add(side);
        sideCamps.add(i);
      } else thirdCamps.add(i);
    }
    sides.push(here);
  });
  const allSides = new Set(sides.flatMap((s) => [...s]));
  // Two camps with warring sides, and two sides among them: some pair across camps differs.
  if (sideCamps.size >= 2 && allSides.size >= 2) return 'opposite';
  const across = (a: ReadonlySet<number>, b: ReadonlySet<number>) =>
    a.size > 0 && b.size > 0 && !(a.size === 1 && b.size === 1 && [...a][0] === [...b][0]);
  if (across(sideCamps, thirdCamps)) return 'party-and-mediator';
  if ((noneCamps.size > 0 && campsOfClaims.length >= 2) || thirdCamps.size >= 2)
    return 'independent';
  return 'same';
}

/** How a report names the sources of a disagreement. */
const SIDE_WORDS: Record<FindingSides, string> = {
  opposite: 'sources on opposite sides',
  same: 'sources on the same side',
  'party-and-mediator': 'a side and a third party',
  independent: 'sources including an independent one',
};

/** Subjects whose figures change over time: claims about them disagree only on the same date. */
const OVER_TIME = new Set<Subject['type']>([
  'returned-total',
  'exchanged-total',
  'died',
  'listed',
  'held',
  'captured-total',
  'missing',
  'exchange-count',
]);

/**
 * The groups of claims that must agree: by subject, and for figures that change, by date too.
 * Built by the first check that asks (two do).
 */
function agreementGroups(ctx: AuditContext): readonly [string, Claim[]][] {
  return (ctx.caches.agreementGroups ??= buildAgreementGroups(ctx));
}

function buildAgreementGroups(ctx: AuditContext): [string, Claim[]][] {
  const groups: [string, Claim[]][] = [];
  for (let row = 0; row < ctx.subjects.length; row += 1) {
    const { key, claims } = ctx.subjects[row] as SubjectGroup;
    if (claims.length < 2) continue;
    if (!OVER_TIME.has((claims[0] as Claim).subject.type)) {
      groups.push([key, claims]);
      continue;
    }
    const byDate = new Map<string, Claim[]>();
    for (const claim of claims) {
      const date = claimDate(claim) ?? '';
      pushTo(byDate, date, claim);
    }
    for (const [date, group] of byDate)
      if (group.length > 1) groups.push([date === '' ? key : `${key}@${date}`, group]);
  }
  return groups;
}

/**
 * Where all the known figures of a group agree, without building a reconciliation: most groups
 * agree, and this costs one pass and no allocation. `undefined` when they do not all overlap.
 */
function commonInterval(claims: readonly Claim[]): { low: number; high: number } | undefined {
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (const claim of claims) {
    const value = claim.value;
    if (!isKnownCount(value)) continue;
    if (value.low > low) low = value.low;
    if (value.high !== null && value.high < high) high = value.high;
  }
  return low <= high ? { low, high } : undefined;
}

/** The part of a reconciliation the checks read; the rest is not kept. */
type Verdict = Pick<Reconciliation, 'considered' | 'camps' | 'consensus' | 'leading'>;

/** Reconciles a group once per audit, whichever check asks first. */
function reconciled(ctx: AuditContext, key: string, claims: readonly Claim[]): Verdict {
  const made = (ctx.caches.reconciled ??= new Map());
  let verdict = made.get(key);
  if (!verdict) {
    const subject = key.startsWith('ids:') ? ctx.keyOf : [key.split('@')[0] as string];
    const { considered, camps, consensus, leading } = reconcileWithKeys(
      claims,
      ctx.reconcileOptions,
      subject,
      ctx.settled,
    );
    verdict = { considered, camps, consensus, leading };
    made.set(key, verdict);
  }
  return verdict;
}

/** The group key of claims that all share one subject; a mixed list gets a key of its ids. */
function claimsKey(ctx: AuditContext, claims: readonly Claim[]): string {
  const first = claims[0];
  if (first === undefined) return '';
  const key = ctx.keyOf(first);
  return claims.every((c) => ctx.keyOf(c) === key)
    ? key
    : `ids:${claims.map((c) => c.id).join(',')}`;
}

/** How many numbers of a sorted list are at most `bound`. */
function countAtMost(sorted: readonly number[], bound: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Items in date order (as `comparePartialDates` orders dates: by first day, the longer span first),
 * then by id; each date read once rather than once per comparison.
 */
function sortedByDate<T>(
  items: readonly T[],
  dateOf: (item: T) => PartialDate,
  idOf: (item: T) => string,
): T[] {
  const keyed = items.map((item) => {
    const days = dayKeysOf(dateOf(item));
    return { item, first: days.first, last: days.last, id: idOf(item) };
  });
  keyed.sort((a, b) => a.first - b.first || b.last - a.last || byText(a.id, b.id));
  return keyed.map((k) => k.item);
}

/** The gap between two figures when both are known counts, else null. */
function gapIfKnown(expected: Count, observed: Count): number | null {
  return isKnownCount(expected) && isKnownCount(observed)
    ? gapBetweenCounts(expected, observed)
    : null;
}

/** The running total for a filter, built once per audit. */
function seriesFor(ctx: AuditContext, filter: SeriesFilter): Series {
  // Ids and dates hold no control characters, so the fields joined by one are a unique key.
  const key = [
    filter.to,
    filter.category,
    filter.from,
    filter.since,
    filter.through,
    filter.cohort,
    filter.agreement,
    filter.legalBasis,
    filter.namedOnly,
  ].join('\u0001');
  const built = (ctx.caches.series ??= new Map());
  let line = built.get(key);
  if (!line) {
    // A cohort's total is the total without it, with the transfers naming the cohort changed.
    const base =
      filter.cohort !== undefined && filter.namedOnly !== true
        ? seriesFor(ctx, { ...filter, cohort: undefined })
        : undefined;
    line = new Series(ctx.ledgerIndex, filter, ctx.taxonomy, base);
    built.set(key, line);
  }
  return line;
}

/** The ledger series a running total is measured against: the same receiver, filters and scope. */
function seriesForTotal(
  ctx: AuditContext,
  subject: Extract<Subject, { type: 'returned-total' }>,
): Series {
  return seriesFor(ctx, runningTotalFilter(subject));
}

/**
 * How much a growing total may have grown within one date, from the record: an exchange on that
 * day explains why a morning figure and an evening one differ. Infinity when the record cannot
 * bound it; zero for figures that do not grow with exchanges.
 */
function sameDayGrowth(ctx: AuditContext, subject: Subject, date: PartialDate): number {
  if (subject.type === 'exchange-count') {
    // Exchanges that may fall on the date: those starting by its end, less those over before it.
    const key = [...subject.parties].sort().join(',');
    const known = (ctx.caches.exchangeSpans ??= new Map());
    let spans = known.get(key);
    if (!spans) {
      let byParty = ctx.caches.exchangesByParty;
      if (!byParty) {
        byParty = new Map();
        for (const e of ctx.dataset.exchanges)
          for (const p of new Set(e.parties)) pushTo(byParty, p, e);
        ctx.caches.exchangesByParty = byParty;
      }
      const found = byParty;
      const involved = [...new Set(subject.parties.flatMap((p) => found.get(p) ?? []))];
      const firsts = involved
        .map((e) => dayKeysOf(e.stages[0]?.on ?? '0001').first)
        .sort((a, b) => a - b);
      const lasts = involved
        .map((e) => dayKeysOf(e.stages[e.stages.length - 1]?.on ?? '0001').last)
        .sort((a, b) => a - b);
      spans = { firsts, lasts };
      known.set(key, spans);
    }
    const day = dayKeysOf(date);
    return countAtMost(spans.firsts, day.last) - countAtMost(spans.lasts, day.first - 1);
  }
  if (subject.type === 'returned-total') {
    const total = seriesForTotal(ctx, subject).at(date, 'none').count;
    return total.high === null ? Infinity : total.high - total.low;
  }
  return 0;
}

/** How many camps a disagreement's message names one by one. */
const VOICES_SHOWN = 12;

export function checkDisagreements(ctx: AuditContext): void {
  for (const [key, claims] of agreementGroups(ctx)) {
    if (commonInterval(claims) !== undefined) continue;
    const verdict = reconciled(ctx, key, claims);
    if (verdict.camps.length < 2) continue;
    const byId = new Map(claims.map((c) => [c.id, c]));
    const camps = verdict.camps.map((camp) => camp.claims.map((id) => byId.get(id) as Claim));
    // One source at odds with itself on one day is a self-contradiction, reported as such.
    const heard = camps.flat();
    if (
      new Set(heard.map((c) => c.source)).size === 1 &&
      new Set(heard.map((c) => claimDate(c) ?? '')).size === 1 &&
      claimDate(heard[0] as Claim) !== undefined
    )
      continue;
    const sides = sidesOf(ctx, camps);
    const first = verdict.camps[0] as (typeof verdict.camps)[number];
    const last = verdict.camps[verdict.camps.length - 1] as (typeof verdict.camps)[number];
    const subject = (claims[0] as Claim).subject;
    const date = key.includes('@') ? (key.slice(key.indexOf('@') + 1) as PartialDate) : undefined;
    if (
      date !== undefined &&
      gapBetweenCounts(first.interval, last.interval) <= sameDayGrowth(ctx, subject, date)
    )
      continue;
    const voice = (i: number) => {
      const interval = verdict.camps[i]?.interval as KnownCount;
      const names = [...new Set((camps[i] as Claim[]).map((c) => who(ctx, c)))];
      return `${names.join(' and ')} ${names.length > 1 ? 'give' : 'gives'} ${fmt(interval)}`;
    };
    // Every figure up to a dozen; past that, the lowest and the highest few and how many lie
    // between (the finding's claims list them all).
    const shown = VOICES_SHOWN / 2;
    const voices =
      camps.length <= VOICES_SHOWN
        ? camps.map((_, i) => voice(i)).join('; ')
        : [
            ...Array.from({ length: shown }, (_, i) => voice(i)),
            `${(camps.length - VOICES_SHOWN).toLocaleString('en-US')} other ${camps.length - VOICES_SHOWN === 1 ? 'figure' : 'figures'} between`,
            ...Array.from({ length: shown }, (_, i) => voice(camps.length - shown + i)),
          ].join('; ');
    const sideText = SIDE_WORDS[sides];
    emit(ctx, 'claims-disagree', {
      id: `claims-disagree:${key}`,
      subject: subjectKey(subject),
      ...aboutExchange(heard),
      claims: verdict.considered,
      records: [],
      expected: first.interval,
      observed: last.interval,
      gap: gapBetweenCounts(first.interval, last.interval),
      sides,
      message: `On ${describeSubject(ctx, subject)}${key.includes('@') ? ` as of ${key.slice(key.indexOf('@') + 1)}` : ''}, ${sideText} disagree: ${voices}.`,
    });
  }
}

/**
 * What two breakdowns of one subject say against each other, if they cannot both be true: the
 * same category given figures that do not overlap, or a breakdown presented as the whole that
 * leaves out a group the other counts at least one person in.
 */
function breakdownClash(
  ctx: AuditContext,
  a: Claim,
  b: Claim,
): { detail: string; expected: Count; observed: Count } | undefined {
  // In one order, so that the order the sources listed their parts in does not choose the clash.
  const pa = inOneOrder(partsByCategory(a.breakdown ?? []));
  const pb = inOneOrder(partsByCategory(b.breakdown ?? []));
  for (const part of pa) {
    const other = pb.find((p) => p.category === part.category);
    if (other && compare(part.count, other.count).relation === 'disjoint')
      return {
        detail: `${fmt(part.count)} and ${fmt(other.count)} ${categoryLabel(ctx, part.category)}`,
        expected: part.count,
        observed: other.count,
      };
  }
  for (const [whole, parts, others] of [
    [a, pa, pb],
    [b, pb, pa],
  ] as const) {
    if (whole.breakdownComplete !== true || parts.length === 0) continue;
    for (const other of others) {
      if (!isKnownCount(other.count) || other.count.low === 0) continue;
      const outside = parts.every(
        (p) => categoriesDisjoint([p.category, other.category], ctx.taxonomy).disjoint,
      );
      if (outside)
        return {
          detail: `${parts.map((p) => `${fmt(p.count)} ${categoryLabel(ctx, p.category)}`).join(' and ')} as the whole, and ${fmt(other.count)} ${categoryLabel(ctx, other.category)}`,
          expected: { low: 0, high: 0 },
          observed: other.count,
        };
    }
  }
  return undefined;
}

/** Breakdowns of one subject, at one date for figures that change, by different sources. */
export function checkBreakdownsAcrossSources(ctx: AuditContext): void {
  // A copy's breakdown is its original's, or a copy that differs: no second source's.
  const isOriginal = originalsOnly(ctx);
  for (const [key, claims] of agreementGroups(ctx)) {
    // In id order, so that the findings do not depend on the order of the input.
    const withParts = claims
      .filter((c) => (c.breakdown ?? []).length > 0 && isOriginal(c))
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    if (withParts.length < 2) continue;
    // Each category's parts across the claims: counts that do not overlap show as the highest
    // low above the lowest high, found in one pass rather than by comparing every pair.
    const byCategory = new Map<string, { claim: Claim; count: KnownCount }[]>();
    for (const claim of withParts)
      for (const part of partsByCategory(claim.breakdown ?? []))
        if (isKnownCount(part.count))
          pushTo(byCategory, part.category, { claim, count: part.count });
    const pairs: [Claim, Claim][] = [];
    for (const parts of byCategory.values()) {
      if (parts.length < 2) continue;
      const highest = parts.reduce((a, b) => (b.count.low > a.count.low ? b : a));
      const lowest = parts.reduce((a, b) =>
        b.count.high !== null && (a.count.high === null || b.count.high < a.count.high) ? b : a,
      );
      if (lowest.count.high !== null && highest.count.low > lowest.count.high)
        pairs.push([highest.claim, lowest.claim]);
    }
    // A breakdown given as the whole, against a group another source counts and it leaves out:
    // each such breakdown is weighed once, against the first claim that shows it wrong.
    // The claims that count at least one person in each category, the first two sources each.
    const counted = new Map<string, Claim[]>();
    for (const [category, parts] of byCategory) {
      const firsts: Claim[] = [];
      for (const { claim, count } of parts) {
        if (count.low === 0 || firsts.some((c) => c.source === claim.source)) continue;
        firsts.push(claim);
        if (firsts.length === 2) break;
      }
      if (firsts.length > 0) counted.set(category, firsts);
    }
    for (const whole of withParts) {
      if (whole.breakdownComplete !== true) continue;
      const mine = partsByCategory(whole.breakdown ?? []).map((p) => p.category);
      if (mine.length === 0) continue;
      for (const [category, claims] of counted) {
        const other = claims.find((c) => c.source !== whole.source);
        if (other && mine.every((m) => categoriesDisjoint([m, category], ctx.taxonomy).disjoint)) {
          pairs.push([whole, other]);
          break;
        }
      }
    }
    const seen = new Set<string>();
    for (const pair of pairs) {
      const [a, b] = [...pair].sort((x, y) => (x.id < y.id ? -1 : 1)) as [Claim, Claim];
      // One source against itself is a self-contradiction, reported as such.
      if (a.source === b.source || seen.has(`${a.id}:${b.id}`)) continue;
      seen.add(`${a.id}:${b.id}`);
      const clash = breakdownClash(ctx, a, b);
      if (!clash) continue;
      const subject = a.subject;
      emit(ctx, 'breakdowns-disagree', {
        id: `breakdowns-disagree:${a.id}:${b.id}`,
        subject: subjectKey(subject),
        ...aboutExchange([a, b]),
        claims: [a.id, b.id],
        records: [],
        expected: clash.expected,
        observed: clash.observed,
        gap: gapIfKnown(clash.expected, clash.observed),
        sides: sidesOf(ctx, [[a], [b]]),
        message: `On ${describeSubject(ctx, subject)}${key.includes('@') ? ` as of ${key.slice(key.indexOf('@') + 1)}` : ''}, ${who(ctx, a)} and ${who(ctx, b)} break the figure down differently: ${clash.detail}.`,
      });
    }
  }
}

/**
 * Whether a claim is its own original: it copies no claim about its subject, or it starts a circle
 * of copies (the lowest id on it), as reconciling has it. A copy is no figure of its own: faithful,
 * it repeats its original; wrong, it is a copy that differs (see checkCopies).
 */
function originalsOnly(ctx: AuditContext): (claim: Claim) => boolean {
  const copyOf = ctx.settled.copyOf;
  if (copyOf === undefined) return () => true;
  const originalOf = copyOriginals((id) => copyOf.get(id));
  return (claim) => originalOf(claim.id) === claim.id;
}

export function checkSelfContradictions(ctx: AuditContext): void {
  // Claims about one subject, from one source, on one date. Only dated claims can be said to come
  // from one occasion; a source may revise itself later. Only originals are compared.
  const isOriginal = originalsOnly(ctx);
  const groups: Claim[][] = [];
  for (let row = 0; row < ctx.subjects.length; row += 1) {
    const { claims: subjectClaims } = ctx.subjects[row] as SubjectGroup;
    if (subjectClaims.length < 2) continue;
    const bySourceAndDate = new Map<string, Claim[]>();
    for (const claim of subjectClaims) {
      const date = claimDate(claim);
      if (date !== undefined && isOriginal(claim))
        pushTo(bySourceAndDate, `${claim.source}|${date}`, claim);
    }
    for (const group of bySourceAndDate.values()) if (group.length > 1) groups.push(group);
  }
  for (const claims of groups) {
    // In id order, each claim is held against the claims before it, and reported once, with one
    // of them it contradicts: a source giving k figures on one occasion makes at most k - 1
    // findings, not k(k - 1)/2. Figures that cannot both be true are found among all the earlier
    // claims at once, through the one that ends lowest and the one that starts highest; a clash of
    // breakdowns under figures that agree needs a pair at a time, so it is looked for among the
    // first 50 claims (more from one source, on one subject, on one day, is no realistic record).
    const sorted = [...claims].sort(byId);
    let endsLowest: (Claim & { value: KnownCount }) | undefined;
    let startsHighest: (Claim & { value: KnownCount }) | undefined;
    // One revising the other settles the pair, unless the two are on one circle of revisions,
    // where none prevails and both still stand.
    const linked = (a: Claim, b: Claim) => {
      const circle = ctx.revisionCircle.get(a.id);
      if (circle !== undefined && circle === ctx.revisionCircle.get(b.id)) return false;
      return [...(a.links ?? []), ...(b.links ?? [])].some(
        (l) =>
          (l.claim === a.id || l.claim === b.id) && (l.type === 'revises' || l.type === 'retracts'),
      );
    };
    sorted.forEach((b, j) => {
      let a: Claim | undefined;
      let detail: string | undefined;
      let expected: Count = b.value;
      let observed: Count = b.value;
      const disjoint = (other: Claim | undefined): other is Claim =>
        other !== undefined &&
        !linked(other, b) &&
        compare(other.value, b.value).relation === 'disjoint';
      if (disjoint(endsLowest)) a = endsLowest;
      else if (disjoint(startsHighest)) a = startsHighest;
      else if (j < 50)
        // A linked pair set aside above, or figures that agree: the earlier claims one by one.
        for (const other of sorted.slice(0, j)) {
          if (linked(other, b)) continue;
          if (compare(other.value, b.value).relation === 'disjoint') {
            a = other;
            break;
          }
          const clash = breakdownClash(ctx, other, b);
          if (clash) {
            a = other;
            ({ detail, expected, observed } = clash);
            break;
          }
        }
      if (a !== undefined) {
        if (detail === undefined) {
          detail = `${fmt(a.value)} in one statement and ${fmt(b.value)} in another`;
          expected = a.value;
          observed = b.value;
        }
        emit(ctx, 'self-contradiction', {
          id: `self-contradiction:${a.id}:${b.id}`,
          subject: ctx.keyOf(a),
          ...aboutExchange([a, b]),
          claims: [a.id, b.id],
          records: [],
          expected,
          observed,
          gap: gapIfKnown(expected, observed),
          message: `${who(ctx, a)} gave ${detail} for ${describeSubject(ctx, a.subject)}${claimDate(a) ? ` on ${claimDate(a)}` : ''}.`,
        });
      }
      if (isKnownCount(b.value)) {
        const known = b as Claim & { value: KnownCount };
        const high = (c: KnownCount) => c.high ?? Infinity;
        if (endsLowest === undefined || high(known.value) < high(endsLowest.value))
          endsLowest = known;
        if (startsHighest === undefined || known.value.low > startsHighest.value.low)
          startsHighest = known;
      }
    });
  }
}

export function checkUnsourced(ctx: AuditContext): void {
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const claim = ctx.dataset.claims[row] as Claim;
    if (claim.citations.length > 0) continue;
    emit(ctx, 'unsourced-claim', {
      id: `unsourced-claim:${claim.id}`,
      subject: ctx.keyOf(claim),
      ...aboutExchange([claim]),
      claims: [claim.id],
      records: [],
      message: `The claim ${claim.id} by ${who(ctx, claim)} (${fmt(claim.value)} ${describeSubject(ctx, claim.subject)}) has no citation, so nobody can check where it was said.`,
    });
  }
}

// -------------------------------------------------------------------------------------------
// Records against claims, exchanges, agreements

/** The subject of claims about what went to `to` in an exchange, in a category and cohort. */
function transferSubject(exchange: Exchange, transfer: Transfer): Subject {
  const cohort = transfer.cohorts?.[0]?.cohort;
  return {
    type: 'transferred',
    exchange: exchange.id,
    to: transfer.to,
    category: transfer.category,
    ...(cohort ? { cohort } : {}),
  };
}

/**
 * Compares what the record holds (one transfer, or the sum of an exchange's transfers of one kind
 * over its stages) with the claims about it; a finding when it agrees with none of them. The
 * `possible` transfers may or may not belong to the sum (a transfer that does not say its stage,
 * against a figure up to one stage): the record then holds at least the others and at most all.
 */
function checkRecord(
  ctx: AuditContext,
  exchange: Exchange,
  certain: readonly Transfer[],
  { key, claims }: SubjectGroup,
  taken: Set<string>,
  possible: readonly Transfer[] = [],
): void {
  const transfers = possible.length === 0 ? certain : [...certain, ...possible];
  if (claims.length === 0 || transfers.length === 0) return;
  const counts = transfers.map((t) => t.count);
  if (!counts.every(isKnownCount)) return;
  const all = sumBounded(counts as KnownCount[]);
  const record: KnownCount =
    possible.length === 0
      ? all
      : { low: sumBounded(certain.map((t) => t.count as KnownCount)).low, high: all.high };
  const common = commonInterval(claims);
  if (
    common !== undefined &&
    record.low <= common.high &&
    (record.high === null || common.low <= record.high)
  )
    return;
  const verdict = reconciled(ctx, key, claims);
  if (verdict.camps.length === 0) return;
  if (verdict.camps.some((camp) => compare(record, camp.interval).relation !== 'disjoint')) return;
  const nearest = [...verdict.camps].sort(
    (a, b) => gapBetweenCounts(record, a.interval) - gapBetweenCounts(record, b.interval),
  )[0] as (typeof verdict.camps)[number];
  const refs = transferRefs(exchange, transfers);
  const first = transfers[0] as Transfer;
  // Transfers that do not say their stage are named as such: the record can only bound the figure.
  const undated =
    possible.length === 0
      ? ''
      : refs.length === 1
        ? ', which does not say on which stage it went,'
        : possible.length === refs.length
          ? ', none of which says on which stage it went,'
          : possible.length === 1
            ? ', one of which does not say on which stage it went,'
            : `, ${possible.length} of which do not say on which stage they went,`;
  const what =
    refs.length === 1
      ? `The record of transfer ${refs[0]}${undated} says`
      : `The records of the ${refs.length} transfers ${refs.join(', ')}${undated} say that together`;
  // A figure pinned to a transfer, one about the exchange and one up to a stage can all be held
  // against the same transfers: the later ones add their lowest claim id, so each id names one
  // finding.
  let id = `record-vs-claims:${refs.join('+')}`;
  if (taken.has(id))
    id += `:${claims.reduce((low, c) => (c.id < low ? c.id : low), (claims[0] as Claim).id)}`;
  taken.add(id);
  emit(ctx, 'record-vs-claims', {
    id,
    exchange: exchange.id,
    claims: verdict.considered,
    records: refs,
    expected: nearest.interval,
    observed: record,
    gap: gapBetweenCounts(record, nearest.interval),
    message: `${what} ${fmt(record)} ${categoryLabel(ctx, first.category)} went to ${party(ctx, first.to)}, ${verdict.considered.length === 1 ? `while the one claim about ${refs.length === 1 ? 'it' : 'them'} gives ${fmt(nearest.interval)}` : `which agrees with none of the ${verdict.considered.length} claims about ${refs.length === 1 ? 'it' : 'them'} (nearest: ${fmt(nearest.interval)})`}.`,
  });
}

/**
 * Whether two transfers can be named alike, `exchange/transfer`: only when a transfer's id holds a
 * '/' (`x` + `y/t` and `x/y` + `t`).
 */
export function transfersNamedAlike(exchanges: readonly Exchange[]): boolean {
  return exchanges.some((e) => e.transfers.some((t) => t.id.includes('/')));
}

export function checkRecords(ctx: AuditContext): void {
  // The ids given so far. The passes run in a fixed order, and the last one in the order of the
  // subjects' keys, so which finding keeps the plain id does not depend on the input's order.
  const taken = new Set<string>();
  const transferred = ctx.subjects.filter(
    ({ claims }) => (claims[0] as Claim).subject.type === 'transferred',
  );
  // Two transfers are named alike (`x` + `y/t` and `x/y` + `t`) only when a transfer's id holds a
  // '/': then the first two passes also go by key and by exchange id.
  const alike = transfersNamedAlike(ctx.dataset.exchanges);
  if (alike) transferred.sort((a, b) => byText(a.key, b.key));
  const exchanges = alike ? [...ctx.dataset.exchanges].sort(byId) : ctx.dataset.exchanges;
  // A figure pinned to one transfer, against that transfer when the figure is about what it
  // moved (the same receiver, category and cohort).
  for (let row = 0; row < transferred.length; row += 1) {
    const group = transferred[row] as SubjectGroup;
    const s = (group.claims[0] as Claim).subject as Extract<Subject, { type: 'transferred' }>;
    const exchange = s.transfer === undefined ? undefined : ctx.exchanges.get(s.exchange);
    const transfer = exchange?.transfers.find((t) => t.id === s.transfer);
    if (
      exchange &&
      transfer &&
      subjectKey({ ...transferSubject(exchange, transfer), transfer: transfer.id } as Subject) ===
        group.key
    )
      checkRecord(ctx, exchange, [transfer], group, taken);
  }
  // Transfers of one kind to one party over several stages: a claim about the exchange is about
  // their sum.
  for (let row = 0; row < exchanges.length; row += 1) {
    const exchange = exchanges[row] as Exchange;
    const kinds = new Map<string, Transfer[]>();
    for (const transfer of exchange.transfers)
      pushTo(kinds, subjectKey(transferSubject(exchange, transfer)), transfer);
    for (const [key, transfers] of kinds) {
      const claims = ctx.bySubject.get(key);
      if (claims) checkRecord(ctx, exchange, transfers, { key, claims }, taken);
    }
  }
  // A figure for a multi-day exchange up to one of its days, against the transfers of those days.
  const upToStage = transferred
    .filter(({ claims }) => {
      const s = (claims[0] as Claim).subject as Extract<Subject, { type: 'transferred' }>;
      return s.throughStage !== undefined && s.transfer === undefined;
    })
    .sort((a, b) => byText(a.key, b.key));
  for (let row = 0; row < upToStage.length; row += 1) {
    const group = upToStage[row] as SubjectGroup;
    const s = (group.claims[0] as Claim).subject as Extract<Subject, { type: 'transferred' }>;
    if (s.throughStage === undefined) continue;
    const exchange = ctx.exchanges.get(s.exchange);
    if (!exchange) continue;
    const { throughStage, ...whole } = s;
    const wholeKey = subjectKey(whole);
    const same = exchange.transfers.filter(
      (t) => subjectKey(transferSubject(exchange, t)) === wholeKey,
    );
    // A transfer that does not say its day may have gone on any: it may or may not count.
    const upTo = same.filter((t) => t.stage !== undefined && t.stage <= throughStage);
    const undated = same.filter((t) => t.stage === undefined);
    checkRecord(ctx, exchange, upTo, group, taken, undated);
  }
}

/**
 * Transfers as a finding names them (`exchange/transfer`), by stage and then id: the order an
 * exchange lists its transfers in changes no finding.
 */
function transferRefs(exchange: Exchange, transfers: readonly Transfer[]): string[] {
  return [...transfers]
    .sort((a, b) => (a.stage ?? -1) - (b.stage ?? -1) || byId(a, b))
    .map((t) => `${exchange.id}/${t.id}`);
}

/** The ledger's entries of an exchange, from a table built on first use. */
function exchangeEntries(ctx: AuditContext, exchange: string): readonly LedgerEntry[] {
  let index = ctx.caches.entriesByExchange;
  if (!index) {
    index = new Map();
    for (const entry of ctx.ledger.entries) pushTo(index, entry.exchange, entry);
    ctx.caches.entriesByExchange = index;
  }
  return index.get(exchange) ?? [];
}

/** What the record holds of a category (and cohort) in some of an exchange's entries; undefined when unknown. */
function recordTotal(
  ctx: AuditContext,
  entries: readonly LedgerEntry[],
  category: string,
  cohort: string | undefined,
): KnownCount | undefined {
  let low = 0;
  let high: number | null = 0;
  for (const entry of entries) {
    const part = contribution(entry, { to: entry.to, category, cohort }, ctx.taxonomy);
    if (part === undefined) continue;
    const [l, h, unknown] = part;
    if (unknown) return undefined;
    low = addLows(low, l);
    high = addHighs(high, h);
  }
  return { low, high };
}

/**
 * Claims about an exchange as a whole, against the record: both directions together
 * (`exchanged`) against the sum of its transfers; a direction not named against each direction
 * and their sum, any of which it may mean.
 */
export function checkClaimsAgainstRecord(ctx: AuditContext): void {
  for (let row = 0; row < ctx.subjects.length; row += 1) {
    const { key, claims } = ctx.subjects[row] as SubjectGroup;
    const s = (claims[0] as Claim).subject;
    const undirected =
      s.type === 'transferred' &&
      s.to === undefined &&
      s.transfer === undefined &&
      s.throughStage === undefined;
    if (s.type !== 'exchanged' && !undirected) continue;
    const entries = exchangeEntries(ctx, s.exchange);
    if (entries.length === 0) continue;
    const category = s.category ?? 'people';
    const cohort = s.type === 'transferred' ? s.cohort : undefined;
    // What the figure may mean: the whole, what each party received, or, in a multilateral
    // exchange, what each side received from the other.
    const receivers = [...new Set(entries.map((e) => e.to))].sort();
    const groups: { name: string; members: readonly string[] }[] = receivers.map((to) => ({
      name: party(ctx, to),
      members: [to],
    }));
    const sides = ctx.exchanges.get(s.exchange)?.sides ?? [];
    for (const side of sides)
      if (side.length > 1)
        groups.push({ name: side.map((p) => party(ctx, p)).join(' and '), members: side });
    const readings = [
      recordTotal(ctx, entries, category, cohort),
      ...(undirected
        ? groups.map((g) =>
            recordTotal(
              ctx,
              entries.filter((e) => g.members.includes(e.to) && !g.members.includes(e.from)),
              category,
              cohort,
            ),
          )
        : []),
    ];
    if (readings.some((r) => r === undefined)) continue;
    const known = readings as KnownCount[];
    const verdict = reconciled(ctx, key, claims);
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const camp of verdict.camps) {
      if (known.some((r) => compare(r, camp.interval).relation !== 'disjoint')) continue;
      const whole = known[0] as KnownCount;
      const names = [...new Set(camp.claims.map((id) => who(ctx, byId.get(id) as Claim)))];
      emit(ctx, 'claim-vs-record', {
        id: `claim-vs-record:${key}:${camp.claims.join('+')}`,
        subject: key,
        exchange: s.exchange,
        claims: camp.claims,
        records: entries.map((e) => `${e.exchange}/${e.transfer}`),
        expected: whole,
        observed: camp.interval,
        gap: gapBetweenCounts(whole, camp.interval),
        message: undirected
          ? `${names.join(' and ')} ${names.length > 1 ? 'give' : 'gives'} ${fmt(camp.interval)} ${describeSubject(ctx, s)}, but the record has ${known
              .slice(1)
              .map((r, i) => `${fmt(r)} to ${groups[i]?.name ?? ''}`)
              .join(' and ')} (${fmt(whole)} together), and the figure fits none of them.`
          : `${names.join(' and ')} ${names.length > 1 ? 'give' : 'gives'} ${fmt(camp.interval)} ${describeSubject(ctx, s)}, but the record's transfers add up to ${fmt(whole)}.`,
      });
    }
  }
}

/**
 * Claims about a narrower group (a category within another, or one cohort of it) against claims
 * about the whole, of one scope and, for figures that change, one date: a part above its whole
 * cannot be.
 */
export function checkPartsAgainstWholes(ctx: AuditContext): void {
  // The subjects of each scope (a subject but for its category and cohort). A scope of one
  // subject holds one category and cohort, so no part and whole: only scopes of several are
  // split by date, for figures that change, and compared.
  const subjects = new Map<string, Claim[][]>();
  for (let row = 0; row < ctx.subjects.length; row += 1) {
    const { claims } = ctx.subjects[row] as SubjectGroup;
    const s = (claims[0] as Claim).subject;
    if (s.type !== 'exchange-count') pushTo(subjects, scopeKey(s), claims);
  }
  const scopes: Claim[][] = [];
  for (const groups of subjects.values()) {
    if (groups.length < 2) continue;
    const overTime = OVER_TIME.has(((groups[0] as Claim[])[0] as Claim).subject.type);
    const byDate = new Map<string, Claim[]>();
    for (const claims of groups)
      for (const claim of claims) {
        if (!isKnownCount(claim.value)) continue;
        const date = overTime ? claimDate(claim) : '';
        if (date !== undefined) pushTo(byDate, date, claim);
      }
    for (const dated of byDate.values()) scopes.push(dated);
  }
  const parentOf = new Map(ctx.taxonomy.categories.map((c) => [c.id, c.parent]));
  for (const claims of scopes) {
    if (claims.length < 2) continue;
    // Per group (a category, with or without one cohort): the claim with the highest low and the
    // one with the lowest high. A part exceeds a whole when a group's highest low is above the
    // lowest high among the groups that contain it: the same category without the cohort, or an
    // ancestor category with the same cohort or none. Found once per group, not per pair.
    // Of two claims, the one with the lower high (the lower id when their highs are equal).
    const lower = (a: Claim | undefined, b: Claim | undefined): Claim | undefined => {
      if (a === undefined) return b;
      if (b === undefined) return a;
      const ha = (a.value as KnownCount).high as number;
      const hb = (b.value as KnownCount).high as number;
      return hb < ha || (hb === ha && b.id < a.id) ? b : a;
    };
    const groups = new Map<string, { highest: Claim; lowest: Claim | undefined }>();
    const groupKey = (category: string, cohort: string | undefined) =>
      `${category}|${cohort ?? ''}`;
    for (const claim of claims) {
      const s = claim.subject as Subject & { category?: string; cohort?: string };
      const key = groupKey(s.category ?? 'people', s.cohort);
      const v = claim.value as KnownCount;
      const group = groups.get(key);
      if (!group) {
        groups.set(key, { highest: claim, lowest: v.high === null ? undefined : claim });
        continue;
      }
      // Equal figures are told apart by claim id, so the input's order decides nothing.
      const highest = group.highest.value as KnownCount;
      if (v.low > highest.low || (v.low === highest.low && claim.id < group.highest.id))
        group.highest = claim;
      if (v.high !== null && lower(group.lowest, claim) === claim) group.lowest = claim;
    }
    // One category and cohort alone holds no part and whole.
    if (groups.size < 2) continue;
    // The claim with the lowest high among a category's groups of one cohort and those of all its
    // ancestors, memoised up the tree so that each category is walked once per cohort.
    const memo = new Map<string, Claim | undefined>();
    const tightest = (category: string | null | undefined, cohort: string | undefined) => {
      if (category === null || category === undefined) return undefined;
      const path: string[] = [];
      let best: Claim | undefined;
      for (
        let c: string | null | undefined = category;
        c !== null && c !== undefined && path.length <= parentOf.size;
        c = parentOf.get(c)
      ) {
        const key = groupKey(c, cohort);
        if (memo.has(key)) {
          best = memo.get(key);
          break;
        }
        path.push(c);
      }
      for (let i = path.length - 1; i >= 0; i -= 1) {
        const c = path[i] as string;
        best = lower(best, groups.get(groupKey(c, cohort))?.lowest);
        memo.set(groupKey(c, cohort), best);
      }
      return memo.get(groupKey(category, cohort));
    };
    for (const [key, { highest }] of groups) {
      const [category, cohortText] = key.split('|') as [string, string];
      const cohort = cohortText === '' ? undefined : cohortText;
      const parent = parentOf.get(category);
      // Wholes: the same category without the cohort; strict ancestors with this cohort or none.
      let whole =
        cohort === undefined ? undefined : groups.get(groupKey(category, undefined))?.lowest;
      whole = lower(whole, tightest(parent, undefined));
      if (cohort !== undefined) whole = lower(whole, tightest(parent, cohort));
      if (whole === undefined || whole === highest) continue;
      emitPartAboveWhole(ctx, highest, whole);
    }
  }
}

function emitPartAboveWhole(ctx: AuditContext, part: Claim, whole: Claim): void {
  const pv = part.value as KnownCount;
  const wv = whole.value as KnownCount;
  if (wv.high === null || pv.low <= wv.high) return;
  const p = part.subject;
  const w = whole.subject;
  emit(ctx, 'part-exceeds-whole', {
    id: `part-exceeds-whole:${part.id}:${whole.id}`,
    subject: ctx.keyOf(part),
    ...aboutExchange([part, whole]),
    claims: [part.id, whole.id],
    records: [],
    expected: wv,
    observed: pv,
    gap: pv.low - wv.high,
    message: `${who(ctx, part)} gives ${fmt(pv)} ${describeSubject(ctx, p)}, more than the ${fmt(wv)} ${describeSubject(ctx, w)} that ${who(ctx, whole)} gives${claimDate(part) && OVER_TIME.has(p.type) ? ` as of ${claimDate(part)}` : ''}.`,
  });
}

export function checkAsymmetry(ctx: AuditContext): void {
  for (let row = 0; row < ctx.dataset.exchanges.length; row += 1) {
    const exchange = ctx.dataset.exchanges[row] as Exchange;
    if (exchange.status !== 'completed' && exchange.status !== 'partly-done') continue;
    // Two sides: the two parties, or the two sides a multilateral exchange names.
    const sides =
      exchange.sides?.length === 2
        ? exchange.sides
        : exchange.parties.length === 2
          ? exchange.parties.map((p) => [p])
          : undefined;
    const [a, b] = sides ?? [];
    if (a === undefined || b === undefined) continue;
    const toA = exchange.transfers.some((t) => a.includes(t.to) && !a.includes(t.from));
    const toB = exchange.transfers.some((t) => b.includes(t.to) && !b.includes(t.from));
    if (!toA || !toB) continue;
    // Living people and remains are counted apart, so each may be uneven on its own.
    for (const category of ['people', 'remains'] as const) {
      if (category === 'remains') {
        const of = (side: readonly string[]) =>
          exchange.transfers.some(
            (t) =>
              side.includes(t.to) &&
              !side.includes(t.from) &&
              isCategoryWithin(t.category, 'remains', ctx.taxonomy),
          );
        if (!of(a) || !of(b)) continue;
      }
      const ratio = exchangeRatio(exchange, [a, b], category, ctx.taxonomy);
      const [ra, rb] = ratio.received;
      if (!isKnownCount(ra) || !isKnownCount(rb) || compare(ra, rb).relation !== 'disjoint')
        continue;
      const when = exchange.stages[0]?.on ?? exchange.id;
      const ratioText =
        ratio.ratio &&
        ratio.ratio.high !== null &&
        ratio.ratio.low === ratio.ratio.high &&
        formatRatio(ratio.ratio.low) !== ''
          ? ` (${formatRatio(ratio.ratio.low)})`
          : '';
      const count = category === 'people' ? people : (c: Count) => `the remains of ${fmt(c)}`;
      emit(ctx, 'asymmetric-exchange', {
        id: `asymmetric-exchange:${exchange.id}${category === 'people' ? '' : ':remains'}`,
        exchange: exchange.id,
        claims: [],
        records: transferRefs(exchange, exchange.transfers),
        expected: ra,
        observed: rb,
        gap: gapBetweenCounts(ra, rb),
        message: `In the exchange of ${when}, ${a.map((p) => party(ctx, p)).join(' and ')} received ${count(ra)} and ${b.map((p) => party(ctx, p)).join(' and ')} ${count(rb)}${ratioText}.`,
      });
    }
  }
}

/** "1.1 for 1", "1 for 9", "15 for 1". */
function formatRatio(r: number): string {
  const round = (x: number) =>
    Math.abs(x - Math.round(x)) < 0.05 ? String(Math.round(x)) : x.toFixed(1);
  const text = r >= 1 ? `${round(r)} for 1` : `1 for ${round(1 / r)}`;
  return text === '1 for 1' ? '' : text;
}

/** "1 person", "44 people", "200–999 people". */
function people(count: Count): string {
  return isKnownCount(count) && count.low === 1 && count.high === 1
    ? '1 person'
    : `${fmt(count)} people`;
}

/** Where an agreement's terms can be read. */
function citedBy(ctx: AuditContext, agreement: string): string[] {
  return (ctx.agreements.get(agreement)?.citations ?? []).map((c) => c.url);
}

export function checkAgreements(ctx: AuditContext): void {
  for (const row of ctx.ledger.agreements) {
    if (row.agreed === 'all' || !isKnownCount(row.agreed)) continue;
    const delivered = row.delivered.count;
    if (compare(row.agreed, delivered).relation !== 'disjoint') continue;
    emit(ctx, 'agreed-vs-delivered', {
      id: `agreed-vs-delivered:${row.agreement}:${row.to}:${row.category}`,
      claims: row.claims,
      urls: citedBy(ctx, row.agreement),
      records: [...row.delivered.certain, ...row.delivered.possible],
      expected: row.agreed,
      observed: delivered,
      gap: gapBetweenCounts(row.agreed, delivered),
      message: `Agreement ${row.agreement} promised ${fmt(row.agreed)} ${categoryLabel(ctx, row.category)} to ${party(ctx, row.to)}; the exchanges that deliver on it gave ${fmt(delivered)}.`,
    });
  }
  // Figures agreed for both directions together: in the terms, or in claims with no receiver.
  const bothWays = new Map<string, Map<string, Claim[]>>();
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const claim = ctx.dataset.claims[row] as Claim;
    const s = claim.subject;
    if (s.type !== 'agreed' || s.to !== undefined) continue;
    let byCategory = bothWays.get(s.agreement);
    if (!byCategory) bothWays.set(s.agreement, (byCategory = new Map()));
    pushTo(byCategory, s.category ?? 'people', claim);
  }
  for (const agreement of ctx.dataset.agreements ?? []) {
    const agreed: { category: string; count: KnownCount; claims: string[] }[] = [];
    for (const term of agreement.terms)
      if (term.formula === 'both-ways' && isKnownCount(term.count))
        agreed.push({ category: term.category, count: term.count, claims: [] });
    for (const [category, claims] of bothWays.get(agreement.id) ?? []) {
      if (agreed.some((a) => a.category === category)) continue;
      // One claim is its own figure: nothing to reconcile, nothing to keep.
      const verdict =
        claims.length === 1 ? undefined : reconciled(ctx, claimsKey(ctx, claims), claims);
      const only = (claims[0] as Claim).value;
      const count = verdict
        ? (verdict.consensus ?? verdict.camps[verdict.leading ?? -1]?.interval)
        : isKnownCount(only)
          ? { low: only.low, high: only.high }
          : undefined;
      if (count && isKnownCount(count))
        agreed.push({ category, count, claims: claims.map((c) => c.id).sort() });
    }
    for (const row of agreed) {
      // One agreement's totals are asked once: built for the question, not kept.
      const lines = agreement.parties.map(
        (to) =>
          new Series(
            ctx.ledgerIndex,
            { to, category: row.category, agreement: agreement.id },
            ctx.taxonomy,
          ),
      );
      const each = lines.map((line) => line.at(undefined, 'none'));
      const delivered: KnownCount = {
        low: each.reduce((sum, t) => addLows(sum, t.count.low), 0),
        high: each.reduce<number | null>((sum, t) => addHighs(sum, t.count.high), 0),
      };
      if (compare(row.count, delivered).relation !== 'disjoint') continue;
      emit(ctx, 'agreed-vs-delivered', {
        id: `agreed-vs-delivered:${agreement.id}:both-ways:${row.category}`,
        claims: row.claims,
        urls: citedBy(ctx, agreement.id),
        records: lines.flatMap((line) => {
          const t = line.at();
          return [...t.certain, ...t.possible];
        }),
        expected: row.count,
        observed: delivered,
        gap: gapBetweenCounts(row.count, delivered),
        message: `Agreement ${agreement.id} promised ${fmt(row.count)} ${categoryLabel(ctx, row.category)} in both directions together; the exchanges that deliver on it gave ${fmt(delivered)}.`,
      });
    }
  }
}

// -------------------------------------------------------------------------------------------
// Running totals

/**
 * What the ledger holds of a running total at any date: returned to one party, or exchanged both
 * ways between two (the sum of what each received from the other). Its series are found once, so
 * the claims of one subject each cost a lookup. Undefined for other subjects.
 */
function ledgerLine(
  ctx: AuditContext,
  s: Subject,
): ((asOf: PartialDate | undefined, lists: 'ambiguous' | 'none') => LedgerTotal) | undefined {
  if (s.type === 'returned-total') {
    const line = seriesForTotal(ctx, s);
    return (asOf, lists) => line.at(asOf, lists);
  }
  if (s.type !== 'exchanged-total' || s.parties.length !== 2) return undefined;
  const [a, b] = s.parties as [string, string];
  const lines = [
    [a, b],
    [b, a],
  ].map(([to, from]) =>
    seriesFor(ctx, {
      to: to as string,
      from,
      category: s.category ?? 'people',
      since: s.since,
      through: s.through,
      agreement: s.agreement,
    }),
  );
  const [ab, ba] = lines as [Series, Series];
  return (asOf, lists) => addTotals(ab.at(asOf, lists), ba.at(asOf, lists));
}

/** The transfers a running total's ledger figure rests on that may or may not count by its date. */
function recordsOf(ctx: AuditContext, s: Subject, asOf: PartialDate | undefined): string[] {
  const total = ledgerLine(ctx, s)?.(asOf, 'ambiguous');
  return total === undefined ? [] : [...total.certain, ...total.possible];
}

/** One running total measured against the ledger at its date. */
interface Measured {
  readonly claim: Claim;
  readonly date: PartialDate | undefined;
  readonly value: KnownCount;
  readonly ledger: LedgerTotal;
  /** People the ledger cannot account for, as an interval; undefined when the total fits. */
  readonly unaccounted: { readonly low: number; readonly high: number | null } | undefined;
}

/**
 * Running totals against the ledger. A total below what the ledger certainly delivered is a
 * conflict of its own. Totals above it are grouped by cause: consecutive totals of one subject
 * that leave about the same people unaccounted for are one persistent gap, reported once, with
 * when it opened and every claim that shows it.
 */
export function checkRunningTotals(ctx: AuditContext): void {
  for (let row = 0; row < ctx.subjects.length; row += 1) {
    const { key, claims } = ctx.subjects[row] as SubjectGroup;
    const s = (claims[0] as Claim).subject;
    // Registered cases are a subset the record cannot tell apart: nothing to hold them against.
    if (s.type === 'returned-total' && s.registered === true) continue;
    const line = ledgerLine(ctx, s);
    if (line === undefined) continue;
    const measured: Measured[] = [];
    for (const claim of claims) {
      if (!isKnownCount(claim.value)) continue;
      const date = claimDate(claim);
      // The figures first; which transfers they rest on only for a finding (they can be many).
      const total = line(date, 'none');
      const value = claim.value;
      const l = total.count;
      const unaccounted =
        l.high !== null && value.low > l.high
          ? { low: value.low - l.high, high: value.high === null ? null : value.high - l.low }
          : undefined;
      measured.push({ claim, date, value, ledger: total, unaccounted });
      if (value.high !== null && value.high < l.low) {
        emit(
          ctx,
          'cumulative-vs-ledger',
          {
            id: `cumulative-vs-ledger:${claim.id}`,
            subject: key,
            ...aboutExchange([claim]),
            claims: [claim.id],
            records: recordsOf(ctx, s, date),
            expected: l as Count,
            observed: value,
            gap: l.low - value.high,
            message: `${who(ctx, claim)} put ${describeSubject(ctx, s)} at ${fmt(value)}${date ? ` as of ${date}` : ''}, fewer than the ${fmt({ low: l.low, high: l.low })} the recorded exchanges certainly delivered by then.`,
          },
          'conflict',
        );
      }
    }
    if (measured.length > 0) runningGaps(ctx, key, measured);
  }
}

/** Consecutive totals of one subject above the ledger, grouped by the people they leave out. */
function runningGaps(ctx: AuditContext, key: string, measured: readonly Measured[]): void {
  // The ids given so far: two gaps can open on one date (two totals of that date, far apart).
  const taken = new Set<string>();
  const sorted = sortedByDate(
    measured,
    (m) => m.date ?? '0001',
    (m) => m.claim.id,
  );
  // The total just before the group: one that fitted the ledger, or one of an earlier gap.
  let lastFit: { m: Measured; fitted: boolean } | undefined;
  let group: Measured[] = [];
  // The fewest people each total leaves unaccounted for, across the group: within a little of
  // each other (5 %, or 5 people, for rounding and same-day exchanges), it is one gap.
  let least = Infinity;
  let most = -Infinity;
  const flush = () => {
    if (group.length > 0) emitGap(ctx, key, group, lastFit, taken);
    group = [];
    least = Infinity;
    most = -Infinity;
  };
  for (const m of sorted) {
    if (m.unaccounted === undefined) {
      flush();
      lastFit = { m, fitted: true };
      continue;
    }
    const low = m.unaccounted.low;
    // A hedged total ("more than 2,500", "almost 2,600") says only that the gap lies in a range:
    // it shows the group's gap when that range takes it in, and does not move it.
    if (m.value.high !== m.value.low && group.length > 0) {
      const slack = Math.max(5, Math.ceil(least * 0.05));
      const high = m.unaccounted.high ?? Infinity;
      if (low <= most + slack && high >= least - slack) {
        group.push(m);
        continue;
      }
    }
    const lo = Math.min(least, low);
    const hi = Math.max(most, low);
    if (group.length > 0 && hi - lo > Math.max(5, Math.ceil(lo * 0.05))) {
      // A different number of people unaccounted for: the gap changed, another cause.
      const previous = group[group.length - 1];
      flush();
      if (previous) lastFit = { m: previous, fitted: false };
    }
    least = Math.min(least, low);
    most = Math.max(most, low);
    group.push(m);
  }
  flush();
}

/** One persistent gap between running totals and the ledger, as one finding. */
function emitGap(
  ctx: AuditContext,
  key: string,
  group: readonly Measured[],
  before: { m: Measured; fitted: boolean } | undefined,
  taken: Set<string>,
): void {
  const first = group[0] as Measured;
  // A gap is named by its subject and the date it opened; a second gap opening on the same date
  // adds the id of its first claim (groups come in order of date, then claim id).
  let id = `cumulative-vs-ledger:${key}@${first.date ?? ''}`;
  if (taken.has(id)) id = `${id}:${first.claim.id}`;
  taken.add(id);
  const last = group[group.length - 1] as Measured;
  const s = first.claim.subject;
  // A copy or restatement of a claim in the group shows the gap again, not anew.
  const ids = new Set(group.map((m) => m.claim.id));
  const independent = group.filter(
    (m) => !(m.claim.links ?? []).some((l) => isCopyLink(l) && ids.has(l.claim)),
  );
  // How many people: from the totals given exactly when there are any (a hedged "almost 1,000"
  // says little about the gap), else from all.
  const exact = group.filter((m) => m.value.high === m.value.low);
  const lows = (exact.length > 0 ? exact : group).map((m) => m.unaccounted?.low ?? 0);
  const least = minOf(lows);
  const most = maxOf(lows);
  const about = least === most ? `${least}` : `${least}–${most}`;
  const sources = [...new Set(independent.map((m) => who(ctx, m.claim)))];
  const when =
    first === last
      ? `${first.date ? ` as of ${first.date}` : ''}`
      : ` from ${first.date ?? '?'} to ${last.date ?? '?'}`;
  const opened = !before
    ? ''
    : before.fitted && before.m.date === first.date
      ? ` A total of the same date still fitted the ledger.`
      : before.fitted
        ? ` It opened between ${before.m.date ?? '?'}, when ${who(ctx, before.m.claim)}'s total still fitted the ledger (${fmt(before.m.value)}), and ${first.date ?? '?'}.`
        : before.m.date === first.date
          ? ` A total of the same date shows a different gap.`
          : ` It follows a different gap, which lasted until ${before.m.date ?? '?'}: the change came between then and ${first.date ?? '?'}.`;
  emit(ctx, 'cumulative-vs-ledger', {
    id,
    subject: key,
    // About every claim it names, the total that still fitted among them.
    ...aboutExchange([...group.map((m) => m.claim), ...(before?.fitted ? [before.m.claim] : [])]),
    // The total that still fitted, which says when the gap opened, is evidence too.
    claims: [...group.map((m) => m.claim.id), ...(before?.fitted ? [before.m.claim.id] : [])],
    records: recordsOf(ctx, last.claim.subject, last.date),
    expected: last.ledger.count as Count,
    observed: last.value,
    gap: last.unaccounted?.low ?? least,
    message:
      independent.length === 1
        ? `${sources[0]} put ${describeSubject(ctx, s)} above the recorded exchanges${when}, leaving about ${about} people the ledger cannot account for.${opened}`
        : `Totals of ${describeSubject(ctx, s)} stay above the recorded exchanges${when} (${independent.length} of them, by ${sources.join(', ')}), leaving about ${about} people the ledger cannot account for each time: the same people, not new ones.${opened}`,
  });
}

interface Point {
  readonly key: string;
  readonly subject: Subject;
  readonly date: PartialDate;
  readonly count: KnownCount;
  readonly claim: Claim;
}

export function checkDecreases(ctx: AuditContext): void {
  const points = new Map<string, Point[]>();
  const add = (point: Point) => pushTo(points, point.key, point);
  // Running totals, captures and the count of exchanges only ever grow.
  const growing = new Set<Subject['type']>([
    'returned-total',
    'exchanged-total',
    'died',
    'captured-total',
    'exchange-count',
  ]);
  for (let row = 0; row < ctx.subjects.length; row += 1) {
    const { key, claims } = ctx.subjects[row] as SubjectGroup;
    const s = (claims[0] as Claim).subject;
    if (!growing.has(s.type)) continue;
    for (const claim of claims) {
      const date = claimDate(claim);
      if (date !== undefined && isKnownCount(claim.value))
        add({ key, subject: s, date, count: claim.value, claim });
    }
  }
  // A breakdown part of a running total is a running total of its own category.
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const claim = ctx.dataset.claims[row] as Claim;
    const s = claim.subject;
    const date = claimDate(claim);
    if (date === undefined || !claim.breakdown || !growing.has(s.type)) continue;
    for (const part of partsByCategory(claim.breakdown)) {
      if (!isKnownCount(part.count) || s.type === 'exchange-count') continue;
      const sub: Subject = { ...s, category: part.category };
      add({
        key: subjectKey(sub),
        subject: sub,
        date,
        count: part.count,
        claim,
      });
    }
  }
  for (const [key, list] of points) {
    const sorted = sortedByDate(
      list,
      (p) => p.date,
      (p) => p.claim.id,
    );
    let peak: Point | undefined;
    for (const point of sorted) {
      if (
        peak &&
        relatePartialDates(peak.date, point.date) === 'before' &&
        point.count.high !== null &&
        point.count.high < peak.count.low
      ) {
        emit(ctx, 'cumulative-decreases', {
          id: `cumulative-decreases:${key}:${point.claim.id}`,
          subject: key,
          ...aboutExchange([peak.claim, point.claim]),
          claims: [peak.claim.id, point.claim.id],
          records: [],
          expected: peak.count,
          observed: point.count,
          gap: peak.count.low - point.count.high,
          message: `The running total of ${describeSubject(ctx, point.subject)} went down: ${who(ctx, peak.claim)} gave ${fmt(peak.count)} as of ${peak.date}, then ${who(ctx, point.claim)} gave ${fmt(point.count)} as of ${point.date}.`,
        });
      }
      if (!peak || point.count.low > peak.count.low) peak = point;
    }
  }
}

/**
 * Holdings estimates of one scope over time: a later estimate below what the earlier one less the
 * returns recorded in between, and the deaths reported, can explain. New captures only add to
 * holdings, so a drop beyond returns and deaths is left unexplained.
 */
export function checkHoldings(ctx: AuditContext): void {
  const groups = new Map<string, Claim[]>();
  for (let row = 0; row < ctx.subjects.length; row += 1) {
    const { key, claims } = ctx.subjects[row] as SubjectGroup;
    if ((claims[0] as Claim).subject.type !== 'held') continue;
    const dated = claims.filter((c) => isKnownCount(c.value) && claimDate(c));
    if (dated.length > 0) groups.set(key, dated);
  }
  // Reported deaths, by whose people died: each estimate looks only at its own.
  const deaths = new Map<string, Claim[]>();
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const c = ctx.dataset.claims[row] as Claim;
    if (c.subject.type === 'died' && isKnownCount(c.value) && claimDate(c))
      pushTo(deaths, c.subject.of, c);
  }
  // Per people and holder, the deaths by date with their running maximum (null once one is open),
  // so each pair of estimates reads the deaths reported by its later date by binary search.
  const deathLines = new Map<
    string,
    { firsts: number[]; most: (number | null)[]; claims: Claim[] }
  >();
  const deathsOf = (of: string, holder: string) => {
    const key = `${of}|${holder}`;
    let line = deathLines.get(key);
    if (!line) {
      const claims = (deaths.get(of) ?? []).filter((c) => {
        const d = c.subject as Extract<Subject, { type: 'died' }>;
        return d.holder === undefined || d.holder === holder;
      });
      const dated = claims
        .map((c) => ({ c, first: dayKeysOf(claimDate(c) as PartialDate).first }))
        .sort((a, b) => a.first - b.first);
      const most: (number | null)[] = [0];
      for (const { c } of dated) {
        const previous = most[most.length - 1] as number | null;
        const high = (c.value as KnownCount).high;
        most.push(previous === null || high === null ? null : Math.max(previous, high));
      }
      line = { firsts: dated.map((d) => d.first), most, claims };
      deathLines.set(key, line);
    }
    const found = line;
    return {
      /** The highest death figure reported by the end of `date`. */
      mostBy: (date: PartialDate) =>
        found.most[countAtMost(found.firsts, dayKeysOf(date).last)] ?? 0,
      /** Those reports, by id. */
      countedBy: (date: PartialDate) =>
        found.claims
          .filter((c) => relatePartialDates(claimDate(c) as PartialDate, date) !== 'after')
          .sort(byId),
    };
  };
  for (const [key, claims] of groups) {
    const s = (claims[0] as Claim).subject as Extract<Subject, { type: 'held' }>;
    // Per date, the estimate that leaves the least room: the highest low before, the lowest high after.
    const byDate = new Map<string, Claim[]>();
    for (const c of claims) pushTo(byDate, claimDate(c) as string, c);
    const dates = sortedByDate(
      [...byDate.keys()] as PartialDate[],
      (d) => d,
      () => '',
    );
    for (let i = 1; i < dates.length; i += 1) {
      const d1 = dates[i - 1] as PartialDate;
      const d2 = dates[i] as PartialDate;
      if (relatePartialDates(d1, d2) !== 'before') continue;
      // Equal figures are told apart by claim id, so the input's order decides nothing.
      const before = (byDate.get(d1) ?? []).reduce((a, b) => {
        const la = (a.value as KnownCount).low;
        const lb = (b.value as KnownCount).low;
        return lb > la || (lb === la && b.id < a.id) ? b : a;
      });
      const after = (byDate.get(d2) ?? [])
        .filter((c) => (c.value as KnownCount).high !== null)
        .reduce<Claim | undefined>((a, b) => {
          if (a === undefined) return b;
          const ha = (a.value as KnownCount).high as number;
          const hb = (b.value as KnownCount).high as number;
          return hb < ha || (hb === ha && b.id < a.id) ? b : a;
        }, undefined);
      if (!after) continue;
      const returned = seriesFor(ctx, {
        to: s.of,
        from: s.holder,
        category: s.category ?? 'people',
        cohort: s.cohort,
      }).mostWithin(d1, d2);
      if (returned === null) continue;
      // Deaths reported by then bound the deaths in between from above.
      const reported = deathsOf(s.of, s.holder);
      const died = reported.mostBy(d2);
      if (died === null) continue;
      const floor = (before.value as KnownCount).low - returned - died;
      const later = (after.value as KnownCount).high as number;
      if (later >= floor) continue;
      emit(ctx, 'holdings-drop', {
        id: `holdings-drop:${key}:${d2}`,
        subject: key,
        ...aboutExchange([before, after]),
        claims: [before.id, after.id, ...reported.countedBy(d2).map((c) => c.id)],
        records: [],
        expected: { low: floor, high: null },
        observed: after.value,
        gap: floor - later,
        message: `${who(ctx, before)} put ${describeSubject(ctx, s)} at ${fmt(before.value)} on ${d1}, ${who(ctx, after)} at ${fmt(after.value)} on ${d2}; the returns recorded in between (at most ${fmt({ low: returned, high: returned })})${died > 0 ? ` and the deaths reported (at most ${fmt({ low: died, high: died })})` : ''} explain a drop to no fewer than ${fmt({ low: floor, high: floor })}.`,
      });
    }
  }
}

/**
 * A claim that copies or restates another about its subject, with a figure (or under the same
 * figure a breakdown) the other does not allow: a misreport, which the comparisons of independent
 * claims never see, since a copy is no independent voice. A claim copying several copies the one
 * with the lowest id, as reconciling has it.
 */
export function checkCopies(ctx: AuditContext): void {
  // Each claim's copy of a claim about its subject, as settled over the whole dataset.
  const copyOf = ctx.settled.copyOf;
  if (copyOf === undefined) return;
  const isOriginal = originalsOnly(ctx);
  const originals = ctx.claimsOf(copyOf.values());
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const claim = ctx.dataset.claims[row] as Claim;
    const copied = copyOf.get(claim.id);
    // The claim that starts a circle of copies is its original, so two claims copying each other
    // differ once, under the later id.
    if (copied === undefined || isOriginal(claim)) continue;
    const original = originals.get(copied);
    if (original === undefined || original === claim) continue;
    // Its figure, or under the same figure its breakdown.
    const figure = compare(claim.value, original.value).relation === 'disjoint';
    const clash = figure ? undefined : breakdownClash(ctx, original, claim);
    if (!figure && clash === undefined) continue;
    // The first link to the original says how the claim repeats it.
    const link = (claim.links ?? []).find(
      (l) => isCopyLink(l) && l.claim === copied,
    ) as NonNullable<Claim['links']>[number];
    emit(ctx, 'copy-differs', {
      id: `copy-differs:${claim.id}:${original.id}`,
      subject: ctx.keyOf(claim),
      ...aboutExchange([claim, original]),
      claims: [claim.id, original.id],
      records: [],
      expected: clash ? clash.expected : original.value,
      observed: clash ? clash.observed : claim.value,
      gap: clash
        ? gapIfKnown(clash.expected, clash.observed)
        : gapIfKnown(original.value, claim.value),
      message: `${who(ctx, claim)} ${link.type === 'copies' ? 'copies' : 'restates'} ${who(ctx, original)} on ${describeSubject(ctx, claim.subject)}, but ${clash ? `the original's breakdown and its own give ${clash.detail}` : `gives ${fmt(claim.value)} where the original gave ${fmt(original.value)}`}.`,
    });
  }
}
