// fast-check generators shared by the property tests.
import fc from 'fast-check';
import type { KnownCount } from '../src/index.js';

/** Headcounts small enough that sums of a few never overflow, large enough to be realistic. */
export const headcount = fc.integer({ min: 0, max: 10_000_000 });

/** Any known count: exact, bounded or open-ended, with or without a best estimate. */
export const knownCount: fc.Arbitrary<KnownCount> = fc
  .tuple(
    headcount,
    fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
    fc.boolean(),
    fc.nat(),
  )
  .map(([low, width, withBest, pick]) => {
    const high = width === null ? null : low + width;
    if (!withBest || high === low) return { low, high };
    const span = high === null ? 1000 : high - low;
    return { low, high, best: low + (pick % (span + 1)) };
  });

/** A count with an upper bound. */
export const boundedCount: fc.Arbitrary<KnownCount> = knownCount.filter((c) => c.high !== null);

/** A valid partial date at year, month or day precision. */
export const partialDate = fc
  .tuple(
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 31 }),
  )
  .map(([year, month, day]) => {
    const y = String(year).padStart(4, '0');
    if (month === 0) return y;
    const m = String(month).padStart(2, '0');
    if (day === 0) return `${y}-${m}`;
    // The platform calendar is the oracle: day 0 of the next month is the last of this one.
    const probe = new Date(0);
    probe.setUTCFullYear(year, month, 0);
    const last = probe.getUTCDate();
    return `${y}-${m}-${String(Math.min(day, last)).padStart(2, '0')}`;
  }) as fc.Arbitrary<`${number}`>;
