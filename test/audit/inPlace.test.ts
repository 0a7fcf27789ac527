// A dataset changed in place between two audits is audited as it now is. The audit once kept the
// dataset's taxonomy and its parties' sides in tables tied to the objects it was given, across
// calls, and answered a second audit of an edited object from them.
import { describe, expect, it } from 'vitest';
import { assessAllForAll, audit, safeParseDataset, type Dataset } from '../../src/index.js';

const base = (): Dataset => ({
  format: 'swapledger/1',
  parties: [
    { id: 'UA', name: 'Ukraine', kind: 'state' },
    { id: 'RU', name: 'Russia', kind: 'state' },
    { id: 'DPR', name: 'An authority', kind: 'de-facto-authority', alignedWith: 'UA' },
  ],
  sources: [
    { id: 'ua', name: 'UA official', kind: 'official', affiliation: 'UA' },
    { id: 'dpr', name: 'Authority official', kind: 'official', affiliation: 'DPR' },
  ],
  exchanges: [],
  claims: [],
});

const held = (id: string, source: string, n: number, holder = 'RU', of = 'UA') =>
  ({
    id,
    source,
    statedOn: '2023-01-01',
    citations: [{ url: `https://example.org/${id}` }],
    subject: { type: 'held', holder, of },
    value: { low: n, high: n },
  }) as Dataset['claims'][number];

describe('a dataset changed in place', () => {
  it('is audited with its taxonomy as it now is', () => {
    const d: Dataset = {
      ...base(),
      taxonomy: {
        categories: [
          { id: 'medic', label: 'medics', parent: 'military' },
          { id: 'gunner', label: 'gunners', parent: 'military' },
        ],
      },
      claims: [
        {
          ...held('c1', 'ua', 10),
          subject: { type: 'held', holder: 'RU', of: 'UA', category: 'military' },
          breakdown: [
            { category: 'medic', count: { low: 8, high: 8 } },
            { category: 'gunner', count: { low: 8, high: 8 } },
          ],
        },
      ],
    };
    expect(audit(d).findings.map((f) => f.code)).toEqual(['overlapping-parts']);
    // Medics and gunners now split the military one way: 8 + 8 is more than the 10 held.
    (d.taxonomy as { partitions?: unknown }).partitions = [
      {
        id: 'by-role',
        label: 'by role',
        of: 'military',
        parts: ['medic', 'gunner'],
        complete: false,
      },
    ];
    expect(safeParseDataset(d).success).toBe(true);
    expect(audit(d).findings.map((f) => f.code)).toEqual(['breakdown-exceeds-total']);
    expect(audit(d)).toEqual(audit(structuredClone(d)));
  });

  it('is audited with its parties sides as they now are', () => {
    const d: Dataset = { ...base(), claims: [held('c1', 'ua', 100), held('c2', 'dpr', 300)] };
    const sides = () => audit(d).findings.find((f) => f.code === 'claims-disagree')?.sides;
    expect(sides()).toBe('same');
    (d.parties[2] as { alignedWith?: string }).alignedWith = 'RU';
    expect(sides()).toBe('opposite');
    expect(audit(d)).toEqual(audit(structuredClone(d)));
  });

  it('is assessed for "all for all" with its parties sides as they now are', () => {
    const d: Dataset = { ...base(), claims: [held('c1', 'ua', 100, 'DPR', 'RU')] };
    const first = assessAllForAll(d, { parties: ['UA', 'RU'] });
    expect(first.uncertainties.map((u) => u.code)).toContain('held-by-aligned-group');
    (d.parties[2] as { alignedWith?: string }).alignedWith = 'RU';
    expect(assessAllForAll(d, { parties: ['UA', 'RU'] })).toEqual(
      assessAllForAll(structuredClone(d), { parties: ['UA', 'RU'] }),
    );
  });
});
