// Hostile input through the io-ts codecs: whatever they are given, the errors they return are safe
// to print. PathReporter, io-ts's own formatting of an error's value (what it prints for an error
// without a message), JSON.stringify and String never throw on them, and they never hold the
// hostile object itself; an ordinary invalid value is still reported as it is.
import { isLeft, left } from 'fp-ts/Either';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/PathReporter';
import { describe, expect, it } from 'vitest';
import * as io from '../../src/io-ts/index.js';

const CODECS = Object.entries(io as unknown as Record<string, unknown>).filter(
  (entry): entry is [string, t.Mixed] => entry[0].endsWith('C') && entry[1] instanceof t.Type,
);

const boom = (): never => {
  throw new Error('boom');
};

/** Fresh hostile values, by name: each decode gets its own, since some change as they are read. */
function hostiles(): [string, unknown][] {
  const traps: ProxyHandler<object> = {
    get: boom,
    has: boom,
    ownKeys: boom,
    getPrototypeOf: boom,
    getOwnPropertyDescriptor: boom,
    set: boom,
    defineProperty: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
  };
  const trapping = new Proxy({}, traps);
  const trappingArray = new Proxy([], traps);
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const unprintable = { toString: boom, valueOf: boom, toJSON: boom, [Symbol.toPrimitive]: boom };
  const getter = Object.defineProperty({ high: 3 }, 'low', { get: boom, enumerable: true });
  let reads = 0;
  // Reads as a bad count at first, then throws.
  const fickle = Object.defineProperty({ high: 3 }, 'low', {
    get: () => (reads++ === 0 ? -1 : boom()),
    enumerable: true,
  });
  const cyclic: Record<string, unknown> = { low: -1, high: 3, id: 1 };
  cyclic['self'] = cyclic;
  const cyclicArray: unknown[] = [];
  cyclicArray.push(cyclicArray);
  const everywhere = (value: unknown) =>
    Object.fromEntries(
      [
        ...['low', 'high', 'best', 'status', 'id', 'name', 'kind', 'parties', 'stages'],
        ...['transfers', 'format', 'sources', 'exchanges', 'claims', 'subject', 'value'],
        ...['source', 'statedOn', 'citations', 'url', 'categories', 'partitions', 'terms'],
      ].map((key) => [key, value]),
    );
  const bad: [string, unknown][] = [
    ['a Proxy whose traps throw', trapping],
    ['an array Proxy whose traps throw', trappingArray],
    ['a revoked Proxy', revoked],
    ['an object whose toString, valueOf, toJSON and Symbol.toPrimitive throw', unprintable],
    ['an object with a throwing getter', getter],
    ['an object whose getter throws on the second read', fickle],
    ['a cyclic object', cyclic],
    ['a cyclic array', cyclicArray],
    ['a bigint', 10n],
    ['a symbol', Symbol('s')],
    ['a function', boom],
  ];
  return [
    ...bad,
    ...bad.map(([name, value]): [string, unknown] => [`${name} in every field`, everywhere(value)]),
    ...bad.map(([name, value]): [string, unknown] => [`${name} in an array`, [value, value]]),
    [
      'a dataset with hostile records',
      {
        format: 'swapledger/1',
        parties: [trapping, cyclic],
        sources: [unprintable],
        exchanges: [revoked],
        claims: [getter, everywhere(cyclic)],
      },
    ],
  ];
}

/** Every way the io-ts ecosystem prints an error; each must give a string without throwing. */
function printAll(errors: t.Errors, outer: number): void {
  for (const error of errors) {
    // What PathReporter prints for an error that has no message: io-ts's own format of the value.
    const bare: t.ValidationError = { value: error.value, context: error.context };
    const [withoutMessage] = PathReporter.report(left([bare]));
    expect(typeof withoutMessage).toBe('string');
    expect(typeof String(error.value)).toBe('string');
    expect(typeof `${error.value as string}`).toBe('string');
    JSON.stringify(error.value);
    // The context entries the codec adds after the caller's own.
    for (const entry of error.context.slice(outer)) {
      expect(typeof String(entry.actual)).toBe('string');
      JSON.stringify(entry.actual);
    }
  }
}

describe('io-ts errors on hostile input', () => {
  it('lists every public codec', () => {
    expect(CODECS.length).toBeGreaterThanOrEqual(25);
    expect(CODECS.map(([name]) => name)).toContain('ValidDatasetC');
  });

  for (const [name, codec] of CODECS)
    it(`${name}: decode and PathReporter never throw, and every error is safe to print`, () => {
      for (const [i, [what, input]] of hostiles().entries()) {
        const decoded = codec.decode(input);
        const report = PathReporter.report(decoded);
        expect(
          report.every((line) => typeof line === 'string'),
          what,
        ).toBe(true);
        if (!isLeft(decoded)) continue;
        expect(() => printAll(decoded.left, 1), `${name} on ${what}`).not.toThrow();
        // Inside the user's own codecs, with their context before the package's.
        const wrapped = t.type({ payload: codec }).decode({ payload: hostiles()[i]?.[1] });
        if (isLeft(wrapped)) expect(() => printAll(wrapped.left, 2), what).not.toThrow();
      }
    });

  it('still reports an ordinary invalid value as it is', () => {
    const count = io.CountC.decode({ low: 44, high: 36 });
    expect(isLeft(count) && count.left.map((e) => e.value)).toEqual([44]);
    expect(PathReporter.report(count)).toEqual([
      'low: low (44) is above high (36); a count is an interval low..high [low-above-high]',
    ]);
    const date = io.PartialDateC.decode('2023-02-30');
    expect(isLeft(date) && date.left[0]?.value).toBe('2023-02-30');
    // A small object is kept whole, as a copy; its context holds copies of the values around it.
    const transfer = { id: 't', from: 'UA', to: 'RU', category: 'people', count: [1] };
    const decoded = io.TransferC.decode(transfer);
    expect(isLeft(decoded)).toBe(true);
    if (!isLeft(decoded)) return;
    const error = decoded.left.find((e) => e.context.at(-1)?.key === 'count');
    expect(error?.value).toEqual([1]);
    expect(error?.context.map((c) => c.key)).toEqual(['', 'count']);
    expect(error?.context[1]?.actual).toEqual([1]);
    expect(error?.value).not.toBe(transfer.count);
  });

  it('summarises what it cannot or should not copy', () => {
    const cyclic: Record<string, unknown> = { low: 'x' };
    cyclic['high'] = cyclic;
    const decoded = io.CountC.decode(cyclic);
    expect(isLeft(decoded)).toBe(true);
    if (!isLeft(decoded)) return;
    for (const error of decoded.left) expect(JSON.stringify(error.value).length).toBeLessThan(2000);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const onRevoked = io.CountC.decode({ low: proxy, high: 3 });
    expect(isLeft(onRevoked) && onRevoked.left[0]?.value).toBe('(unreadable)');
    const long = io.PartialDateC.decode('x'.repeat(100_000));
    expect(isLeft(long) && String(long.left[0]?.value).length).toBeLessThan(1000);
  });
});
