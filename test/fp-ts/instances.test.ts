import fc from 'fast-check';
import * as A from 'fp-ts/Array';
import { concatAll } from 'fp-ts/Monoid';
import { describe, expect, it } from 'vitest';
import {
  EqCount,
  EqPartialDate,
  MonoidLedger,
  MonoidSumCount,
  OrdExchange,
  OrdKnownCount,
  OrdPartialDate,
  SemigroupHullCount,
  ShowCount,
} from '../../src/fp-ts/index.js';
import { ledger, type Exchange } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { knownCount, partialDate } from '../arbitraries.js';

describe('fp-ts instances', () => {
  it('Eq is an equivalence and Ord a total order consistent with it', () => {
    fc.assert(
      fc.property(knownCount, knownCount, knownCount, (a, b, c) => {
        expect(EqCount.equals(a, a)).toBe(true);
        expect(EqCount.equals(a, b)).toBe(EqCount.equals(b, a));
        expect(OrdKnownCount.compare(a, b)).toBe(-OrdKnownCount.compare(b, a) || 0);
        expect(OrdKnownCount.compare(a, b) === 0).toBe(OrdKnownCount.equals(a, b));
        if (OrdKnownCount.compare(a, b) <= 0 && OrdKnownCount.compare(b, c) <= 0)
          expect(OrdKnownCount.compare(a, c)).toBeLessThanOrEqual(0);
      }),
    );
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        expect(OrdPartialDate.compare(a, b)).toBe(-OrdPartialDate.compare(b, a) || 0);
        expect(OrdPartialDate.compare(a, b) === 0).toBe(EqPartialDate.equals(a, b));
        if (OrdPartialDate.compare(a, b) <= 0 && OrdPartialDate.compare(b, c) <= 0)
          expect(OrdPartialDate.compare(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('keeps absences apart and ignores wording', () => {
    expect(EqCount.equals({ status: 'unknown' }, { status: 'unknown' })).toBe(true);
    expect(EqCount.equals({ status: 'unknown' }, { low: 0, high: 0 })).toBe(false);
    expect(EqCount.equals({ low: 4, high: 4, wording: 'four' }, { low: 4, high: 4 })).toBe(true);
  });

  it('summing is a monoid, and the hull a semigroup', () => {
    fc.assert(
      fc.property(knownCount, knownCount, knownCount, (a, b, c) => {
        const { concat, empty } = MonoidSumCount;
        expect(EqCount.equals(concat(concat(a, b), c), concat(a, concat(b, c)))).toBe(true);
        expect(
          EqCount.equals(concat(a, empty), {
            low: a.low,
            high: a.high,
            ...(a.best === undefined || a.low === a.high ? {} : { best: a.best }),
          }),
        ).toBe(true);
        const hull = SemigroupHullCount.concat;
        expect(hull(hull(a, b), c)).toEqual(hull(a, hull(b, c)));
      }),
    );
    expect(
      concatAll(MonoidSumCount)([
        { low: 36, high: 36 },
        { low: 6, high: 6 },
        { low: 2, high: 2 },
      ]),
    ).toEqual({ low: 44, high: 44 });
    expect(ShowCount.show({ low: 36, high: 44, best: 40 })).toBe('about 40 (36–44)');
  });

  it('sorts exchanges by date, then id', () => {
    const sample = loadSampleDataset();
    const sorted = A.sort(OrdExchange)([...sample.exchanges].reverse());
    expect(sorted[0]?.id).toBe('ua-ru-2022-03-01');
    expect(sorted.map((e: Exchange) => e.id).indexOf('ua-ru-2023-03-wounded')).toBeLessThan(
      sorted.map((e: Exchange) => e.id).indexOf('ua-ru-2023-03-07'),
    );
  });

  it('merging the ledgers of two halves gives the ledger of the whole, for any split', () => {
    const sample = loadSampleDataset();
    const whole = ledger(sample);
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), {
          minLength: sample.exchanges.length,
          maxLength: sample.exchanges.length,
        }),
        (sides) => {
          const left = { ...sample, exchanges: sample.exchanges.filter((_, i) => sides[i]) };
          const right = { ...sample, exchanges: sample.exchanges.filter((_, i) => !sides[i]) };
          expect(MonoidLedger.concat(ledger(left), ledger(right))).toEqual(whole);
          expect(MonoidLedger.concat(MonoidLedger.empty, whole)).toEqual(whole);
        },
      ),
      { numRuns: 50 },
    );
  });
});
