// A taxonomy read by the package is read as it is at each call: an edit made in place between
// two calls is seen by the second, never answered from what was worked out of it before. Only a
// taxonomy that can no longer change (deeply frozen, as `defaultTaxonomy` and what
// `extendTaxonomy` gives are) has what was worked out of it kept.
import { describe, expect, it } from 'vitest';
import {
  categoriesDisjoint,
  categoryRoot,
  defaultTaxonomy,
  exchangeRatio,
  extendTaxonomy,
  isCategoryWithin,
  ledger,
  receivedBy,
  type Exchange,
  type Taxonomy,
} from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { deepFreeze } from '../../src/_lib/deepFreeze.js';

type Editable = {
  categories: { id: string; label: string; parent: string | null }[];
  partitions: { id: string; label: string; of: string; parts: string[]; complete: boolean }[];
};

/** The default taxonomy as a caller's own object, which the caller may edit. */
const own = (): Taxonomy & Editable => JSON.parse(JSON.stringify(defaultTaxonomy));

/** Adds `medic` under `military`, in a partition of its own. */
function addMedic(taxonomy: Editable): void {
  taxonomy.categories.push({ id: 'medic', label: 'medics', parent: 'military' });
  taxonomy.partitions.push({
    id: 'military-role',
    label: 'by role',
    of: 'military',
    parts: ['medic'],
    complete: false,
  });
}

/** An exchange in which A received `medics` medics from B, and B one person from A. */
function medicSwap(medics: number): Exchange {
  return {
    id: 'x',
    parties: ['A', 'B'],
    status: 'completed',
    stages: [{ on: '2024-01-01' }],
    transfers: [
      { id: 't1', from: 'B', to: 'A', category: 'medic', count: { low: medics, high: medics } },
      { id: 't2', from: 'A', to: 'B', category: 'people', count: { low: 1, high: 1 } },
    ],
  };
}

/** Every object in `value`, each once. */
function objectsIn(value: unknown, out = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object' && !out.has(value)) {
    out.add(value);
    for (const item of Object.values(value)) objectsIn(item, out);
  }
  return out;
}

describe('a taxonomy edited in place between two calls', () => {
  it('isCategoryWithin reads the edit', () => {
    const taxonomy = own();
    expect(isCategoryWithin('medic', 'people', taxonomy)).toBe(false);
    addMedic(taxonomy);
    expect(isCategoryWithin('medic', 'people', taxonomy)).toBe(true);
  });

  it('categoryRoot reads the edit', () => {
    const taxonomy = own();
    expect(categoryRoot('medic', taxonomy)).toBeUndefined();
    addMedic(taxonomy);
    expect(categoryRoot('medic', taxonomy)).toBe('people');
  });

  it('categoriesDisjoint reads the edit', () => {
    const taxonomy = own();
    expect(categoriesDisjoint(['medic', 'civilian'], taxonomy)).toMatchObject({
      disjoint: false,
      reason: 'unknown-category',
    });
    addMedic(taxonomy);
    expect(categoriesDisjoint(['medic', 'civilian'], taxonomy)).toEqual({ disjoint: true });
  });

  it('exchangeRatio reads the edit', () => {
    const exchange = medicSwap(3);
    const taxonomy = own();
    expect(exchangeRatio(exchange, ['A', 'B'], 'people', taxonomy).received[0]).toEqual({
      low: 0,
      high: 0,
    });
    addMedic(taxonomy);
    expect(exchangeRatio(exchange, ['A', 'B'], 'people', taxonomy).received[0]).toEqual({
      low: 3,
      high: 3,
    });
  });
});

describe('the caller’s taxonomy is left as it was given', () => {
  it('is not frozen by the functions that read it', () => {
    const taxonomy = own();
    const book = ledger(loadSampleDataset());
    isCategoryWithin('officer', 'people', taxonomy);
    categoriesDisjoint(['officer', 'civilian', 'enlisted'], taxonomy);
    exchangeRatio(loadSampleDataset().exchanges[0] as Exchange, undefined, 'people', taxonomy);
    const total = receivedBy(book, 'UA', { category: 'military', taxonomy });
    expect(total).toEqual(receivedBy(book, 'UA', { category: 'military' }));
    for (const object of objectsIn(taxonomy)) expect(Object.isFrozen(object)).toBe(false);
  });

  it('is not frozen or shared by extendTaxonomy, whose result is frozen', () => {
    const base = own();
    const extended = extendTaxonomy(base, {
      categories: [{ id: 'medic', label: 'medics', parent: 'military' }],
    });
    const made = objectsIn(extended);
    for (const object of made) expect(Object.isFrozen(object)).toBe(true);
    for (const object of objectsIn(base)) {
      expect(Object.isFrozen(object)).toBe(false);
      expect(made.has(object)).toBe(false);
    }
    expect(isCategoryWithin('medic', 'military', extended)).toBe(true);
  });
});

describe('defaultTaxonomy', () => {
  it('is frozen, lists and entries too, so no edit can make it disagree with what was kept', () => {
    for (const object of objectsIn(defaultTaxonomy)) expect(Object.isFrozen(object)).toBe(true);
    expect(() =>
      (defaultTaxonomy.categories as unknown as unknown[]).push({ id: 'medic' }),
    ).toThrow(TypeError);
  });
});

/** A category whose parent is read through a getter, as a class of the caller's may give it. */
class GivenCategory {
  readonly #parent: string | null;
  constructor(
    readonly id: string,
    readonly label: string,
    parent: string | null,
  ) {
    this.#parent = parent;
  }
  get parent(): string | null {
    return this.#parent;
  }
}

describe('a taxonomy that is not plain data is read as any reader reads it', () => {
  const medics = (): Taxonomy => {
    const taxonomy = own();
    taxonomy.categories.push(new GivenCategory('medic', 'medics', 'military'));
    return taxonomy;
  };
  const exchange = medicSwap(10);

  it('gives every function the same answer for a category with a getter', () => {
    const taxonomy = medics();
    expect(isCategoryWithin('medic', 'military', taxonomy)).toBe(true);
    expect(categoryRoot('medic', taxonomy)).toBe('people');
    // Three categories are read from a copy made for the call, two from the object itself.
    expect(categoriesDisjoint(['medic', 'civilian'], taxonomy)).toEqual({ disjoint: true });
    expect(categoriesDisjoint(['medic', 'civilian', 'remains'], taxonomy)).toMatchObject({
      disjoint: false,
      pair: ['medic', 'remains'],
      reason: 'people-and-remains',
    });
    expect(exchangeRatio(exchange, ['A', 'B'], 'military', taxonomy).received[0]).toEqual({
      low: 10,
      high: 10,
    });
  });

  it('gives extendTaxonomy a base it copies whole', () => {
    const extended = extendTaxonomy(medics(), {});
    expect(extended.categories.find((c) => c.id === 'medic')).toEqual({
      id: 'medic',
      label: 'medics',
      parent: 'military',
    });
    expect(isCategoryWithin('medic', 'military', extended)).toBe(true);
  });

  it('reads a taxonomy that holds itself somewhere', () => {
    const taxonomy = own() as Taxonomy & { self?: unknown };
    taxonomy.self = taxonomy;
    expect(categoriesDisjoint(['officer', 'civilian', 'navy'], taxonomy)).toMatchObject({
      disjoint: false,
      pair: ['officer', 'navy'],
    });
  });
});

describe('a frozen taxonomy that can still change is read anew', () => {
  /** `medic` is known to the taxonomy only after `change()`. */
  const cases: [string, () => { taxonomy: Taxonomy; change: () => void }][] = [
    [
      'its categories read through a getter, each list frozen',
      () => {
        let categories = deepFreeze(own().categories);
        const taxonomy = Object.freeze({
          ...deepFreeze(own()),
          get categories() {
            return categories;
          },
        }) as unknown as Taxonomy;
        return {
          taxonomy,
          change: () => {
            const next = own();
            addMedic(next);
            categories = deepFreeze(next.categories);
          },
        };
      },
    ],
    [
      'its categories a hidden list that is not frozen, the rest frozen',
      () => {
        const { categories, ...rest } = own();
        const taxonomy = deepFreeze(rest) as Partial<Editable>;
        const hidden = Object.defineProperty({ ...taxonomy }, 'categories', {
          value: categories,
          enumerable: false,
        });
        Object.freeze(hidden);
        return {
          taxonomy: hidden as unknown as Taxonomy,
          change: () => categories.push({ id: 'medic', label: 'medics', parent: 'military' }),
        };
      },
    ],
    [
      'its lists inherited, its own fields frozen',
      () => {
        const base = own();
        const taxonomy = Object.freeze(
          Object.assign(Object.create(base) as object, { id: base.id, version: base.version }),
        ) as unknown as Taxonomy;
        return { taxonomy, change: () => addMedic(base) };
      },
    ],
    [
      'its categories a frozen list with an iterator of its own',
      () => {
        const backing = own().categories;
        const categories = own().categories as Editable['categories'] & {
          [Symbol.iterator]?: () => Iterator<unknown>;
        };
        categories[Symbol.iterator] = () => backing[Symbol.iterator]();
        const taxonomy = deepFreeze({ ...own(), categories }) as unknown as Taxonomy;
        return {
          taxonomy,
          change: () => backing.push({ id: 'medic', label: 'medics', parent: 'military' }),
        };
      },
    ],
  ];
  it.each(cases)('%s', (_, make) => {
    const { taxonomy, change } = make();
    expect(isCategoryWithin('medic', 'military', taxonomy)).toBe(false);
    change();
    // The list as the package reads it, through its iterator.
    expect([...taxonomy.categories].some((c) => c.id === 'medic')).toBe(true);
    expect(isCategoryWithin('medic', 'military', taxonomy)).toBe(true);
  });
});

describe('deepFreeze, which settles what the package makes', () => {
  it('freezes what a frozen object holds, and a value that holds itself once', () => {
    const inner = { parts: ['a'] };
    const value = { outer: Object.freeze({ inner }), self: undefined as unknown };
    value.self = value;
    deepFreeze(value);
    for (const object of objectsIn(value)) expect(Object.isFrozen(object)).toBe(true);
  });
});

describe('a frozen taxonomy with a field nested deeper than the call stack', () => {
  it('is read like any other', () => {
    let deep: unknown = null;
    for (let k = 0; k < 20_000; k += 1) deep = Object.freeze({ next: deep });
    const taxonomy = Object.freeze({ ...defaultTaxonomy, meta: deep }) as unknown as Taxonomy;
    expect(isCategoryWithin('navy', 'military', taxonomy)).toBe(true);
    expect(categoriesDisjoint(['officer', 'civilian', 'navy'], taxonomy)).toMatchObject({
      disjoint: false,
      pair: ['officer', 'navy'],
    });
  });
});
