import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertCount,
  CountSchema,
  formatCount,
  MAX_WORDING_LENGTH,
  SwapledgerError,
  validateCount,
} from '../../src/index.js';
import { knownCount } from '../arbitraries.js';

describe('validateCount', () => {
  it('accepts known, unknown and undisclosed counts', () => {
    for (const ok of [
      { low: 44, high: 44 },
      { low: 0, high: 0 },
      { low: 2201, high: null, wording: 'over 2,200', lexicon: 'swapledger@1.0.0' },
      { low: 36, high: 44, best: 40 },
      { status: 'unknown' },
      { status: 'undisclosed', wording: 'not revealed' },
    ]) {
      expect(validateCount(ok)).toEqual({ success: true, data: ok });
    }
  });

  it.each([
    [{ low: 44, high: 36 }, ['low'], 'low-above-high'],
    [{ low: 36, high: 44, best: 50 }, ['best'], 'best-outside-range'],
    [{ low: 3, high: null, best: 1 }, ['best'], 'best-outside-range'],
    [{ low: -1, high: 4 }, ['low'], 'too-small'],
    [{ low: 4.5, high: 5 }, ['low'], 'not-an-integer'],
    [{ low: 1, high: 2 ** 53 }, ['high'], 'too-large'],
    [{ low: '4', high: 4 }, ['low'], 'invalid-type'],
    [{ low: Number.NaN, high: 4 }, ['low'], 'invalid-type'],
    [{ low: 1 }, ['high'], 'missing-field'],
    [{ low: 1, high: 2, hgih: 3 }, ['hgih'], 'unknown-field'],
    [{ status: 'lost' }, ['status'], 'invalid-value'],
    [{ status: 'undisclosed', wording: 5 }, ['wording'], 'invalid-type'],
    [{ low: 1, high: 2, wording: 'x'.repeat(2001) }, ['wording'], 'too-long'],
    ['44', [], 'invalid-type'],
    [null, [], 'invalid-type'],
    [[1, 2], [], 'invalid-type'],
  ])('rejects %j at %j with %s', (input, path, code) => {
    const result = validateCount(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error[0]).toMatchObject({ path, code });
    expect(result.error[0]?.message.length).toBeGreaterThan(10);
  });

  it('measures wording in code points, as zod does, and says so in the message', () => {
    const emoji = '\u{1F600}';
    expect(
      validateCount({ low: 1, high: 1, wording: emoji.repeat(MAX_WORDING_LENGTH) }).success,
    ).toBe(true);
    const result = validateCount({
      low: 1,
      high: 1,
      wording: emoji.repeat(MAX_WORDING_LENGTH + 1),
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error).toEqual([
        {
          path: ['wording'],
          code: 'too-long',
          message: `text of ${(MAX_WORDING_LENGTH + 1).toLocaleString('en-US')} characters is longer than the limit of ${MAX_WORDING_LENGTH.toLocaleString('en-US')}`,
        },
      ]);
  });

  it('names the known fields when a field is misspelt', () => {
    const result = validateCount({ low: 1, high: 2, hgih: 3 });
    expect(result.success ? '' : result.error[0]?.message).toBe(
      'unknown field "hgih" (known fields: "low", "high", "best", "wording", "lexicon")',
    );
  });

  it('rejects an own __proto__ key without touching any prototype', () => {
    const input = JSON.parse('{"low":1,"high":2,"__proto__":{"polluted":true}}') as unknown;
    const result = validateCount(input);
    expect(result).toMatchObject({
      success: false,
      error: [{ code: 'unknown-field', path: ['__proto__'] }],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws and agrees with the zod schema on anything', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (input) => {
        const result = validateCount(input);
        expect(result.success).toBe(CountSchema.safeParse(input).success);
        if (!result.success) expect(result.error.length).toBeGreaterThan(0);
      }),
    );
  });

  it('accepts every generated count and returns an equal copy', () => {
    fc.assert(
      fc.property(knownCount, (count) => {
        const result = validateCount(count);
        expect(result).toEqual({ success: true, data: count });
        if (result.success) expect(result.data).not.toBe(count);
      }),
    );
  });

  it('does not throw on throwing getters', () => {
    const hostile = Object.defineProperty({ high: 3 }, 'low', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validateCount(hostile).success).toBe(false);
  });

  it('has a throwing twin that narrows', () => {
    const payload: unknown = { low: 44, high: 44 };
    assertCount(payload);
    expect(formatCount(payload)).toBe('44');
    expect(() => assertCount({ low: 5, high: 1 })).toThrow(SwapledgerError);
  });

  it('names every status a count may have when the status is wrong', () => {
    expect(validateCount({ status: 'nope' })).toEqual({
      success: false,
      error: [
        {
          path: ['status'],
          code: 'invalid-value',
          message: 'expected one of "unknown", "undisclosed", got the string "nope"',
        },
      ],
    });
    // An object nearer a known count is still read as one.
    expect(validateCount({ low: 'x', high: 'y' })).toMatchObject({
      success: false,
      error: [{ path: ['low'] }, { path: ['high'] }],
    });
  });

  it('tells a count that mixes both forms to give one, in one issue, never a field list that refuses itself', () => {
    for (const value of [
      { low: 1, high: 2, status: 'unknown' },
      { high: 2, status: 'undisclosed' },
      { low: 1, high: 2, best: 5, status: 'unknown' },
      // The known form's own problems wait until the value is one form.
      { low: 'x', high: 2, status: 'unknown' },
      { low: 5, high: 2, status: 'unknown' },
    ]) {
      const result = validateCount(value);
      expect(result.success, JSON.stringify(value)).toBe(false);
      if (result.success) continue;
      expect(result.error, JSON.stringify(value)).toEqual([
        {
          path: [],
          code: 'unknown-field',
          message: expect.stringMatching(
            /^a count gives either low and high or a status \("unknown" or "undisclosed"\), not both; this one gives /,
          ),
        },
      ]);
    }
    // A field of neither form is still named, beside it.
    const other = validateCount({ high: 2, status: 'undisclosed', foo: 1 });
    expect(other.success).toBe(false);
    if (!other.success)
      expect(other.error.map((i) => [i.path, i.code])).toEqual([
        [[], 'unknown-field'],
        [['foo'], 'unknown-field'],
      ]);
  });

  it('tells an object with neither form what a count is, not only that a status is missing', () => {
    for (const value of [{}, { wording: 'about forty' }])
      expect(validateCount(value)).toEqual({
        success: false,
        error: [
          {
            path: [],
            code: 'missing-field',
            message:
              'a count needs low and high, or a status ("unknown" or "undisclosed"); this one gives none of them',
          },
        ],
      });
  });
});
