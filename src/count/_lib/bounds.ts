import type { KnownCount } from '../Count.js';

// Sums of headcounts in the analyses, which must answer for any dataset: each headcount is at
// most the largest safe integer, but a sum of many may not be. Past it, an exact bound can no
// longer be told, so the sum says less but nothing false: a lower bound stops at the largest safe
// integer (still below the truth), an upper bound becomes open. Never a throw, never an unsafe
// number. (`sumCounts`, asked for an exact sum, refuses instead.)

const MAX = Number.MAX_SAFE_INTEGER;

/** A sum of lower bounds, kept a true lower bound. */
export const addLows = (a: number, b: number): number => Math.min(a + b, MAX);

/** An upper bound as a count may hold it: open once it is past the largest safe integer. */
export const boundOrOpen = (high: number | null): number | null =>
  high === null || high > MAX ? null : high;

/** A sum of upper bounds, open when either is open or the sum is past the largest safe integer. */
export const addHighs = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : boundOrOpen(a + b);

/** The sum of known counts, saying less rather than anything false when it grows too large. */
export function sumBounded(counts: readonly KnownCount[]): KnownCount {
  let low = 0;
  let high: number | null = 0;
  let best: number | null = 0;
  for (const count of counts) {
    low = addLows(low, count.low);
    high = addHighs(high, count.high);
    if (best !== null) {
      const own = count.best ?? (count.high === count.low ? count.low : null);
      best = own === null || best + own > MAX ? null : best + own;
    }
  }
  if (best === null || high === low || best < low || (high !== null && best > high))
    return { low, high };
  return { low, high, best };
}
