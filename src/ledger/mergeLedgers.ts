import { isKnownCount } from '../count/isKnownCount.js';
import { shortfall } from './_lib/shortfall.js';
import { sortAgreementRows, settlementsOf, sortByDateThenRef } from './_lib/ledgerOrder.js';
import type {
  AgreementDelivery,
  CohortProgress,
  Ledger,
  LedgerEntry,
  LedgerTotal,
} from './LedgerTypes.js';
import { addHighs, addLows } from '../count/_lib/bounds.js';

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

function addTotals(a: LedgerTotal, b: LedgerTotal): LedgerTotal {
  return {
    count: {
      low: addLows(a.count.low, b.count.low),
      high: addHighs(a.count.high, b.count.high),
    },
    certain: union(a.certain, b.certain),
    possible: union(a.possible, b.possible),
    unknown: union(a.unknown, b.unknown),
  };
}

/**
 * Merges two ledgers built from separate shards of data: datasets that share their parties,
 * agreements, cohorts and claims but split the exchanges between them. Entries are merged in date
 * order (a transfer in both is kept once), deliveries against each agreement and cohort progress
 * are added up, and settlements are found again across both. Merging the ledgers of the two halves
 * of a dataset gives the ledger of the whole; the empty ledger is its identity.
 *
 * @param a - One ledger.
 * @param b - Another.
 * @returns The ledger of both.
 * @example
 * ```ts
 * import { ledger, mergeLedgers } from 'swapledger';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const all = loadSampleDataset();
 * const half = Math.floor(all.exchanges.length / 2);
 * const merged = mergeLedgers(
 *   ledger({ ...all, exchanges: all.exchanges.slice(0, half) }),
 *   ledger({ ...all, exchanges: all.exchanges.slice(half) }),
 * );
 * merged.entries.length === ledger(all).entries.length; // true
 * ```
 */
export function mergeLedgers(a: Ledger, b: Ledger): Ledger {
  const seen = new Set<string>();
  const entries: LedgerEntry[] = [];
  const both = [...a.entries, ...b.entries];
  sortByDateThenRef(both);
  for (const entry of both) {
    const ref = `${entry.exchange}/${entry.transfer}`;
    if (seen.has(ref)) continue;
    seen.add(ref);
    entries.push(entry);
  }
  const rows = new Map<string, AgreementDelivery>();
  for (const row of [...a.agreements, ...b.agreements]) {
    const key = `${row.agreement}|${row.to}|${row.category}`;
    const other = rows.get(key);
    if (!other) {
      rows.set(key, row);
      continue;
    }
    const delivered = addTotals(other.delivered, row.delivered);
    const agreed = other.basis === 'terms' ? other.agreed : row.agreed;
    rows.set(key, {
      ...other,
      agreed,
      basis: other.basis === 'terms' ? 'terms' : row.basis,
      claims: union(other.claims, row.claims),
      delivered,
      shortfall: shortfall(agreed, delivered.count),
    });
  }
  const cohorts = new Map<string, CohortProgress>();
  for (const progress of [...a.cohorts, ...b.cohorts]) {
    const other = cohorts.get(progress.cohort);
    if (!other) {
      cohorts.set(progress.cohort, progress);
      continue;
    }
    const returned = addTotals(other.returned, progress.returned);
    const knownSize = !isKnownCount(other.knownSize) ? progress.knownSize : other.knownSize;
    cohorts.set(progress.cohort, {
      ...other,
      knownSize,
      returned,
      remaining: shortfall(knownSize, returned.count),
    });
  }
  return {
    entries,
    agreements: sortAgreementRows([...rows.values()]),
    cohorts: [...cohorts.values()].sort((x, y) =>
      x.cohort < y.cohort ? -1 : x.cohort > y.cohort ? 1 : 0,
    ),
    settlements: settlementsOf(entries),
  };
}

/**
 * The ledger of no exchanges: the identity of {@link mergeLedgers}.
 *
 * @example
 * ```ts
 * import { emptyLedger } from 'swapledger';
 * emptyLedger.entries.length; // 0
 * ```
 */
export const emptyLedger: Ledger = { entries: [], agreements: [], cohorts: [], settlements: [] };
