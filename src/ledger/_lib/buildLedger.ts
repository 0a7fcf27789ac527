import type { Claim } from '../../claim/ClaimSchema.js';
import type { Exchange } from '../../exchange/ExchangeSchema.js';
import { settlementsOf, sortAgreementRows, sortByDateThenRef } from './ledgerOrder.js';
import type { Count } from '../../count/Count.js';
import { shortfall } from './shortfall.js';
import type { Dataset } from '../../dataset/Dataset.js';
import { partialDateRange } from '../../date/partialDateRange.js';
import type { DayRange, PartialDate } from '../../date/PartialDate.js';
import { reconcile } from '../../discrepancy/reconcile.js';
import { addTotals, Series } from './ledgerSeries.js';
import { indexLedger, type LedgerIndex } from './ledgerIndex.js';
import { effectiveTaxonomy } from '../../dataset/_lib/effectiveTaxonomy.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';
import type {
  AgreementDelivery,
  CohortProgress,
  Ledger,
  LedgerEntry,
  LedgerTotal,
} from '../LedgerTypes.js';

const DELIVERED = new Set(['completed', 'partly-done']);
// One empty list for every entry that has none: entries are read, never changed.
const NONE: readonly never[] = Object.freeze([]);

/** The claims of what an agreement gave one receiver in one category. */
interface AgreedClaims {
  readonly to: string;
  readonly category: string;
  readonly claims: Claim[];
}

/**
 * The ledger with the index it was built from, for callers that read running totals from it
 * (the audit, the HTML report): indexing a million transfers twice costs a second index's time.
 * A caller that has the dataset's taxonomy already gives it.
 *
 * @internal
 */
export function ledgerWithIndex(
  dataset: Dataset,
  taxonomy: Taxonomy = effectiveTaxonomy(dataset),
): { book: Ledger; index: LedgerIndex } {
  const entries: LedgerEntry[] = [];
  // Transfers share few dates: each is read once.
  const ranges = new Map<string, DayRange>();
  const rangeOf = (date: PartialDate): DayRange => {
    let range = ranges.get(date);
    if (range === undefined) ranges.set(date, (range = partialDateRange(date)));
    return range;
  };
  for (const exchange of dataset.exchanges) {
    if (!DELIVERED.has(exchange.status)) continue;
    const firstStage = exchange.stages[0]?.on;
    const lastStage = exchange.stages[exchange.stages.length - 1]?.on;
    if (firstStage === undefined || lastStage === undefined) continue;
    const agreements = agreementsOf(exchange);
    for (const transfer of exchange.transfers) {
      const stage = transfer.stage === undefined ? undefined : exchange.stages[transfer.stage]?.on;
      const on = stage
        ? rangeOf(stage)
        : { first: rangeOf(firstStage).first, last: rangeOf(lastStage).last };
      const entry: LedgerEntry = {
        exchange: exchange.id,
        transfer: transfer.id,
        from: transfer.from,
        to: transfer.to,
        category: transfer.category,
        count: transfer.count,
        parts: transfer.breakdown ?? NONE,
        cohorts:
          transfer.cohorts === undefined
            ? NONE
            : transfer.cohorts.map((c) => ({ cohort: c.cohort, count: c.count ?? transfer.count })),
        mediators: exchange.mediators ?? NONE,
        agreement: agreements[0] ?? null,
        agreements,
        legalBasis: transfer.legalBasis ?? null,
        on: { first: on.first, last: on.last },
        ...(transfer.settles ? { settles: transfer.settles } : {}),
      };
      entries.push(entry);
    }
  }
  sortByDateThenRef(entries);
  const index = indexLedger(entries);

  const agreements: AgreementDelivery[] = [];
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  // Claims of what was agreed, by agreement, then by receiver and category.
  const agreedClaims = new Map<string, Map<string, AgreedClaims>>();
  for (let at = 0; at < dataset.claims.length; at += 1) {
    const claim = dataset.claims[at] as Claim;
    if (claim.subject.type !== 'agreed') continue;
    let rows = agreedClaims.get(claim.subject.agreement);
    if (!rows) agreedClaims.set(claim.subject.agreement, (rows = new Map()));
    const to = claim.subject.to ?? '';
    const category = claim.subject.category ?? 'people';
    const key = `${to}|${category}`;
    const row = rows.get(key);
    if (row) row.claims.push(claim);
    else rows.set(key, { to, category, claims: [claim] });
  }
  for (const agreement of dataset.agreements ?? []) {
    const rows = new Map<
      string,
      {
        to: string;
        category: string;
        agreed: Count | 'all';
        basis: 'terms' | 'claims';
        claims: string[];
      }
    >();
    for (const term of agreement.terms) {
      if (term.formula === 'all-for-all') {
        for (const to of agreement.parties)
          rows.set(`${to}|${term.category}`, {
            to,
            category: term.category,
            agreed: 'all',
            basis: 'terms',
            claims: [],
          });
      } else if (term.formula === 'numbers') {
        // A figure for both directions together has no receiver to hold deliveries against.
        for (const n of term.numbers)
          rows.set(`${n.to}|${term.category}`, {
            to: n.to,
            category: term.category,
            agreed: n.count,
            basis: 'terms',
            claims: [],
          });
      }
    }
    const claimed = [...(agreedClaims.get(agreement.id)?.values() ?? [])];
    for (const to of agreement.parties) {
      for (const { to: claimTo, category, claims } of claimed) {
        if (claimTo !== to || rows.has(`${to}|${category}`)) continue;
        const verdict = reconcile(claims, { sources: sourcesById });
        const agreed: Count =
          verdict.consensus ??
          (verdict.leading === null
            ? { status: 'unknown' }
            : (verdict.camps[verdict.leading]?.interval ?? { status: 'unknown' }));
        rows.set(`${to}|${category}`, {
          to,
          category,
          agreed,
          basis: 'claims',
          claims: claims.map((c) => c.id).sort(),
        });
      }
    }
    for (const row of [...rows.values()].sort((a, b) =>
      a.to + a.category < b.to + b.category ? -1 : 1,
    )) {
      const delivered = new Series(
        index,
        { to: row.to, category: row.category, agreement: agreement.id },
        taxonomy,
      ).at();
      agreements.push({
        agreement: agreement.id,
        ...row,
        delivered,
        shortfall: shortfall(row.agreed, delivered.count),
      });
    }
  }

  const cohorts: CohortProgress[] = (dataset.cohorts ?? []).map((cohort) => {
    let returned: LedgerTotal = {
      count: { low: 0, high: 0 },
      certain: [],
      possible: [],
      unknown: [],
    };
    const receivers = [
      ...new Set((index.byCohort.get(cohort.id) ?? []).map((i) => (entries[i] as LedgerEntry).to)),
    ];
    for (const to of receivers.sort()) {
      const part = new Series(
        index,
        { to, category: 'people', cohort: cohort.id, namedOnly: true },
        taxonomy,
      ).at();
      returned = addTotals(returned, part);
    }
    const knownSize: Count = cohort.knownSize ?? { status: 'unknown' };
    return {
      cohort: cohort.id,
      knownSize,
      returned,
      remaining: shortfall(knownSize, returned.count),
    };
  });

  const settlements = settlementsOf(entries);
  sortAgreementRows(agreements);
  cohorts.sort((a, b) => (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0));
  return { book: { entries, agreements, cohorts, settlements }, index };
}

/** The agreements an exchange delivers on, without repeats, its own `agreement` first. */
function agreementsOf(exchange: Exchange): readonly string[] {
  if (exchange.agreements === undefined)
    return exchange.agreement === undefined ? NONE : [exchange.agreement];
  const all = [
    ...(exchange.agreement === undefined ? [] : [exchange.agreement]),
    ...(exchange.agreements ?? []),
  ];
  return [...new Set(all)];
}
