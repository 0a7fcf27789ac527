// The ids a message suggests for an unknown one: the edit distance they are ranked by, against a
// plain table of every cell, and the near miss named first however long the ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/_lib/messages.js';
import { validateDataset } from '../../src/index.js';
import { copy, seedDataset } from '../fixtures.js';

/** Levenshtein distance, every cell of the table filled. */
function plain(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[y.length]!;
}

describe('suggestions for an unknown id', () => {
  it('rank by the exact edit distance up to 16, and put farther ids past it', () => {
    // A small alphabet, so that strings come near one another, and lengths past an id's.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 140 });
    const near = fc.tuple(text, fc.array(fc.nat(139), { maxLength: 20 })).map(([x, edits]) => {
      let y = x;
      for (const at of edits)
        y = at % 3 === 0 ? y.slice(0, at) + 'd' + y.slice(at) : y.slice(0, at) + y.slice(at + 1);
      return [x, y] as const;
    });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(text, text), near), ([x, y]) => {
        expect(editDistance(x, y)).toBe(Math.min(plain(x, y), 17));
        // Its rows are reused between calls: a second call answers the same.
        expect(editDistance(y, x)).toBe(Math.min(plain(x, y), 17));
      }),
      { numRuns: 2000 },
    );
  });

  it('are weighed for the first hundred unknown names only, so that many cost little', () => {
    const dataset = copy(seedDataset());
    const claim = dataset.claims[0]!;
    dataset.claims = Array.from({ length: 150 }, (_, i) => ({
      ...claim,
      id: `c${i}`,
      source: `ua-yermak-${i}`,
    }));
    const result = validateDataset(dataset);
    const messages = result.success ? [] : result.error.map((i) => i.message);
    expect(messages).toHaveLength(150);
    expect(messages.filter((m) => m.includes('(known: '))).toHaveLength(100);
    expect(messages[99]).toContain('(known: "ua-yermak", ');
    expect(messages[100]).toBe('no source with id "ua-yermak-100"');
  });

  it('names the id one letter away first, wherever long ids differ', () => {
    const middle = 'azovstal-defenders-and-foreign-volunteers-via-saudi-arabia';
    const known = ['AE', 'BY', 'DE', 'RU', 'UA'].map((to) => `ua-ru-2022-09-21-${middle}/to-${to}`);
    expect(known[0]!.length).toBeGreaterThan(64);
    for (const [typo, meant] of [
      [`ux-ru-2022-09-21-${middle}/to-UA`, known[4]!],
      [`ua-ru-2022-09-21-${middle}/to-UX`, known[4]!],
      [`ua-ru-2022-09-21-${middle.replace('saudi', 'sadi')}/to-DE`, known[2]!],
    ] as const) {
      const dataset = copy(seedDataset());
      for (const id of known) dataset.sources.push({ ...dataset.sources[0]!, id });
      dataset.claims[0]!.source = typo;
      const result = validateDataset(dataset);
      expect(result.success ? '' : result.error[0]!.message).toContain(`(known: "${meant}", `);
    }
  });
});
