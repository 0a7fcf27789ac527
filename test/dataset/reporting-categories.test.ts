// Categories as reporting uses them: nationals complete the split by citizenship, hostages are a
// category of their own.
import { describe, expect, it } from 'vitest';
import {
  audit,
  categoriesDisjoint,
  defaultTaxonomy,
  extendTaxonomy,
  safeParseDataset,
  type Dataset,
} from '../../src/index.js';
import { copy, seedDataset } from '../fixtures.js';

const n = (low: number) => ({ low, high: low });

const withBreakdown = (
  parts: { category: string; count: { low: number; high: number } }[],
  total: number,
): Dataset => {
  const d = copy(seedDataset());
  d.claims.push({
    id: 'citizenship',
    subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UA' },
    value: n(total),
    source: 'ua-zelensky',
    statedOn: '2023-04-26',
    citations: [{ url: 'https://example.org/citizenship' }],
    breakdown: parts,
    breakdownComplete: true,
  });
  return d;
};

const breakdownFindings = (d: Dataset) =>
  audit(d)
    .findings.filter(
      (f) => f.claims.includes('citizenship') && /breakdown|overlapping/.test(f.code),
    )
    .map((f) => f.code);

describe('categories as reporting uses them', () => {
  it('adds nationals and foreign nationals up to the whole', () => {
    expect(categoriesDisjoint(['national', 'foreign-national']).disjoint).toBe(true);
    expect(
      breakdownFindings(
        withBreakdown(
          [
            { category: 'national', count: n(34) },
            { category: 'foreign-national', count: n(10) },
          ],
          44,
        ),
      ),
    ).toEqual([]);
    expect(
      breakdownFindings(
        withBreakdown(
          [
            { category: 'national', count: n(30) },
            { category: 'foreign-national', count: n(10) },
          ],
          44,
        ),
      ),
    ).toEqual(['breakdown-short-of-total']);
  });

  it('knows hostages, which may be of any status', () => {
    expect(categoriesDisjoint(['hostage', 'civilian']).disjoint).toBe(false);
    expect(categoriesDisjoint(['hostage', 'military']).disjoint).toBe(false);
    const remains = categoriesDisjoint(['hostage', 'remains']);
    expect(remains.disjoint ? undefined : remains.reason).toBe('people-and-remains');
  });
});

describe('a dataset adding parts to the default partitions', () => {
  const codes = (taxonomy: Dataset['taxonomy']) => {
    const d = { ...copy(seedDataset()), taxonomy };
    const r = safeParseDataset(d);
    return r.success ? [] : r.error.map((i) => `${i.path.join('.')} ${i.code}`);
  };

  it('adds a part to a partition that is not complete, and the part is then disjoint from its siblings', () => {
    const taxonomy = {
      categories: [{ id: 'medical-service', label: 'medical service', parent: 'military' }],
      addParts: [{ partition: 'military-service', parts: ['medical-service'] }],
    };
    expect(codes(taxonomy)).toEqual([]);
    const extended = extendTaxonomy(defaultTaxonomy, taxonomy);
    expect(categoriesDisjoint(['medical-service', 'navy'], extended).disjoint).toBe(true);
    // Without the addition the new category may overlap the navy.
    const alone = extendTaxonomy(defaultTaxonomy, { categories: taxonomy.categories });
    expect(categoriesDisjoint(['medical-service', 'navy'], alone).disjoint).toBe(false);
  });

  it('refuses additions to a complete partition, to one that does not exist, or of a non-child', () => {
    expect(
      codes({
        categories: [{ id: 'cadet', label: 'cadets', parent: 'military' }],
        addParts: [
          { partition: 'military-rank', parts: ['cadet'] },
          { partition: 'no-such-split', parts: ['cadet'] },
          { partition: 'civilian-occupation', parts: ['cadet'] },
        ],
      }),
    ).toEqual([
      'taxonomy.addParts.0.partition invalid-partition',
      'taxonomy.addParts.1.partition unknown-reference',
      'taxonomy.addParts.2.parts.0 invalid-partition',
    ]);
  });
});

describe('an addition of a part another partition has', () => {
  it('is reported at the addition, naming the partition that has it', () => {
    const d = {
      ...copy(seedDataset()),
      taxonomy: { addParts: [{ partition: 'military-service', parts: ['pilot'] }] },
    };
    const r = safeParseDataset(d);
    const issues = r.success ? [] : r.error;
    expect(issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'taxonomy.addParts.0.parts.0 invalid-partition',
    ]);
    expect(issues[0]?.message).toContain('already a part of the partition "military-speciality"');
  });
});
