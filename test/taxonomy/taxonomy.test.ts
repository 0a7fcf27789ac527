import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  safeAssertTaxonomy,
  categoriesDisjoint,
  categoryForWording,
  categoryRoot,
  CrosswalkSchema,
  defaultCrosswalk,
  defaultTaxonomy,
  extendTaxonomy,
  isCategoryWithin,
  safeExtendTaxonomy,
  SwapledgerError,
  validateTaxonomy,
  type Category,
  type Taxonomy,
} from '../../src/index.js';

const ids = defaultTaxonomy.categories.map((c) => c.id);

describe('categoriesDisjoint', () => {
  it('lets the seed article breakdown be summed', () => {
    expect(categoriesDisjoint(['enlisted', 'officer', 'civilian'])).toEqual({ disjoint: true });
  });

  it.each([
    [['officer', 'national-guard'], 'different-partitions'],
    [['military', 'officer'], 'nested'],
    [['officer', 'military'], 'nested'],
    [['civilian', 'civilian'], 'same'],
    [['military', 'military-remains'], 'people-and-remains'],
    [['woman', 'civilian'], 'different-partitions'],
    [['pows', 'civilian'], 'unknown-category'],
  ] as const)('refuses %j (%s)', (pair, reason) => {
    const verdict = categoriesDisjoint(pair);
    expect(verdict).toMatchObject({ disjoint: false, reason });
    if (!verdict.disjoint) expect(verdict.message.length).toBeGreaterThan(10);
  });

  it('accepts the branches of one partition at any depth', () => {
    expect(categoriesDisjoint(['private', 'sergeant', 'officer', 'civilian']).disjoint).toBe(true);
    expect(
      categoriesDisjoint([
        'army',
        'navy',
        'border-guard',
        'territorial-defence',
        'national-guard',
        'police',
      ]).disjoint,
    ).toBe(true);
    expect(categoriesDisjoint(['military-remains', 'civilian-remains']).disjoint).toBe(true);
    expect(categoriesDisjoint([]).disjoint).toBe(true);
  });

  it('is symmetric and agrees with ancestry', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const ab = categoriesDisjoint([a, b]);
        const ba = categoriesDisjoint([b, a]);
        expect(ab.disjoint).toBe(ba.disjoint);
        if (isCategoryWithin(a, b) || isCategoryWithin(b, a)) expect(ab.disjoint).toBe(false);
        if (categoryRoot(a) !== categoryRoot(b))
          expect(ab).toMatchObject({ reason: 'people-and-remains' });
        // Disjointness is inherited: whatever lies within a disjoint pair is disjoint too.
        if (ab.disjoint) {
          for (const c of ids)
            if (isCategoryWithin(c, a)) expect(categoriesDisjoint([c, b]).disjoint).toBe(true);
        }
      }),
    );
  });
});

describe('taxonomy structure', () => {
  it('default taxonomy is valid and has the two roots', () => {
    expect(validateTaxonomy(defaultTaxonomy).success).toBe(true);
    expect(categoryRoot('officer')).toBe('people');
    expect(categoryRoot('foreign-remains')).toBe('remains');
    expect(categoryRoot('nope')).toBeUndefined();
    expect(isCategoryWithin('private', 'military')).toBe(true);
    expect(isCategoryWithin('military', 'private')).toBe(false);
    expect(isCategoryWithin('nope', 'people')).toBe(false);
  });

  it('keys the categories to the treaty articles', () => {
    const categories: readonly Category[] = defaultTaxonomy.categories;
    const legal = (id: string) => categories.find((c) => c.id === id)?.legal?.[0];
    expect(legal('military')).toMatchObject({ instrument: 'GC III', articles: ['4'] });
    expect(legal('civilian')).toMatchObject({ instrument: 'GC IV' });
    expect(legal('seriously-wounded')).toMatchObject({
      instrument: 'GC III',
      articles: ['109', '110'],
    });
  });

  const base = (extra: Partial<Taxonomy>): unknown => ({
    id: 't',
    version: '1',
    categories: [
      { id: 'people', label: 'people', parent: null },
      { id: 'a', label: 'a', parent: 'people' },
      { id: 'b', label: 'b', parent: 'people' },
    ],
    partitions: [{ id: 'ab', label: 'ab', of: 'people', parts: ['a', 'b'], complete: true }],
    ...extra,
  });

  it.each([
    [
      'duplicate category',
      {
        categories: [
          { id: 'people', label: 'p', parent: null },
          { id: 'people', label: 'p', parent: null },
        ],
      },
      ['categories', 1, 'id'],
      'duplicate-id',
    ],
    [
      'unknown parent',
      {
        categories: [
          { id: 'people', label: 'p', parent: null },
          { id: 'x', label: 'x', parent: 'ghost' },
        ],
      },
      ['categories', 1, 'parent'],
      'unknown-reference',
    ],
    [
      'cycle',
      {
        partitions: [],
        categories: [
          { id: 'a', label: 'a', parent: 'b' },
          { id: 'b', label: 'b', parent: 'a' },
        ],
      },
      ['categories', 0, 'parent'],
      'cycle',
    ],
    [
      'part that is not a child',
      { partitions: [{ id: 'ab', label: 'ab', of: 'a', parts: ['b'], complete: false }] },
      ['partitions', 0, 'parts', 0],
      'invalid-partition',
    ],
    [
      'part in two partitions',
      {
        partitions: [
          { id: 'p1', label: 'p', of: 'people', parts: ['a', 'b'], complete: true },
          { id: 'p2', label: 'p', of: 'people', parts: ['a'], complete: false },
        ],
      },
      ['partitions', 1, 'parts', 0],
      'invalid-partition',
    ],
    [
      'partition of a missing category',
      { partitions: [{ id: 'p1', label: 'p', of: 'ghost', parts: ['a'], complete: true }] },
      ['partitions', 0, 'of'],
      'unknown-reference',
    ],
    [
      'duplicate partition',
      {
        partitions: [
          { id: 'p', label: 'p', of: 'people', parts: ['a'], complete: false },
          { id: 'p', label: 'p', of: 'people', parts: ['b'], complete: false },
        ],
      },
      ['partitions', 1, 'id'],
      'duplicate-id',
    ],
    [
      'empty partition',
      { partitions: [{ id: 'p', label: 'p', of: 'people', parts: [], complete: false }] },
      ['partitions', 0, 'parts'],
      'too-small',
    ],
  ] as const)('rejects a taxonomy with a %s', (_, extra, path, code) => {
    const result = validateTaxonomy(base(extra as unknown as Partial<Taxonomy>));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('calls a category under an unknown parent no cycle, and names only the loop of a cycle', () => {
    const result = validateTaxonomy({
      id: 't',
      version: '1',
      partitions: [],
      categories: [
        { id: 'people', label: 'p', parent: null },
        { id: 'military', label: 'm', parent: 'ghost' },
        { id: 'officer', label: 'o', parent: 'military' },
        { id: 'a', label: 'a', parent: 'b' },
        { id: 'b', label: 'b', parent: 'a' },
        { id: 'under-the-loop', label: 'u', parent: 'a' },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['categories.1.parent', 'unknown-reference'],
        ['categories.3.parent', 'cycle'],
        ['categories.4.parent', 'cycle'],
      ]);
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(validateTaxonomy(input).success).toBe(false);
      }),
    );
  });
});

describe('extendTaxonomy', () => {
  it('adds categories that then obey the partitions', () => {
    const taxonomy = extendTaxonomy(defaultTaxonomy, {
      categories: [
        { id: 'medic', label: 'medics', parent: 'military' },
        { id: 'gunner', label: 'gunners', parent: 'military' },
      ],
      partitions: [
        {
          id: 'military-role',
          label: 'by role',
          of: 'military',
          parts: ['medic', 'gunner'],
          complete: false,
        },
      ],
    });
    expect(categoriesDisjoint(['medic', 'gunner'], taxonomy).disjoint).toBe(true);
    expect(categoriesDisjoint(['medic', 'officer'], taxonomy)).toMatchObject({
      reason: 'different-partitions',
    });
    expect(categoriesDisjoint(['medic', 'civilian'], taxonomy).disjoint).toBe(true);
  });

  it('gives a taxonomy the package accepts, and can extend it again', () => {
    const once = extendTaxonomy(defaultTaxonomy, {
      categories: [{ id: 'medic', label: 'medics', parent: 'military' }],
    });
    expect(safeAssertTaxonomy(once).success).toBe(true);
    const twice = safeExtendTaxonomy(once, {
      categories: [{ id: 'gunner', label: 'gunners', parent: 'military' }],
    });
    expect(twice.success).toBe(true);
  });

  it('refuses an extension that takes the categories past the limit of a taxonomy', () => {
    const chain = (prefix: string, n: number, top: string) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}${i}`,
        label: 'x',
        parent: i === 0 ? top : `${prefix}${i - 1}`,
      }));
    const base = extendTaxonomy(defaultTaxonomy, {
      categories: chain('a', 10_000 - defaultTaxonomy.categories.length, 'people'),
    });
    const result = safeExtendTaxonomy(base, { categories: chain('b', 10, 'people') });
    // In the extension's terms: its own list is within the limit, the two together are not.
    expect(result).toEqual({
      success: false,
      error: [
        {
          path: ['categories'],
          code: 'too-large',
          message:
            "a taxonomy holds at most 10,000 categories: the base taxonomy's 10,000 and these 10 make 10,010",
        },
      ],
    });
  });

  it('points issues into the extension', () => {
    const result = safeExtendTaxonomy(defaultTaxonomy, {
      categories: [{ id: 'x', label: 'x', parent: 'ghost' }],
    });
    expect(result).toMatchObject({
      success: false,
      error: [{ path: ['categories', 0, 'parent'], code: 'unknown-reference' }],
    });
    expect(() =>
      extendTaxonomy(defaultTaxonomy, {
        categories: [{ id: 'officer', label: 'o', parent: 'military' }],
      }),
    ).toThrow(SwapledgerError);
  });
});

describe('crosswalk', () => {
  it('maps each side’s words onto categories', () => {
    expect(categoryForWording('soldiers and sergeants')).toBe('enlisted');
    expect(categoryForWording('  National   Guardsmen ')).toBe('national-guard');
    expect(categoryForWording('нацгвардійці')).toBe('national-guard');
    expect(categoryForWording('военнопленные')).toBe('military');
    expect(categoryForWording('bodies')).toBe('remains');
    expect(categoryForWording('unicorns')).toBeUndefined();
  });

  it('prefers a party’s own entry for that party', () => {
    const crosswalk = {
      id: 'c',
      version: '1',
      entries: [
        { wording: 'servicemen', category: 'military' },
        { wording: 'servicemen', category: 'officer', party: 'RU' },
      ],
    };
    expect(categoryForWording('servicemen', crosswalk, 'RU')).toBe('officer');
    expect(categoryForWording('servicemen', crosswalk, 'UA')).toBe('military');
  });

  it('names only categories of the default taxonomy', () => {
    expect(CrosswalkSchema.safeParse(defaultCrosswalk).success).toBe(true);
    for (const entry of defaultCrosswalk.entries) expect(ids).toContain(entry.category);
  });
});
