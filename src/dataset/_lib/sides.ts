import type { Dataset } from '../DatasetSchema.js';

const cache = new WeakMap<Dataset, Map<string, string>>();

/** The party at the end of a party's chain of alignments (itself when it is aligned with none). */
export function sideOf(dataset: Dataset, party: string): string {
  let map = cache.get(dataset);
  if (!map) {
    map = new Map(dataset.parties.map((p) => [p.id, p.alignedWith ?? p.id]));
    cache.set(dataset, map);
  }
  let current = party;
  for (let hops = 0; hops <= dataset.parties.length; hops += 1) {
    const next = map.get(current);
    if (next === undefined || next === current) return current;
    current = next;
  }
  return current;
}

/** Which side a source speaks for: its affiliation's side, or null for an independent source. */
export function sourceSide(
  dataset: Dataset,
  affiliation: string | null | undefined,
): string | null {
  return affiliation === null || affiliation === undefined ? null : sideOf(dataset, affiliation);
}
