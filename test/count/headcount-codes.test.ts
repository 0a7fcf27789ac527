// One value, one code: a count's constructors and a record holding the same value as a count's bound
// report it with the same issue code, whatever the value is (NaN and the infinities included).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  safeApproximately,
  safeAtLeast,
  safeAtMost,
  safeBetween,
  safeCreateClaim,
  safeExact,
} from '../../src/index.js';

// As a service receives it: any value where the count belongs.
const claimWithLowAnd = (value: object) =>
  safeCreateClaim({
    id: 'c1',
    subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UA' },
    value,
    source: 'ua-ombudsman',
    statedOn: '2023-04-26',
    citations: [{ url: 'https://example.org/c1' }],
  } as unknown as Parameters<typeof safeCreateClaim>[0]);
const claimWithLow = (low: unknown) => claimWithLowAnd({ low, high: null });

/** The code a record gives for `value` as a count's low, or undefined when it takes it. */
const recordCode = (value: unknown) => {
  const r = claimWithLow(value);
  return r.success ? undefined : r.error.find((i) => i.path.join('.') === 'value.low')?.code;
};

const codeOf = (r: { success: boolean; error?: readonly { code: string }[] }) =>
  r.success ? undefined : r.error?.[0]?.code;

const values = fc.oneof(
  fc.double(), // NaN, ±Infinity, -0 and fractions included
  fc.integer({ min: -5, max: 1_000 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 53, 2 ** 60, -1, 1.5),
  fc.string({ maxLength: 3 }),
  fc.constantFrom(null, true, [], {}),
);

describe('a headcount given to a constructor and held in a record', () => {
  it('gets one code from both', () => {
    fc.assert(
      fc.property(values, (value) => {
        const expected = recordCode(value);
        expect(codeOf(safeExact(value as number)), 'safeExact').toBe(expected);
        expect(codeOf(safeAtLeast(value as number)), 'safeAtLeast').toBe(expected);
        expect(codeOf(safeAtMost(value as number)), 'safeAtMost').toBe(expected);
        expect(codeOf(safeBetween(value as number, 2 ** 53 - 1)), 'safeBetween').toBe(expected);
        expect(codeOf(safeApproximately(value as number, { people: 0 })), 'safeApproximately').toBe(
          expected,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('calls NaN and the infinities no number, as JSON has none of them', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(recordCode(value)).toBe('invalid-type');
      expect(codeOf(safeAtLeast(value))).toBe('invalid-type');
    }
    expect(codeOf(safeAtLeast(1.5))).toBe('not-an-integer');
  });
});

describe('a wording past its limit', () => {
  it('is told in the same words by a constructor and by a record', () => {
    for (const length of [2_001, 5_000]) {
      const wording = 'w'.repeat(length);
      const record = claimWithLowAnd({ low: 40, high: 40, wording });
      const constructed = safeExact(40, { wording });
      const told = record.success ? undefined : record.error[0];
      expect(told?.path).toEqual(['value', 'wording']);
      expect(constructed.success ? undefined : constructed.error[0]).toEqual({
        path: ['options', 'wording'],
        code: told?.code,
        message: told?.message,
      });
    }
  });
});
