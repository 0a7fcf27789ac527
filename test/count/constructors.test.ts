import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approximately,
  atLeast,
  atMost,
  between,
  exact,
  safeApproximately,
  safeAtLeast,
  safeAtMost,
  safeBetween,
  safeExact,
  safeSumCounts,
  safeExtendTaxonomy,
  defaultTaxonomy,
  safeUndisclosedCount,
  safeUnknownCount,
  SwapledgerError,
  undisclosedCount,
  unknownCount,
  validateCount,
} from '../../src/index.js';

const badHeadcounts = [-1, 4.5, Number.NaN, Infinity, -Infinity, 2 ** 53, 1e300, -0.5];

describe('count constructors', () => {
  it('make the documented intervals', () => {
    expect(exact(44)).toEqual({ low: 44, high: 44 });
    expect(exact(0)).toEqual({ low: 0, high: 0 });
    expect(atLeast(2201, { wording: 'over 2,200' })).toEqual({
      low: 2201,
      high: null,
      wording: 'over 2,200',
    });
    expect(atMost(100)).toEqual({ low: 0, high: 100 });
    expect(between(200, 999)).toEqual({ low: 200, high: 999 });
    expect(between(5, null)).toEqual({ low: 5, high: null });
    expect(approximately(40, { share: 0.1 })).toEqual({ low: 36, high: 44, best: 40 });
    expect(approximately(1000, { people: 50 })).toEqual({ low: 950, high: 1050, best: 1000 });
  });

  it('round a relative tolerance outward and clip at zero', () => {
    expect(approximately(41, { share: 0.1 })).toEqual({ low: 36, high: 46, best: 41 });
    expect(approximately(3, { people: 10 })).toEqual({ low: 0, high: 13, best: 3 });
    expect(approximately(7, { people: 0 })).toEqual({ low: 7, high: 7 });
  });

  it.each(badHeadcounts)('reject %s as a headcount, safely and by throwing', (n) => {
    for (const safe of [safeExact, safeAtLeast, safeAtMost]) {
      const result = safe(n);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error[0]?.message).toMatch(/headcount/);
    }
    expect(() => exact(n)).toThrow(SwapledgerError);
    expect(() => atLeast(n)).toThrow(SwapledgerError);
    expect(() => atMost(n)).toThrow(SwapledgerError);
  });

  it('report every bad bound of a range at its own path', () => {
    const result = safeBetween(-1, 4.5);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.map((i) => [i.path, i.code])).toEqual([
      [['low'], 'too-small'],
      [['high'], 'not-an-integer'],
    ]);
  });

  it('refuse a range whose low is above its high', () => {
    const result = safeBetween(10, 5);
    expect(result).toMatchObject({
      success: false,
      error: [{ code: 'low-above-high', path: ['low'] }],
    });
    try {
      between(10, 5);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SwapledgerError);
      expect((error as SwapledgerError).issues[0]?.code).toBe('low-above-high');
      expect((error as SwapledgerError).message).toContain('low (10) is above high (5)');
    }
  });

  it('refuse invalid tolerances and overflowing estimates', () => {
    expect(safeApproximately(40, { share: 1.5 })).toMatchObject({
      success: false,
      error: [{ code: 'invalid-option' }],
    });
    expect(safeApproximately(40, { share: Number.NaN })).toMatchObject({ success: false });
    expect(safeApproximately(40, { people: -2 })).toMatchObject({
      success: false,
      error: [{ path: ['tolerance', 'people'] }],
    });
    expect(safeApproximately(Number.MAX_SAFE_INTEGER, { people: 1 })).toMatchObject({
      success: false,
      error: [{ code: 'count-overflow' }],
    });
    expect(() => approximately(-3, { people: 1 })).toThrow(SwapledgerError);
  });

  it('keep unknown, undisclosed and zero apart', () => {
    expect(unknownCount()).toEqual({ status: 'unknown' });
    expect(undisclosedCount('not revealed')).toEqual({
      status: 'undisclosed',
      wording: 'not revealed',
    });
    expect(unknownCount()).not.toEqual(undisclosedCount());
    expect(exact(0)).not.toEqual(unknownCount());
  });

  it('always produce counts that validate, and the safe and throwing twins agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 1000 }),
        fc.option(fc.integer({ min: -5, max: 1000 }), { nil: null }),
        (low, high) => {
          const safe = safeBetween(low, high);
          if (safe.success) {
            expect(between(low, high)).toEqual(safe.data);
            expect(validateCount(safe.data).success).toBe(true);
          } else {
            expect(() => between(low, high)).toThrow(SwapledgerError);
            expect(low < 0 || (high !== null && (high < 0 || low > high))).toBe(true);
          }
        },
      ),
    );
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.double({ min: 0, max: 1, noNaN: true }), (value, share) => {
        const count = approximately(value, { share });
        expect(validateCount(count).success).toBe(true);
        expect(count.low).toBeLessThanOrEqual(value);
        expect(count.high).toBeGreaterThanOrEqual(value);
      }),
    );
  });
});

describe('constructors never turn a wrong argument into an invalid count', () => {
  it('takes { wording } for unknown and undisclosed counts, as every other constructor does', () => {
    expect(undisclosedCount({ wording: 'not disclosed' })).toEqual({
      status: 'undisclosed',
      wording: 'not disclosed',
    });
    expect(unknownCount({ wording: 'no figure given' })).toEqual({
      status: 'unknown',
      wording: 'no figure given',
    });
    // A plain string is still the wording, as before.
    expect(undisclosedCount('not disclosed')).toEqual(
      undisclosedCount({ wording: 'not disclosed' }),
    );
  });

  it('refuses wording that is not text or too long, with the path of the option', () => {
    const wrong = [{ wording: 42 }, 42, null, ['a'], { wording: 'x'.repeat(2001) }] as never[];
    for (const options of wrong) {
      for (const make of [
        () => safeUndisclosedCount(options),
        () => safeUnknownCount(options),
        () => safeExact(5, options),
        () => safeAtLeast(5, options),
        () => safeBetween(5, 6, options),
      ]) {
        const result = make();
        expect(result.success, JSON.stringify(options)?.slice(0, 30)).toBe(false);
      }
      expect(() => undisclosedCount(options)).toThrow(SwapledgerError);
      expect(() => exact(5, options)).toThrow(SwapledgerError);
    }
    const result = safeExact(5, { wording: 42 } as never);
    expect(result.success ? [] : result.error.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['options.wording', 'invalid-option'],
    ]);
    // 2,000 emoji are 2,000 characters, within the limit.
    expect(safeExact(5, { wording: '🙂'.repeat(2000) }).success).toBe(true);
  });
});

describe('safe twins never throw, whatever they are given', () => {
  it('sums only lists of counts, and says what else it got', () => {
    for (const wrong of [null, undefined, 42, 'x', [null], [{ low: 'a' }], [{}]]) {
      const result = safeSumCounts(wrong as never);
      expect(result.success).toBe(false);
    }
  });

  it('extends only a taxonomy, with an extension', () => {
    for (const [base, extension] of [
      [{}, {}],
      [null, null],
      [defaultTaxonomy, 7],
      [defaultTaxonomy, { categories: 'x' }],
    ]) {
      const result = safeExtendTaxonomy(base as never, extension as never);
      expect(result.success).toBe(false);
    }
    expect(safeExtendTaxonomy(defaultTaxonomy, {}).success).toBe(true);
  });

  it('makes an approximate count only with one tolerance, of people or a share', () => {
    const one =
      'a tolerance gives either people ({ people: 4 }) or a share ({ share: 0.1 }), exactly one of the two';
    for (const wrong of [
      0.5,
      -1,
      Number.NaN,
      null,
      undefined,
      '5',
      [],
      {},
      { people: 5, share: 0.1 },
    ]) {
      const result = safeApproximately(10, wrong as never);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error[0]?.path).toEqual(['tolerance']);
        expect(result.error[0]?.message).toMatch(new RegExp(`^${one.replace(/[({})]/g, '\\$&')}`));
      }
    }
    // An inherited tolerance is not the caller's.
    expect(safeApproximately(10, Object.create({ people: 2 }) as never).success).toBe(false);
    expect(safeApproximately(10, { people: 2 }).success).toBe(true);
  });
});
