import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, parseCount, type KnownCount } from '../../src/index.js';
import { knownCount } from '../arbitraries.js';

describe('formatCount', () => {
  it.each([
    [{ low: 44, high: 44 }, '44'],
    [{ low: 2238, high: 2238 }, '2,238'],
    [{ low: 3_400_000, high: 3_400_000 }, '3,400,000'],
    [{ low: 0, high: 0 }, '0'],
    [{ low: 2201, high: null }, '2,201 or more'],
    [{ low: 0, high: null }, '0 or more'],
    [{ low: 0, high: 100 }, 'up to 100'],
    [{ low: 200, high: 999 }, '200–999'],
    [{ low: 36, high: 44, best: 40 }, 'about 40 (36–44)'],
    [{ low: 2201, high: null, best: 2500 }, 'about 2,500 (2,201 or more)'],
    [{ status: 'unknown' }, 'unknown'],
    [{ status: 'undisclosed' }, 'undisclosed'],
  ] as const)('writes %j as %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('reads back to the same interval and estimate', () => {
    fc.assert(
      fc.property(knownCount, (count) => {
        const back = parseCount(formatCount(count)) as KnownCount;
        expect({ low: back.low, high: back.high, best: back.best }).toEqual({
          low: count.low,
          high: count.high,
          best: count.best,
        });
      }),
    );
  });
});
