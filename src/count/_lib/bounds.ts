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

/**
 * The plain sums of known counts: of the lows, of the highs (null when one is open) and of the
 * best estimates (null when one is missing). Past the largest safe integer they are not exact;
 * each caller decides what that means (`safeSumCounts` refuses, {@link sumBounded} says less).
 */
export function addUp(counts: readonly KnownCount[]): {
  low: number;
  high: number | null;
  best: number | null;
} {
  let low = 0;
  let high: number | null = 0;
  let best: number | null = 0;
  for (const count of counts) {
    low += count.low;
    high = high === null || count.high === null ? null : high + count.high;
    if (best !== null) {
      const own = count.best ?? (count.high === count.low ? count.low : null);
      best = own === null ? null : best + own;
    }
  }
  return { low, high, best };
}

/** The sum of known counts, saying less rather than anything false when it grows too large. */
export function sumBounded(counts: readonly KnownCount[]): KnownCount {
  const sum = addUp(counts);
  const low = Math.min(sum.low, MAX);
  const high = boundOrOpen(sum.high);
  const best = sum.best;
  if (best === null || best > MAX || high === low || best < low || (high !== null && best > high))
    return { low, high };
  return { low, high, best };
}
