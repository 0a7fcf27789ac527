import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Dataset } from '../../src/index.js';
import { validDataset } from '../arbitraries.js';

type Mutation = (
  d: Dataset,
  pick: number,
) => { path: (string | number)[]; code: string } | undefined;

/** Single-point mutations that break one rule at one place, chosen at random in the dataset. */
const mutations: Record<string, Mutation> = {
  'claim source missing': (d, pick) => {
    const i = pick % d.claims.length;
    if (d.claims.length === 0) return undefined;
    d.claims[i]!.source = 'ghost';
    return { path: ['claims', i, 'source'], code: 'unknown-reference' };
  },
  'duplicate claim id': (d, pick) => {
    if (d.claims.length < 2) return undefined;
    const i = 1 + (pick % (d.claims.length - 1));
    d.claims[i]!.id = d.claims[0]!.id;
    return { path: ['claims', i, 'id'], code: 'duplicate-id' };
  },
  'claim value inverted': (d, pick) => {
    if (d.claims.length === 0) return undefined;
    const i = pick % d.claims.length;
    d.claims[i]!.value = { low: 10, high: 9 };
    return { path: ['claims', i, 'value', 'low'], code: 'low-above-high' };
  },
  'transfer to an outsider': (d, pick) => {
    const withTransfers = d.exchanges.flatMap((e, i) => e.transfers.map((_, k) => [i, k] as const));
    if (withTransfers.length === 0 || d.parties.length < 3) return undefined;
    const [i, k] = withTransfers[pick % withTransfers.length]!;
    d.exchanges[i]!.transfers[k]!.to = 'p2';
    return { path: ['exchanges', i, 'transfers', k, 'to'], code: 'invalid-reference' };
  },
  'impossible stage date': (d, pick) => {
    if (d.exchanges.length === 0) return undefined;
    const i = pick % d.exchanges.length;
    (d.exchanges[i]!.stages[0] as { on: string }).on = '2023-02-30';
    return { path: ['exchanges', i, 'stages', 0, 'on'], code: 'impossible-date' };
  },
  'source affiliated with nobody known': (d, pick) => {
    const i = pick % d.sources.length;
    d.sources[i]!.affiliation = 'nowhere';
    return { path: ['sources', i, 'affiliation'], code: 'unknown-reference' };
  },
  'extra __proto__ key': (d, pick) => {
    const i = pick % d.parties.length;
    Object.defineProperty(d.parties[i], '__proto__', {
      value: { admin: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return { path: ['parties', i, '__proto__'], code: 'unknown-field' };
  },
};

describe('generated datasets', () => {
  it('valid ones pass', () => {
    fc.assert(
      fc.property(validDataset, (dataset) => {
        const result = validateDataset(dataset);
        expect(result.success ? [] : result.error).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('each single-point mutation is reported with the right code at the right path', () => {
    fc.assert(
      fc.property(
        validDataset,
        fc.constantFrom(...Object.keys(mutations)),
        fc.nat(),
        (dataset, name, pick) => {
          const mutated = structuredClone(dataset);
          const expected = mutations[name]!(mutated, pick);
          fc.pre(expected !== undefined);
          const result = validateDataset(mutated);
          expect(result.success).toBe(false);
          if (!result.success)
            expect(result.error).toContainEqual(expect.objectContaining(expected));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and never mutates its input', () => {
    fc.assert(
      fc.property(validDataset, (dataset) => {
        const before = structuredClone(dataset);
        validateDataset(Object.freeze(dataset));
        expect(dataset).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
