// A problem an addition of parts causes is told at the addition and the place in it that gave the
// part, whichever entry of `addParts` it is and however many entries grow the same partition.
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy, safeExtendTaxonomy, type TaxonomyExtension } from '../../src/index.js';

const told = (extension: TaxonomyExtension) => {
  const r = safeExtendTaxonomy(defaultTaxonomy, extension);
  return r.success ? [] : r.error.map((i) => `${i.path.join('.')} ${i.code} ${i.message}`);
};

// A category with two children, split by a partition of its own in the tests that need one.
const units = [
  { id: 'unit', label: 'units', parent: 'military' },
  { id: 'u0', label: 'u0', parent: 'unit' },
  { id: 'u1', label: 'u1', parent: 'unit' },
];
const medic = { id: 'medic', label: 'medics', parent: 'military' } as const;
const cadet = { id: 'cadet', label: 'cadets', parent: 'civilian' } as const;

describe('addParts: where a problem is told', () => {
  it('points at the first of two entries growing one partition when the first gave the part', () => {
    // cadet is no child of military: the first entry's mistake, not the second's.
    expect(
      told({
        categories: [medic, cadet],
        addParts: [
          { partition: 'military-service', parts: ['cadet'] },
          { partition: 'military-service', parts: ['medic'] },
        ],
      }),
    ).toEqual([
      expect.stringMatching(/^addParts\.0\.parts\.0 invalid-partition "cadet" cannot be a part of/),
    ]);
  });

  it('points at the part within its entry, not at the entry', () => {
    expect(
      told({
        categories: [medic, cadet],
        addParts: [{ partition: 'military-service', parts: ['medic', 'cadet'] }],
      }),
    ).toEqual([expect.stringMatching(/^addParts\.0\.parts\.1 invalid-partition /)]);
  });

  it('tells a part listed twice in one entry as listed twice, at the second place', () => {
    expect(
      told({
        categories: [medic],
        addParts: [{ partition: 'military-service', parts: ['medic', 'medic'] }],
      }),
    ).toEqual([
      'addParts.0.parts.1 invalid-partition "medic" is listed twice among the parts of the partition "military-service"',
    ]);
  });

  it('tells a part two entries give to one partition as listed twice, at the later entry', () => {
    expect(
      told({
        categories: [medic],
        addParts: [
          { partition: 'military-service', parts: ['medic'] },
          { partition: 'military-service', parts: ['medic'] },
        ],
      }),
    ).toEqual([
      'addParts.1.parts.0 invalid-partition "medic" is listed twice among the parts of the partition "military-service"',
    ]);
  });

  it('points into an added partition for its own parts, and at the addition for the parts given to it', () => {
    expect(
      told({
        categories: [medic, cadet, { id: 'sapper', label: 'sappers', parent: 'military' }],
        partitions: [
          {
            id: 'military-trade',
            label: 'by trade',
            of: 'military',
            parts: ['sapper', 'cadet'],
            complete: false,
          },
        ],
        addParts: [{ partition: 'military-trade', parts: ['medic', 'cadet'] }],
      }),
    ).toEqual([
      // A part it cannot have holds no place in it: given again, it is told the same, there.
      expect.stringMatching(
        /^partitions\.0\.parts\.1 invalid-partition "cadet" cannot be a part of "military-trade"/,
      ),
      expect.stringMatching(
        /^addParts\.0\.parts\.1 invalid-partition "cadet" cannot be a part of "military-trade"/,
      ),
    ]);
  });

  it('accepts two entries growing one partition with different parts', () => {
    const r = safeExtendTaxonomy(defaultTaxonomy, {
      categories: [medic, { id: 'sapper', label: 'sappers', parent: 'military' }],
      addParts: [
        { partition: 'military-service', parts: ['medic'] },
        { partition: 'military-service', parts: ['sapper'] },
      ],
    });
    expect(
      r.success && r.data.partitions.find((p) => p.id === 'military-service')?.parts.slice(-2),
    ).toEqual(['medic', 'sapper']);
  });
});

describe('addParts: what is told', () => {
  it('tells a part the partition holds as written as already a part of it', () => {
    expect(told({ addParts: [{ partition: 'military-service', parts: ['navy'] }] })).toEqual([
      'addParts.0.parts.0 invalid-partition "navy" is already a part of the partition "military-service"',
    ]);
  });

  it('tells a part of another partition that is no child of the split both ways', () => {
    expect(told({ addParts: [{ partition: 'military-service', parts: ['civilian'] }] })).toEqual([
      expect.stringMatching(
        /^addParts\.0\.parts\.0 invalid-partition "civilian" is already a part of the partition "people-status"/,
      ),
      expect.stringMatching(
        /^addParts\.0\.parts\.0 invalid-partition "civilian" cannot be a part of "military-service"/,
      ),
    ]);
  });

  it('tells a partition grown past its limit at the entry that grows it, naming the partition', () => {
    const many = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}${i}`,
        label: 'x',
        parent: 'military',
      }));
    const ids = (list: { id: string }[]) => list.map((c) => c.id);
    // military-service holds 8 parts: 93 more make 101.
    const extra = many('m', 93);
    expect(
      told({ categories: extra, addParts: [{ partition: 'military-service', parts: ids(extra) }] }),
    ).toEqual([
      'addParts.0.parts too-large the partition "military-service" holds at most 100 parts; with these it would hold 101',
    ]);
    // Within the limit, the first entry is taken and the second, which passes it, is told.
    expect(
      told({
        categories: extra,
        addParts: [
          { partition: 'military-service', parts: ids(extra).slice(0, 90) },
          { partition: 'military-service', parts: ids(extra).slice(90) },
        ],
      }),
    ).toEqual([
      'addParts.1.parts too-large the partition "military-service" holds at most 100 parts; with these it would hold 101',
    ]);
    // An added partition of 60 grown by 60: told at the addition, and nothing else is wrong.
    const own = many('a', 60);
    const more = many('b', 60);
    expect(
      told({
        categories: [...own, ...more],
        partitions: [
          { id: 'trade', label: 'by trade', of: 'military', parts: ids(own), complete: false },
        ],
        addParts: [{ partition: 'trade', parts: ids(more) }],
      }),
    ).toEqual([
      'addParts.0.parts too-large the partition "trade" holds at most 100 parts; with these it would hold 120',
    ]);
  });
});

describe('addParts: the limit of a partition, and parts that cannot be parts', () => {
  const children = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: 'x', parent: 'military' }));
  const ids = (list: { id: string }[]) => list.map((c) => c.id);

  it('counts only the parts that can be parts toward the limit, and tells the others', () => {
    // 8 as written and 92 given make 100, the limit: the unknown part is what is wrong.
    const valid = children(92);
    expect(
      told({
        categories: valid,
        addParts: [{ partition: 'military-service', parts: [...ids(valid), 'nope'] }],
      }),
    ).toEqual([expect.stringMatching(/^addParts\.0\.parts\.92 unknown-reference /)]);
    // One more that can be a part passes the limit: both are told.
    const more = children(93);
    expect(
      told({
        categories: [...more, { id: 'q', label: 'q', parent: 'civilian' }],
        addParts: [{ partition: 'military-service', parts: [...ids(more), 'nope', 'q'] }],
      }),
    ).toEqual([
      'addParts.0.parts too-large the partition "military-service" holds at most 100 parts; with these it would hold 101',
      expect.stringMatching(/^addParts\.0\.parts\.93 unknown-reference /),
      expect.stringMatching(/^addParts\.0\.parts\.94 invalid-partition "q" cannot be a part of/),
    ]);
  });

  it('leaves a part that could not join one partition free for the one it belongs to', () => {
    expect(
      told({
        categories: units,
        partitions: [
          { id: 'unit-p', label: 'by unit', of: 'unit', parts: ['u0'], complete: false },
        ],
        addParts: [
          { partition: 'military-service', parts: ['u1'] },
          { partition: 'unit-p', parts: ['u1'] },
        ],
      }),
    ).toEqual([
      expect.stringMatching(
        /^addParts\.0\.parts\.0 invalid-partition "u1" cannot be a part of "military-service"/,
      ),
    ]);
  });
});

describe('a part an added partition cannot have', () => {
  it('holds no place there that the partition it belongs to is told it claims', () => {
    expect(
      told({
        categories: units,
        partitions: [
          {
            id: 'trade',
            label: 'by trade',
            of: 'military',
            parts: ['unit', 'u1'],
            complete: false,
          },
          { id: 'unit-p', label: 'by unit', of: 'unit', parts: ['u0'], complete: false },
        ],
        addParts: [{ partition: 'unit-p', parts: ['u1'] }],
      }),
    ).toEqual([
      expect.stringMatching(
        /^partitions\.0\.parts\.1 invalid-partition "u1" cannot be a part of "trade"/,
      ),
    ]);
  });
});

describe('a partition listing one part twice', () => {
  it('is told so, at the second place, in a partition the extension adds', () => {
    expect(
      told({
        categories: [medic],
        partitions: [
          {
            id: 'military-trade',
            label: 'by trade',
            of: 'military',
            parts: ['medic', 'medic'],
            complete: false,
          },
        ],
      }),
    ).toEqual([
      'partitions.0.parts.1 invalid-partition "medic" is listed twice among the parts of the partition "military-trade"',
    ]);
  });
});
