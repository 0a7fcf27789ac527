import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertPartialDate,
  comparePartialDates,
  isPartialDate,
  partialDateContains,
  partialDatePrecision,
  partialDateRange,
  PartialDateSchema,
  relatePartialDates,
  SwapledgerError,
  validatePartialDate,
  type PartialDate,
} from '../../src/index.js';
import { partialDate } from '../arbitraries.js';

describe('validatePartialDate', () => {
  it.each([
    '2023',
    '2023-04',
    '2023-04-26',
    '2024-02-29',
    '2000-02-29',
    '0001-01-01',
    '9999-12-31',
  ])('accepts %s', (text) => {
    expect(validatePartialDate(text)).toEqual({ success: true, data: text });
    expect(PartialDateSchema.safeParse(text).success).toBe(true);
    expect(isPartialDate(text)).toBe(true);
  });

  it.each([
    ['2023-02-30', 'impossible-date', /30, but that month has 28 days/],
    ['2023-02-29', 'impossible-date', /has 28 days/],
    ['1900-02-29', 'impossible-date', /has 28 days/],
    ['2023-04-31', 'impossible-date', /has 30 days/],
    ['2023-13', 'impossible-date', /months run from 01 to 12/],
    ['2023-00', 'impossible-date', /month 0/],
    ['2023-04-00', 'impossible-date', /day 0/],
    ['0000', 'impossible-date', /not a date/],
    ['23-04-26', 'invalid-format', /YYYY/],
    ['2023/04/26', 'invalid-format', /YYYY/],
    ['2023-4-26', 'invalid-format', /YYYY/],
    ['2023-04-26T00:00', 'invalid-format', /YYYY/],
    [' 2023', 'invalid-format', /YYYY/],
    ['', 'invalid-format', /YYYY/],
  ])('rejects %s as %s', (text, code, message) => {
    const result = validatePartialDate(text);
    expect(result).toMatchObject({ success: false, error: [{ code, path: [] }] });
    if (!result.success) expect(result.error[0]?.message).toMatch(message);
    expect(PartialDateSchema.safeParse(text).success).toBe(false);
    expect(isPartialDate(text)).toBe(false);
    expect(() => assertPartialDate(text)).toThrow(SwapledgerError);
  });

  it('rejects non-strings without throwing', () => {
    for (const value of [2023, null, undefined, {}, ['2023']]) {
      expect(validatePartialDate(value)).toMatchObject({
        success: false,
        error: [{ code: 'invalid-type' }],
      });
    }
  });

  it('agrees with the zod schema on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), partialDate, fc.stringMatching(/^\d{4}-\d{2}(-\d{2})?$/)),
        (text) => {
          expect(validatePartialDate(text).success).toBe(PartialDateSchema.safeParse(text).success);
        },
      ),
    );
  });
});

describe('partial date intervals', () => {
  it('give the days a date stands for', () => {
    expect(partialDateRange('2023')).toEqual({ first: '2023-01-01', last: '2023-12-31' });
    expect(partialDateRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(partialDateRange('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(partialDateRange('2023-04-26')).toEqual({ first: '2023-04-26', last: '2023-04-26' });
    expect(partialDatePrecision('2023')).toBe('year');
    expect(partialDatePrecision('2023-04')).toBe('month');
    expect(partialDatePrecision('2023-04-26')).toBe('day');
  });

  it('relate dates as nested intervals', () => {
    expect(relatePartialDates('2022-11', '2023-04-26')).toBe('before');
    expect(relatePartialDates('2023-04-26', '2022-11')).toBe('after');
    expect(relatePartialDates('2023-04', '2023-04-26')).toBe('contains');
    expect(relatePartialDates('2023-04-26', '2023')).toBe('within');
    expect(relatePartialDates('2023-04', '2023-04')).toBe('same');
    expect(relatePartialDates('2023-04-30', '2023-05')).toBe('before');
    expect(partialDateContains('2023', '2023-04-26')).toBe(true);
    expect(partialDateContains('2023', '2023')).toBe(true);
    expect(partialDateContains('2023-04-26', '2023')).toBe(false);
  });

  it('sort wider dates before the narrower ones they contain', () => {
    const dates: PartialDate[] = [
      '2023-04-26',
      '2022',
      '2023-04',
      '2023',
      '2023-01-01',
      '2022-12-31',
    ];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2022',
      '2022-12-31',
      '2023',
      '2023-01-01',
      '2023-04',
      '2023-04-26',
    ]);
  });

  it('throw on a string that is not a valid date (a broken precondition)', () => {
    expect(() => partialDateRange('2023-02-30' as PartialDate)).toThrow(SwapledgerError);
    expect(() => comparePartialDates('x' as PartialDate, '2023')).toThrow(SwapledgerError);
  });

  it('relation is consistent with day intervals, compare is a total order', () => {
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        const ra = partialDateRange(a);
        const rb = partialDateRange(b);
        const relation = relatePartialDates(a, b);
        const expected =
          ra.last < rb.first
            ? 'before'
            : rb.last < ra.first
              ? 'after'
              : ra.first === rb.first && ra.last === rb.last
                ? 'same'
                : ra.first <= rb.first && ra.last >= rb.last
                  ? 'contains'
                  : ra.first >= rb.first && ra.last <= rb.last
                    ? 'within'
                    : 'overlap';
        expect(relation).toBe(expected);
        const ab = comparePartialDates(a, b);
        expect(Math.sign(ab)).toBe(-Math.sign(comparePartialDates(b, a)));
        expect(ab === 0).toBe(a === b);
        if (ab <= 0 && comparePartialDates(b, c) <= 0)
          expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        if (relation === 'before') expect(ab).toBeLessThan(0);
      }),
    );
  });

  it('a date range is made of valid dates in order', () => {
    fc.assert(
      fc.property(partialDate, (d) => {
        const { first, last } = partialDateRange(d);
        expect(isPartialDate(first) && isPartialDate(last)).toBe(true);
        expect(first <= last).toBe(true);
        expect(partialDateContains(d, first) && partialDateContains(d, last)).toBe(true);
      }),
    );
  });
});
