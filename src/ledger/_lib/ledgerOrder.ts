import type { PartialDate } from '../../date/PartialDate.js';
import type { AgreementDelivery, LedgerEntry, Settlement } from '../LedgerTypes.js';

const ref = (e: LedgerEntry) => `${e.exchange}/${e.transfer}`;

/**
 * Sorts entries in date order (first day, then last), then by reference: one order for every
 * ledger. Each reference is written once, not once per comparison (many entries share dates).
 */
export function sortByDateThenRef(entries: LedgerEntry[]): void {
  const keyed = entries.map((e) => ({ e, first: e.on.first, last: e.on.last, ref: ref(e) }));
  keyed.sort((a, b) => {
    if (a.first !== b.first) return a.first < b.first ? -1 : 1;
    if (a.last !== b.last) return a.last < b.last ? -1 : 1;
    return a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
  });
  keyed.forEach((k, i) => (entries[i] = k.e));
}

/**
 * Sorts agreement rows by agreement, receiving party and category. Each row's key is written once,
 * not twice per comparison: a ledger can hold a row for every agreement.
 */
export function sortAgreementRows(rows: AgreementDelivery[]): AgreementDelivery[] {
  const keyed = rows.map((row) => ({ row, key: `${row.agreement}|${row.to}|${row.category}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  keyed.forEach((k, i) => (rows[i] = k.row));
  return rows;
}

/** The transfers that settle earlier ones, with the dates of both. */
export function settlementsOf(entries: readonly LedgerEntry[]): Settlement[] {
  if (!entries.some((e) => e.settles !== undefined)) return [];
  const byRef = new Map(entries.map((e) => [ref(e), e]));
  return entries
    .filter((e) => e.settles !== undefined)
    .map((e) => {
      const target = `${e.settles?.exchange}/${e.settles?.transfer}`;
      return {
        transfer: ref(e),
        settles: target,
        on: e.on.last,
        settledOn: (byRef.get(target)?.on.last ?? null) as PartialDate | null,
      };
    });
}
