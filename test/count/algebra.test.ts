import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLeast,
  between,
  compareCounts,
  countAllows,
  countContains,
  countsOverlap,
  exact,
  gapBetweenCounts,
  hullCounts,
  intersectCounts,
  isExactCount,
  isKnownCount,
  isOpenCount,
  isUndisclosedCount,
  isUnknownCount,
  safeSumCounts,
  subtractCounts,
  sumCounts,
  SwapledgerError,
  type KnownCount,
} from '../../src/index.js';
import { knownCount } from '../arbitraries.js';

/** Counts are equal as intervals (ignoring wording), with their best estimates. */
const same = (a: KnownCount, b: KnownCount) =>
  expect({ low: a.low, high: a.high, best: a.best }).toEqual({
    low: b.low,
    high: b.high,
    best: b.best,
  });

/** A value the count allows, picked by `pick`. */
const member = (count: KnownCount, pick: number) =>
  count.low + (pick % ((count.high ?? count.low + 1000) - count.low + 1));

const wellFormed = (count: KnownCount) => {
  for (const v of [count.low, count.high, count.best]) {
    if (v === null || v === undefined) continue;
    expect(Number.isSafeInteger(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
  }
  if (count.high !== null) expect(count.low).toBeLessThanOrEqual(count.high);
};

describe('sumCounts', () => {
  it('adds the seed article breakdown to its total', () => {
    expect(sumCounts([exact(36), exact(6), exact(2)])).toEqual({ low: 44, high: 44 });
  });

  it('makes the sum open-ended when any part is', () => {
    expect(sumCounts([exact(40), atLeast(2201)])).toEqual({ low: 2241, high: null });
  });

  it('keeps a best estimate only when every part has one', () => {
    expect(sumCounts([{ low: 36, high: 44, best: 40 }, exact(4)])).toEqual({
      low: 40,
      high: 48,
      best: 44,
    });
    expect(sumCounts([{ low: 36, high: 44, best: 40 }, between(1, 3)])).toEqual({
      low: 37,
      high: 47,
    });
  });

  it('drops wording, which described the parts', () => {
    expect(sumCounts([exact(1, { wording: 'one' })])).toEqual({ low: 1, high: 1 });
  });

  it('is exact zero for no counts', () => {
    expect(sumCounts([])).toEqual({ low: 0, high: 0 });
  });

  it('fails instead of losing precision past the largest safe integer', () => {
    const huge = exact(Number.MAX_SAFE_INTEGER);
    expect(safeSumCounts([huge, exact(1)])).toMatchObject({
      success: false,
      error: [{ code: 'count-overflow' }],
    });
    expect(() => sumCounts([huge, huge])).toThrow(SwapledgerError);
    expect(safeSumCounts([huge, exact(0)])).toEqual({ success: true, data: huge });
  });

  it('is associative and commutative, with exact zero as identity', () => {
    fc.assert(
      fc.property(knownCount, knownCount, knownCount, (a, b, c) => {
        same(sumCounts([sumCounts([a, b]), c]), sumCounts([a, sumCounts([b, c])]));
        same(sumCounts([a, b]), sumCounts([b, a]));
        same(sumCounts([a, exact(0)]), sumCounts([a]));
        same(sumCounts([a, b, c]), sumCounts([c, a, b]));
      }),
    );
  });

  it('contains the sum of any members of its parts, and never returns a malformed count', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(knownCount, fc.nat()), { maxLength: 6 }), (parts) => {
        const sum = sumCounts(parts.map(([c]) => c));
        wellFormed(sum);
        const total = parts.reduce((acc, [c, pick]) => acc + member(c, pick), 0);
        expect(countAllows(sum, total)).toBe(true);
        if (sum.best !== undefined) expect(countAllows(sum, sum.best)).toBe(true);
      }),
    );
  });
});

describe('subtractCounts', () => {
  it('gives a signed difference', () => {
    expect(subtractCounts(exact(40), exact(44))).toEqual({ low: -4, high: -4 });
    expect(subtractCounts(between(36, 44), exact(40))).toEqual({ low: -4, high: 4 });
    expect(subtractCounts(atLeast(10), exact(3))).toEqual({ low: 7, high: null });
    expect(subtractCounts(exact(3), atLeast(10))).toEqual({ low: null, high: -7 });
  });

  it('contains every difference of members', () => {
    fc.assert(
      fc.property(knownCount, knownCount, fc.nat(), fc.nat(), (a, b, pa, pb) => {
        const d = subtractCounts(a, b);
        const x = member(a, pa) - member(b, pb);
        if (d.low !== null) expect(x).toBeGreaterThanOrEqual(d.low);
        if (d.high !== null) expect(x).toBeLessThanOrEqual(d.high);
        if (d.low !== null && d.high !== null) expect(d.low).toBeLessThanOrEqual(d.high);
      }),
    );
  });
});

describe('intersectCounts and hullCounts', () => {
  it('find the overlap, or null for contradicting figures', () => {
    expect(intersectCounts(between(200, 999), atLeast(801))).toEqual({ low: 801, high: 999 });
    expect(intersectCounts(exact(40), exact(44))).toBeNull();
    expect(intersectCounts(atLeast(3), atLeast(5))).toEqual({ low: 5, high: null });
    expect(hullCounts(exact(40), exact(44))).toEqual({ low: 40, high: 44 });
    expect(hullCounts(exact(40), atLeast(2))).toEqual({ low: 2, high: null });
  });

  it('intersection lies within both operands and is null exactly when they do not overlap', () => {
    fc.assert(
      fc.property(knownCount, knownCount, (a, b) => {
        const i = intersectCounts(a, b);
        expect(i === null).toBe(!countsOverlap(a, b));
        if (i !== null) {
          wellFormed(i);
          expect(countContains(a, i)).toBe(true);
          expect(countContains(b, i)).toBe(true);
        }
      }),
    );
  });

  it('hull contains both operands and is commutative', () => {
    fc.assert(
      fc.property(knownCount, knownCount, (a, b) => {
        const h = hullCounts(a, b);
        wellFormed(h);
        expect(countContains(h, a)).toBe(true);
        expect(countContains(h, b)).toBe(true);
        expect(h).toEqual(hullCounts(b, a));
      }),
    );
  });
});

describe('overlap, containment, gap and order', () => {
  it('answer the seed article questions', () => {
    expect(countsOverlap(exact(40), exact(44))).toBe(false);
    expect(gapBetweenCounts(exact(40), exact(44))).toBe(4);
    expect(compareCounts(exact(40), exact(44))).toBe('lower');
    expect(compareCounts(exact(44), exact(40))).toBe('higher');
    expect(compareCounts(exact(44), exact(44))).toBe('equal');
    expect(compareCounts(between(200, 999), between(200, 999))).toBe('indeterminate');
    expect(countContains(atLeast(2201), exact(2238))).toBe(true);
    expect(countContains(exact(2238), atLeast(2201))).toBe(false);
    expect(countContains(between(1, 10), atLeast(2))).toBe(false);
    expect(countAllows(atLeast(2201), 2200)).toBe(false);
    expect(gapBetweenCounts(atLeast(801), between(200, 999))).toBe(0);
    expect(gapBetweenCounts(atLeast(1000), between(200, 999))).toBe(1);
  });

  it('gap is symmetric, zero exactly on overlap, and the least distance between members', () => {
    fc.assert(
      fc.property(knownCount, knownCount, fc.nat(), fc.nat(), (a, b, pa, pb) => {
        const gap = gapBetweenCounts(a, b);
        expect(gap).toBe(gapBetweenCounts(b, a));
        expect(gap === 0).toBe(countsOverlap(a, b));
        expect(Math.abs(member(a, pa) - member(b, pb))).toBeGreaterThanOrEqual(gap);
      }),
    );
  });

  it('order is antisymmetric and agrees with members', () => {
    fc.assert(
      fc.property(knownCount, knownCount, fc.nat(), fc.nat(), (a, b, pa, pb) => {
        const order = compareCounts(a, b);
        const flipped = {
          lower: 'higher',
          higher: 'lower',
          equal: 'equal',
          indeterminate: 'indeterminate',
        }[order];
        expect(compareCounts(b, a)).toBe(flipped);
        const x = member(a, pa);
        const y = member(b, pb);
        if (order === 'lower') expect(x).toBeLessThan(y);
        if (order === 'higher') expect(x).toBeGreaterThan(y);
        if (order === 'equal') expect(x).toBe(y);
        if (order === 'indeterminate') expect(countsOverlap(a, b)).toBe(true);
      }),
    );
  });

  it('containment is reflexive and transitive', () => {
    fc.assert(
      fc.property(knownCount, knownCount, knownCount, (a, b, c) => {
        expect(countContains(a, a)).toBe(true);
        if (countContains(a, b) && countContains(b, c)) expect(countContains(a, c)).toBe(true);
      }),
    );
  });
});

describe('guards', () => {
  it('tell the kinds of count apart', () => {
    expect(isKnownCount(exact(0))).toBe(true);
    expect(isKnownCount({ status: 'unknown' })).toBe(false);
    expect(isUnknownCount({ status: 'unknown' })).toBe(true);
    expect(isUnknownCount({ status: 'undisclosed' })).toBe(false);
    expect(isUndisclosedCount({ status: 'undisclosed' })).toBe(true);
    expect(isUndisclosedCount(exact(0))).toBe(false);
    expect(isExactCount(exact(3))).toBe(true);
    expect(isExactCount(between(3, 4))).toBe(false);
    expect(isOpenCount(atLeast(3))).toBe(true);
    expect(isOpenCount(exact(3))).toBe(false);
  });
});
