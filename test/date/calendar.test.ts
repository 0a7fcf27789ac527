import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate, PARTIAL_DATE_PATTERN, readDate } from '../../src/date/_lib/calendar.js';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const shaped = fc.oneof(
  digits(4),
  fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
  fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
  // Mostly plausible dates, so that the month and day limits are crossed often.
  fc
    .tuple(
      fc.integer({ min: 0, max: 2400 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
);

describe('isRealDate', () => {
  it('gives the verdict of readDate on every string of the date pattern', () => {
    fc.assert(
      fc.property(shaped, (value) => {
        expect(PARTIAL_DATE_PATTERN.test(value)).toBe(true);
        expect(isRealDate(value)).toBe(!('code' in readDate(value)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('knows leap years, month lengths and year zero', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2023-04-31')).toBe(false);
    expect(isRealDate('2023-12-31')).toBe(true);
    expect(isRealDate('2023-13')).toBe(false);
    expect(isRealDate('2023-00')).toBe(false);
    expect(isRealDate('2023-01-00')).toBe(false);
    expect(isRealDate('0000')).toBe(false);
    expect(isRealDate('0001')).toBe(true);
  });
});
