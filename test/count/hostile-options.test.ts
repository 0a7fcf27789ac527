// A safe constructor returns its issues whatever its arguments do when read: an options object or
// a tolerance whose getter throws, or a revoked Proxy, is an issue, never an exception.
import { describe, expect, it } from 'vitest';
import {
  safeApproximately,
  safeAtLeast,
  safeAtMost,
  safeBetween,
  safeExact,
  safeUndisclosedCount,
  safeUnknownCount,
  type CountOptions,
  type Tolerance,
} from '../../src/index.js';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const hostile = (): unknown[] => [
  {
    get wording(): string {
      throw new Error('read');
    },
  },
  revoked(),
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      has() {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
    },
  ),
];

const codes = (run: () => { success: boolean; error?: readonly { code: string }[] }) => {
  const r = run();
  return r.success ? [] : (r.error ?? []).map((i) => i.code);
};

describe('safe count constructors given hostile arguments', () => {
  it('tell hostile options as an issue', () => {
    for (const bad of hostile()) {
      const options = bad as CountOptions;
      for (const run of [
        () => safeExact(4, options),
        () => safeAtLeast(4, options),
        () => safeAtMost(4, options),
        () => safeBetween(1, 4, options),
        () => safeApproximately(40, { people: 4 }, options),
        () => safeUnknownCount(options),
        () => safeUndisclosedCount(options),
      ])
        expect(codes(run)).toEqual(['invalid-input']);
    }
  });

  it('tell a hostile tolerance as an issue', () => {
    const getter = {
      get people(): number {
        throw new Error('read');
      },
    };
    // The first of `hostile()` reads no tolerance field, so it is told as a wrong form instead.
    for (const bad of [...hostile().slice(1), getter])
      expect(codes(() => safeApproximately(40, bad as Tolerance))).toEqual(['invalid-input']);
  });
});
