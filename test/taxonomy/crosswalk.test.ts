import { describe, expect, it } from 'vitest';
import {
  categoryForWording,
  CrosswalkSchema,
  defaultCrosswalk,
  defaultTaxonomy,
  explainCount,
} from '../../src/index.js';

describe('the default crosswalk', () => {
  it('is valid and names only categories of the default taxonomy', () => {
    expect(CrosswalkSchema.safeParse(defaultCrosswalk).success).toBe(true);
    const ids = new Set<string>(defaultTaxonomy.categories.map((c) => c.id));
    for (const entry of defaultCrosswalk.entries)
      expect(ids.has(entry.category), entry.wording).toBe(true);
  });

  it.each(defaultTaxonomy.categories.map((c) => [c.label, c.id] as const))(
    'reads the label %j as its own category %j',
    (label, id) => {
      expect(categoryForWording(label)).toBe(id);
    },
  );

  it('reads each English plural and its singular as the same category', () => {
    const plural = /s$|men$|ren$|ple$/;
    for (const [many, one] of [
      ['prisoners', 'prisoner'],
      ['soldiers', 'soldier'],
      ['civilians', 'civilian'],
      ['officers', 'officer'],
      ['servicemen', 'serviceman'],
      ['children', 'child'],
      ['women', 'woman'],
      ['bodies', 'body'],
      ['pows', 'pow'],
      ['hostages', 'hostage'],
      ['minors', 'minor'],
      ['national guardsmen', 'national guardsman'],
      ['foreign nationals', 'foreign national'],
    ] as const) {
      expect(plural.test(many)).toBe(true);
      expect(categoryForWording(one), one).toBe(categoryForWording(many));
      expect(categoryForWording(one), one).toBeDefined();
    }
    expect(categoryForWording('hostages')).toBe('hostage');
    expect(categoryForWording('Minor')).toBe('child');
  });

  it('looks up the category wording of each part of a breakdown', () => {
    const parts =
      explainCount('213 soldiers and sergeants, 11 officers and 6 civilians').parts ?? [];
    expect(parts.map((p) => categoryForWording(p.categoryWording))).toEqual([
      'enlisted',
      'officer',
      'civilian',
    ]);
  });
});
