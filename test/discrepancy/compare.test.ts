import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, countsOverlap, gapBetweenCounts } from '../../src/index.js';
import { knownCount } from '../arbitraries.js';

describe('compare', () => {
  it('tells equal, consistent, disjoint and incomparable apart', () => {
    expect(compare({ low: 44, high: 44 }, { low: 44, high: 44 })).toEqual({ relation: 'equal' });
    expect(compare({ low: 801, high: null }, { low: 200, high: 999 })).toEqual({
      relation: 'consistent',
      overlap: { low: 801, high: 999 },
    });
    expect(compare({ low: 40, high: 40 }, { low: 44, high: 44 })).toEqual({
      relation: 'disjoint',
      gap: 4,
      relativeGap: 4 / 44,
      higher: 'b',
    });
    expect(compare({ low: 215, high: 215 }, { low: 55, high: 55 })).toMatchObject({
      relation: 'disjoint',
      gap: 160,
      higher: 'a',
    });
    expect(compare({ status: 'undisclosed' }, { low: 1, high: 1 })).toEqual({
      relation: 'incomparable',
      absent: 'undisclosed',
    });
    expect(compare({ low: 0, high: 0 }, { status: 'unknown' })).toEqual({
      relation: 'incomparable',
      absent: 'unknown',
    });
    // Two identical ranges are consistent, not equal: "hundreds" and "hundreds" need not match.
    expect(compare({ low: 200, high: 999 }, { low: 200, high: 999 }).relation).toBe('consistent');
  });

  it('agrees with overlap and gap, and is symmetric', () => {
    fc.assert(
      fc.property(knownCount, knownCount, (a, b) => {
        const ab = compare(a, b);
        const ba = compare(b, a);
        expect(ab.relation).toBe(ba.relation);
        expect(ab.relation === 'disjoint').toBe(!countsOverlap(a, b));
        if (ab.relation === 'disjoint' && ba.relation === 'disjoint') {
          expect(ab.gap).toBe(gapBetweenCounts(a, b));
          expect(ab.higher).not.toBe(ba.higher);
          expect(ab.relativeGap).toBeGreaterThan(0);
          expect(ab.relativeGap).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
