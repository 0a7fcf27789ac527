// The audit sorts short lists by insertion (no work array per call). It must give the order the
// engine's stable sort gives, for every length on both sides of the cut-over, with ties kept in
// their first order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/_lib/sortSmall.js';

describe('sortSmall', () => {
  it('orders a list as Array.prototype.sort does, keeping ties in place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() }), {
          maxLength: 40,
        }),
        (items) => {
          const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
          const expected = [...items].sort(byKey);
          const list = [...items];
          const out = sortSmall(list, byKey);
          expect(out).toBe(list);
          // The same objects in the same order: ties are told apart by identity.
          expect(out.length).toBe(expected.length);
          out.forEach((item, i) => expect(item).toBe(expected[i]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sorts strings in code-unit order, as the default sort does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 30 }),
        (texts) => {
          const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
          expect(sortSmall([...texts], byText)).toEqual([...texts].sort());
        },
      ),
    );
  });
});
