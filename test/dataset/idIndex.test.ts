// The index of a collection's ids must answer exactly as a Map would, whatever the ids' hashes:
// the hash only says where to look.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashOf, IdIndex } from '../../src/dataset/_lib/idIndex.js';
import { safeParseDataset } from '../../src/index.js';

// Two ids of the id syntax whose hashes are equal, found by trying `party-0`, `party-1`, …
const [TWIN_A, TWIN_B] = ['party-229599', 'party-432382'] as const;

type Op = { kind: 'add' | 'has'; id: string; origin: number };

/** Runs the operations on the index and on a Map, and returns where they first differ. */
function replay(index: IdIndex, ops: readonly Op[]): string | undefined {
  const map = new Map<string, number>();
  for (const [i, { kind, id, origin }] of ops.entries()) {
    let ours: unknown;
    let theirs: unknown;
    if (kind === 'add') {
      ours = index.add(id, origin);
      theirs = map.get(id);
      if (theirs === undefined) map.set(id, origin);
    } else {
      ours = index.has(id);
      theirs = map.has(id);
    }
    if (ours !== theirs) return `op ${i} (${kind} ${JSON.stringify(id)}): ${ours} ≠ ${theirs}`;
    if (index.size !== map.size) return `op ${i}: size ${index.size} ≠ ${map.size}`;
  }
  const order = [...index.keys()].join('\n');
  if (order !== [...map.keys()].join('\n')) return 'keys in another order';
  return undefined;
}

const ops = fc.array(
  fc.record({
    kind: fc.constantFrom('add', 'has'),
    // Few distinct ids, so that most operations meet an id seen before.
    id: fc.oneof(
      fc.string({ maxLength: 3, unit: fc.constantFrom('a', 'b', 'é', '\u{1F600}') }),
      fc.constantFrom(TWIN_A, TWIN_B),
    ),
    origin: fc.nat(50),
  }) as fc.Arbitrary<Op>,
  // Long enough that probes pile up: by default fast-check makes arrays of about ten items.
  { maxLength: 400, size: 'max' },
);

describe('IdIndex', () => {
  it('gives the twins of the fixture the same hash', () => {
    // Else the tests below would not test what they say.
    expect(TWIN_A).not.toBe(TWIN_B);
    expect(hashOf(TWIN_A)).toBe(hashOf(TWIN_B));
  });

  it('answers as a Map does, with the real hash and with hashes that collide', () => {
    const hashes: [string, (id: string) => number][] = [
      ['the real hash', hashOf],
      ['one hash for every id', () => 0],
      ['two hashes', (id) => id.length % 2],
      ['the real hash, folded to 3 bits', (id) => hashOf(id) & 7],
    ];
    for (const [, hash] of hashes)
      fc.assert(
        fc.property(ops, (list) => {
          expect(replay(new IdIndex(hash), list)).toBeUndefined();
        }),
        { numRuns: 300 },
      );
  });

  it('answers as a Map does through its move into one, wherever the move comes', () => {
    // Few spare steps and colliding hashes: the move comes on any kind of operation, a repeated
    // id's included, which must still get the origin it had.
    for (const spare of [0, 3, 20, 100])
      fc.assert(
        fc.property(ops, (list) => {
          expect(replay(new IdIndex(() => 0, spare), list)).toBeUndefined();
          expect(replay(new IdIndex((id) => id.length % 2, spare), list)).toBeUndefined();
        }),
        { numRuns: 300 },
      );
  });

  it('answers as a Map does after it has moved into one', () => {
    const index = new IdIndex(() => 0);
    const list: Op[] = [];
    for (let i = 0; i < 300; i += 1) list.push({ kind: 'add', id: `id-${i}`, origin: i });
    for (let i = 0; i < 400; i += 1) list.push({ kind: 'has', id: `id-${i}`, origin: 0 });
    for (let i = 250; i < 350; i += 1) list.push({ kind: 'add', id: `id-${i}`, origin: -i });
    for (let i = 0; i < 400; i += 1) list.push({ kind: 'add', id: `id-${i}`, origin: 0 });
    expect(replay(index, list)).toBeUndefined();
    // Ids that all collide took the index past its budget of steps.
    expect((index as unknown as { map?: unknown }).map).toBeInstanceOf(Map);
  });

  it('keeps to a real hash on ids of a dataset, without moving into a Map', () => {
    const index = new IdIndex();
    for (let i = 0; i < 100_000; i += 1) index.add(`t${i % 97}-ua-ru-2022-03-24/${i}`, i);
    for (let i = 0; i < 100_000; i += 1) index.has(`t${i % 97}-ua-ru-2022-03-24/${i}`);
    expect((index as unknown as { map?: unknown }).map).toBeUndefined();
    expect(index.size).toBe(100_000);
  });
});

// 256 ids with one hash: each id picks one of two blocks of five characters at eight places, and
// the two blocks of each place leave the hash where the other would.
const BLOCKS = [
  ['xN0jH', 'O1MTU'],
  ['6S7KN', 'aDNsI'],
  ['iLN5W', 'rPAM7'],
  ['/9ZW9', 'EVOl.'],
  ['g4b7_', '1u_Ay'],
  ['HGtEG', 'QYoMg'],
  ['ovUW3', 'zsxcd'],
  ['eSwtJ', '7pgWh'],
] as const;
const COLLIDING = Array.from({ length: 256 }, (_, x) =>
  BLOCKS.map((pair, i) => pair[(x >> i) & 1]).join(''),
);

describe('ids whose hashes are equal, in a dataset', () => {
  it('(the colliding ids of the fixture are 256 ids of one hash)', () => {
    expect(new Set(COLLIDING).size).toBe(256);
    expect(new Set(COLLIDING.map(hashOf)).size).toBe(1);
  });

  it('still tell a record given twice, whenever the index moves into a Map', () => {
    // The move came on the look-up of the repeated id, which lost its first record's origin.
    const parties = (ids: string[]) => ids.map((id) => ({ id, name: 'P', kind: 'state' }));
    for (const distinct of [10, 93, 94, 95, 200]) {
      const ids = [...COLLIDING.slice(0, distinct), COLLIDING[0] as string];
      const result = safeParseDataset({
        format: 'swapledger/1',
        parties: parties(ids),
        sources: [],
        exchanges: [],
        claims: [],
      });
      expect(result.success, `${distinct} ids`).toBe(false);
      if (result.success) continue;
      expect(result.error).toEqual([
        expect.objectContaining({ code: 'duplicate-id', path: ['parties', distinct, 'id'] }),
      ]);
    }
  });

  const dataset = (parties: string[], named: string) => ({
    format: 'swapledger/1',
    parties: parties.map((id) => ({ id, name: id, kind: 'state' })),
    sources: [{ id: 's', name: 'S', kind: 'official', affiliation: named }],
    exchanges: [],
    claims: [],
  });

  it('are two ids, not one record given twice', () => {
    expect(safeParseDataset(dataset([TWIN_A, TWIN_B], TWIN_B)).success).toBe(true);
  });

  it('do not stand for each other', () => {
    const result = safeParseDataset(dataset([TWIN_A], TWIN_B));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toEqual([
      expect.objectContaining({
        code: 'unknown-reference',
        path: ['sources', 0, 'affiliation'],
      }),
    ]);
  });
});
