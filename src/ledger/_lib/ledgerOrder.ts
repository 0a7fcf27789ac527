import type { PartialDate } from '../../date/PartialDate.js';
import type { AgreementDelivery, LedgerEntry, Settlement } from '../LedgerTypes.js';

const ref = (e: LedgerEntry) => `${e.exchange}/${e.transfer}`;

/** Entries in date order (first day, then last), then by reference: one order for every ledger. */
export function byDateThenRef(a: LedgerEntry, b: LedgerEntry): number {
  if (a.on.first !== b.on.first) return a.on.first < b.on.first ? -1 : 1;
  if (a.on.last !== b.on.last) return a.on.last < b.on.last ? -1 : 1;
  const ra = ref(a);
  const rb = ref(b);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** Agreement rows by agreement, receiving party and category. */
export function byAgreementRow(a: AgreementDelivery, b: AgreementDelivery): number {
  const ka = `${a.agreement}|${a.to}|${a.category}`;
  const kb = `${b.agreement}|${b.to}|${b.category}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The transfers that settle earlier ones, with the dates of both. */
export function settlementsOf(entries: readonly LedgerEntry[]): Settlement[] {
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
