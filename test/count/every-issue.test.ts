// A count constructor tells every problem with its arguments at once, each at the argument it is
// about, as a record with the same problems is told them all: a figure and its options, a value
// and its tolerance, and a key the options do not have.
import { describe, expect, it } from 'vitest';
import {
  safeApproximately,
  safeAtLeast,
  safeBetween,
  safeExact,
  safeUnknownCount,
  type CountOptions,
  type Tolerance,
} from '../../src/index.js';

const long = 'x'.repeat(2_001);
const told = (r: {
  success: boolean;
  error?: readonly { path: readonly unknown[]; code: string }[];
}) => (r.success ? [] : (r.error ?? []).map((i) => `${i.path.join('.')} ${i.code}`));

describe('count constructors', () => {
  it('tell a bad figure and bad options together', () => {
    expect(told(safeExact(4.5, { wording: long }))).toEqual([
      ' not-an-integer',
      'options.wording too-long',
    ]);
    expect(told(safeBetween(5, 3, { wording: long }))).toEqual([
      'low low-above-high',
      'options.wording too-long',
    ]);
    expect(told(safeAtLeast(Number.NaN, { wording: 42 } as unknown as CountOptions))).toEqual([
      ' invalid-type',
      'options.wording invalid-option',
    ]);
  });

  it('tell a bad value, a bad tolerance and bad options together', () => {
    expect(told(safeApproximately(Number.NaN, { share: Number.NaN }, { wording: long }))).toEqual([
      'value invalid-type',
      'tolerance.share invalid-option',
      'options.wording too-long',
    ]);
  });

  it('refuse a key the options or the tolerance do not have, naming it', () => {
    expect(told(safeExact(5, { wordnig: 'about 5' } as unknown as CountOptions))).toEqual([
      'options.wordnig unknown-field',
    ]);
    expect(told(safeUnknownCount({ wordnig: 'x' } as unknown as CountOptions))).toEqual([
      'options.wordnig unknown-field',
    ]);
    expect(told(safeApproximately(5, { people: 1, shar: 0.1 } as unknown as Tolerance))).toEqual([
      'tolerance.shar unknown-field',
    ]);
    // What is allowed is still taken.
    expect(safeExact(5, { wording: 'five' })).toEqual({
      success: true,
      data: { low: 5, high: 5, wording: 'five' },
    });
    expect(safeApproximately(40, { share: 0.1 }).success).toBe(true);
  });

  it('tell options or a tolerance that cannot be read at that argument', () => {
    const throwing = {
      get wording(): string {
        throw new Error('read');
      },
    };
    expect(told(safeExact(5, throwing))).toEqual(['options invalid-input']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(told(safeApproximately(40, proxy as Tolerance))).toEqual(['tolerance invalid-input']);
  });
});
