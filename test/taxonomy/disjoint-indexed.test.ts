// categoriesDisjoint walks the taxonomy with jump tables (the logarithm of its depth per pair).
// Here it must agree with the plain way, written independently: each category's full path up to
// its root, compared from the root down, on random trees with random partitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoriesDisjoint, isCategoryWithin, type Taxonomy } from '../../src/index.js';

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
        const verdict = categoriesDisjoint([a, b], taxonomy);
        const expected = naive(taxonomy, a, b);
        expect(verdict.disjoint ? 'disjoint' : verdict.reason).toBe(expected);
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
        expect(isCategoryWithin(a, b, taxonomy)).toBe(path.includes(b));
      }),
      { numRuns: 2000 },
    );
  });
});
