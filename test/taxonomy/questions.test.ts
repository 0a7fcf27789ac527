// A question about a taxonomy the caller may still edit reads it afresh at each call: its parents,
// then the paths asked about. Its work is counted here as reads of category ids: a chain of 10×
// the categories may cost at most 12× the reads, where a pass over the taxonomy for every step up
// the chain would cost 100×.
import { describe, expect, it } from 'vitest';
import {
  categoriesDisjoint,
  categoryRoot,
  defaultTaxonomy,
  isCategoryWithin,
  type Taxonomy,
} from '../../src/index.js';

/** The default taxonomy with a chain of `n` categories under `military`, its ids' reads counted. */
function chain(n: number): { taxonomy: Taxonomy; foot: string; reads: () => number } {
  let reads = 0;
  const own = structuredClone(defaultTaxonomy) as Taxonomy;
  const links = Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    label: `d${i}`,
    parent: i === 0 ? 'military' : `d${i - 1}`,
  }));
  const categories = [...own.categories, ...links].map(({ id, label, parent }) => ({
    get id() {
      reads += 1;
      return id;
    },
    label,
    parent,
  }));
  return { taxonomy: { ...own, categories }, foot: `d${n - 1}`, reads: () => reads };
}

const QUESTIONS: [string, (taxonomy: Taxonomy, foot: string) => unknown, unknown][] = [
  ['isCategoryWithin', (t, foot) => isCategoryWithin(foot, 'military', t), true],
  ['categoryRoot', (t, foot) => categoryRoot(foot, t), 'people'],
  [
    'categoriesDisjoint of two',
    (t, foot) => categoriesDisjoint([foot, 'civilian'], t).disjoint,
    true,
  ],
  [
    'categoriesDisjoint of three',
    (t, foot) => categoriesDisjoint([foot, 'civilian', 'd0'], t).disjoint,
    false,
  ],
];

describe('a question about a taxonomy that can still change', () => {
  for (const [name, ask, answer] of QUESTIONS)
    it(`${name}: 10× the categories on the path, at most 12× the reads`, () => {
      const small = chain(1000);
      const large = chain(10_000);
      expect(ask(small.taxonomy, small.foot)).toBe(answer);
      expect(ask(large.taxonomy, large.foot)).toBe(answer);
      expect(large.reads() / small.reads()).toBeLessThanOrEqual(12);
    });
});

describe('categoriesDisjoint of a taxonomy that can still change', () => {
  it('reads the same fields for two categories as for more: never a label', () => {
    const own = structuredClone(defaultTaxonomy) as Taxonomy;
    const categories = own.categories.map(({ id, parent }) => ({
      id,
      parent,
      get label(): string {
        throw new Error('a label was read');
      },
    }));
    const taxonomy = { ...own, categories } as Taxonomy;
    expect(categoriesDisjoint(['officer', 'civilian'], taxonomy).disjoint).toBe(true);
    expect(categoriesDisjoint(['officer', 'civilian', 'hostage'], taxonomy)).toMatchObject({
      disjoint: false,
      pair: ['officer', 'hostage'],
    });
    expect(categoriesDisjoint(['enlisted', 'officer', 'civilian', 'seafarer'], taxonomy)).toEqual(
      categoriesDisjoint(['enlisted', 'officer', 'civilian', 'seafarer']),
    );
  });
});

/**
 * Look-ups in every `Map` and `Set` made while `run` runs: the work of walking a taxonomy, counted
 * rather than timed. Nothing else runs meanwhile, as `run` is synchronous.
 */
function lookUps(run: () => unknown): number {
  let count = 0;
  const methods = [
    [Map.prototype, 'get'],
    [Map.prototype, 'has'],
    [Set.prototype, 'has'],
  ] as const;
  const slots = methods.map(([proto]) => proto as unknown as Record<string, unknown>);
  const originals = methods.map(([, name], k) => slots[k]?.[name]);
  methods.forEach(([, name], k) => {
    const original = originals[k] as (this: unknown, key: unknown) => unknown;
    (slots[k] as Record<string, unknown>)[name] = function (this: unknown, key: unknown) {
      count += 1;
      return original.call(this, key);
    };
  });
  try {
    run();
  } finally {
    methods.forEach(([, name], k) => {
      (slots[k] as Record<string, unknown>)[name] = originals[k];
    });
  }
  return count;
}

describe('a taxonomy of many cycles, as a caller may pass one unvalidated', () => {
  /** `n` categories in two-category cycles (or each its own parent), beside a small valid tree. */
  const cycles = (n: number, self: boolean): Taxonomy => ({
    id: 't',
    version: '1',
    categories: [
      ...Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        label: 'c',
        parent: self ? `c${i}` : `c${i ^ 1}`,
      })),
      { id: 'r', label: 'r', parent: null },
      { id: 'u', label: 'u', parent: 'r' },
      { id: 'v', label: 'v', parent: 'r' },
    ],
    partitions: [],
  });
  for (const self of [false, true])
    it(`${self ? 'each its own parent' : 'in pairs'}: 10× the categories, at most 12× the look-ups`, () => {
      // Four categories: the whole taxonomy is indexed, every cycle walked.
      const ask = (t: Taxonomy) => () => categoriesDisjoint(['u', 'v', 'r', 'c0'], t);
      const small = cycles(500, self);
      const large = cycles(5000, self);
      expect(categoriesDisjoint(['u', 'v', 'r', 'c0'], small)).toMatchObject({
        disjoint: false,
        reason: 'unpartitioned',
      });
      expect(lookUps(ask(large)) / lookUps(ask(small))).toBeLessThanOrEqual(12);
    });
});
