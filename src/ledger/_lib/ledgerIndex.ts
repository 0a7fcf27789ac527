import { pushTo } from '../../_lib/groupBy.js';
import { dayKeysOf } from '../../date/_lib/dateParts.js';
import type { LedgerEntry } from '../LedgerTypes.js';

/**
 * A ledger's entries with the lookups every running total needs, built once: each entry's days
 * as numbers, and the entries by receiver, by agreement, by mediator and by the cohorts they
 * name. A running total then reads only the entries that can count toward it, so building one
 * per receiver, cohort or agreement costs what those entries cost, not the whole ledger.
 *
 * @internal
 */
export interface LedgerIndex {
  readonly entries: readonly LedgerEntry[];
  /** First and last day key of each entry, by position. */
  readonly first: readonly number[];
  readonly last: readonly number[];
  readonly byTo: ReadonlyMap<string, number[]>;
  readonly byAgreement: ReadonlyMap<string, number[]>;
  readonly byMediator: ReadonlyMap<string, number[]>;
  readonly byCohort: ReadonlyMap<string, number[]>;
}

/** The values of a short list without repeats; the list itself when it has fewer than two. */
const distinct = (list: readonly string[]): readonly string[] =>
  list.length < 2 ? list : [...new Set(list)];

/** @internal */
export function indexLedger(entries: readonly LedgerEntry[]): LedgerIndex {
  const first: number[] = [];
  const last: number[] = [];
  const byTo = new Map<string, number[]>();
  const byAgreement = new Map<string, number[]>();
  const byMediator = new Map<string, number[]>();
  const byCohort = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    first.push(dayKeysOf(entry.on.first).first);
    last.push(dayKeysOf(entry.on.last).last);
    pushTo(byTo, entry.to, i);
    for (const a of distinct(entry.agreements)) pushTo(byAgreement, a, i);
    for (const m of distinct(entry.mediators)) pushTo(byMediator, m, i);
    // Most transfers name no cohort, or one: no set made for them.
    if (entry.cohorts.length === 0 && !entry.parts.some((p) => p.cohort !== undefined)) return;
    const cohorts = new Set<string>();
    for (const c of entry.cohorts) cohorts.add(c.cohort);
    for (const p of entry.parts) if (p.cohort !== undefined) cohorts.add(p.cohort);
    for (const c of cohorts) pushTo(byCohort, c, i);
  });
  return { entries, first, last, byTo, byAgreement, byMediator, byCohort };
}
