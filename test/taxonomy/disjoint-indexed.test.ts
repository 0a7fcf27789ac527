// categoriesDisjoint walks a settled (deeply frozen) taxonomy with jump tables, the logarithm of
// its depth per pair, and places only the categories asked about in a taxonomy that can still
// change, walking up their parents. Here both must agree with the plain way, written independently: each category's full path
// up to its root, compared from the root down, on random trees with random partitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoriesDisjoint,
  categoryRoot,
  isCategoryWithin,
  type Disjointness,
  type Taxonomy,
} from '../../src/index.js';
import { deepFreeze } from '../../src/_lib/deepFreeze.js';

/** The same taxonomy as the caller's own object and as a settled one. */
const bothWays = (taxonomy: Taxonomy): readonly [string, Taxonomy][] => [
  ['as it is', taxonomy],
  ['settled', deepFreeze(structuredClone(taxonomy))],
];

/** The verdict the plain way: paths to the root, compared from the top. */
function naive(taxonomy: Taxonomy, a: string, b: string): string {
  const parent = new Map(taxonomy.categories.map((c) => [c.id, c.parent]));
  const partitionOf = new Map<string, string>();
  for (const p of taxonomy.partitions) for (const part of p.parts) partitionOf.set(part, p.id);
  const up = (id: string) => {
    const path = [id];
    for (let p = parent.get(id); p; p = parent.get(p)) path.push(p);
    return path;
  };
  if (a === b) return 'same';
  const pa = up(a);
  const pb = up(b);
  if (pa[pa.length - 1] !== pb[pb.length - 1]) return 'people-and-remains';
  if (pb.includes(a) || pa.includes(b)) return 'nested';
  const da = pa.reverse();
  const db = pb.reverse();
  let i = 0;
  while (da[i] === db[i]) i += 1;
  const x = partitionOf.get(da[i]!);
  const y = partitionOf.get(db[i]!);
  if (x === undefined || y === undefined) return 'unpartitioned';
  return x === y ? 'disjoint' : 'different-partitions';
}

/** A random forest of two roots, each category under an earlier one, with random partitions. */
const taxonomies = fc
  .tuple(fc.array(fc.nat(), { minLength: 2, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 60 }))
  .map(([parents, groups]): Taxonomy => {
    const categories = parents.map((pick, i) => ({
      id: `c${i}`,
      label: `c${i}`,
      parent: i < 2 ? null : `c${pick % i}`,
    }));
    // Partitions: children of one category, grouped by the random numbers.
    const byParent = new Map<string, string[]>();
    for (const c of categories)
      if (c.parent) byParent.set(c.parent, [...(byParent.get(c.parent) ?? []), c.id]);
    const partitions = [...byParent].flatMap(([of, children], k) => {
      const split = (groups[k] ?? 0) % 3;
      if (split === 0) return [];
      const parts = split === 1 ? children : children.slice(0, Math.ceil(children.length / 2));
      return [{ id: `p${k}`, label: `p${k}`, of, parts, complete: false }];
    });
    return { id: 't', version: '1', categories, partitions };
  });

describe('categoriesDisjoint', () => {
  it('agrees with the plain walk up to the root on random taxonomies', () => {
    fc.assert(
      fc.property(taxonomies, fc.nat(), fc.nat(), (taxonomy, i, j) => {
        const n = taxonomy.categories.length;
        const a = `c${i % n}`;
        const b = `c${j % n}`;
        const expected = naive(taxonomy, a, b);
        for (const [how, t] of bothWays(taxonomy)) {
          const verdict = categoriesDisjoint([a, b], t);
          expect([how, verdict.disjoint ? 'disjoint' : verdict.reason]).toEqual([how, expected]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isCategoryWithin', () => {
  it('agrees with the plain walk up to the root on random taxonomies', () => {
    fc.assert(
      fc.property(taxonomies, fc.nat(), fc.nat(), (taxonomy, i, j) => {
        const n = taxonomy.categories.length;
        const a = `c${i % n}`;
        const b = `c${j % n}`;
        const parent = new Map(taxonomy.categories.map((c) => [c.id, c.parent]));
        const path: string[] = [];
        for (let c: string | null | undefined = a; c; c = parent.get(c)) path.push(c);
        for (const [how, t] of bothWays(taxonomy))
          expect([how, isCategoryWithin(a, b, t)]).toEqual([how, path.includes(b)]);
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * Taxonomies a validator would refuse, as a caller may still pass one: ids given twice, parents
 * the taxonomy lacks, cycles, a part in two partitions, a parent field left out. The walk and
 * the index of every category must still give the same answers, whatever they are.
 */
/** Ids of up to 16 categories, given twice, under one another or in cycles. */
const ID = fc.integer({ min: 0, max: 15 }).map((k) => `c${k}`);

const anyTaxonomies = fc
  .record({
    categories: fc.array(
      fc.record({
        id: ID,
        parent: fc.oneof(ID, fc.constantFrom(null, undefined, 'gone')),
      }),
      { minLength: 1, maxLength: 24 },
    ),
    partitions: fc.array(
      fc.record({
        id: fc.constantFrom('p0', 'p1', 'p2'),
        of: ID,
        parts: fc.array(ID, { maxLength: 4 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(
    ({ categories, partitions }) =>
      ({
        id: 't',
        version: '1',
        categories: categories.map(({ id, parent }) =>
          parent === undefined ? { id, label: id } : { id, label: id, parent },
        ),
        partitions: partitions.map((p) => ({ ...p, label: p.id, complete: false })),
      }) as unknown as Taxonomy,
  );

/** A chain of 12 to 30 categories under `c0`, each under the one before, the rest as above. */
const deepTaxonomies = fc
  .tuple(anyTaxonomies, fc.integer({ min: 12, max: 30 }))
  .map(([taxonomy, length]) => {
    const chain = Array.from({ length }, (_, k) => ({
      id: `d${k}`,
      label: `d${k}`,
      parent: k === 0 ? 'c0' : `d${k - 1}`,
    }));
    return { ...taxonomy, categories: [...taxonomy.categories, ...chain] } as Taxonomy;
  });

const asked = fc.array(
  fc.oneof(
    ID,
    fc.constantFrom('other', 'd0', 'd11', 'd29'),
    fc.nat(29).map((k) => `d${k}`),
  ),
  { minLength: 2, maxLength: 5 },
);

const verdictOf = (v: Disjointness) => (v.disjoint ? 'disjoint' : `${v.reason}: ${v.message}`);

describe('a taxonomy that can still change, walked, against one indexed whole', () => {
  it('gives the same answers on any taxonomy, valid or not', () => {
    fc.assert(
      fc.property(fc.oneof(anyTaxonomies, deepTaxonomies), asked, (taxonomy, ids) => {
        const settled = deepFreeze(structuredClone(taxonomy));
        const [a, b] = ids as [string, string];
        expect(isCategoryWithin(a, b, taxonomy)).toBe(isCategoryWithin(a, b, settled));
        expect(categoryRoot(a, taxonomy)).toBe(categoryRoot(a, settled));
        // Up to three categories are placed one by one; more are read from an index of every one.
        const few = ids.slice(0, 3);
        expect(verdictOf(categoriesDisjoint(few, taxonomy))).toBe(
          verdictOf(categoriesDisjoint(few, settled)),
        );
        expect(verdictOf(categoriesDisjoint(ids, taxonomy))).toBe(
          verdictOf(categoriesDisjoint(ids, settled)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
