import type { Dataset } from '../Dataset.js';

const cache = new WeakMap<Dataset, { aligned: Map<string, string>; side: Map<string, string> }>();

/** The party at the end of a party's chain of alignments (itself when it is aligned with none). */
export function sideOf(dataset: Dataset, party: string): string {
  let memo = cache.get(dataset);
  if (!memo) {
    memo = {
      aligned: new Map(dataset.parties.map((p) => [p.id, p.alignedWith ?? p.id])),
      side: new Map(),
    };
    cache.set(dataset, memo);
  }
  const known = memo.side.get(party);
  if (known !== undefined) return known;
  // Walk the chain once, and remember the answer for every party on it: a long chain asked
  // about from each of its parties costs its length once, not its length each time.
  const path: string[] = [];
  let current = party;
  for (let hops = 0; hops <= dataset.parties.length; hops += 1) {
    const resolved = memo.side.get(current);
    if (resolved !== undefined) {
      current = resolved;
      break;
    }
    path.push(current);
    const next = memo.aligned.get(current);
    if (next === undefined || next === current) break;
    current = next;
  }
  for (const p of path) memo.side.set(p, current);
  return current;
}

export function sourceSide(
  dataset: Dataset,
  affiliation: string | null | undefined,
): string | null {
  return affiliation === null || affiliation === undefined ? null : sideOf(dataset, affiliation);
}
