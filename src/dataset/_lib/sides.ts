import type { Dataset } from '../Dataset.js';

/** The side of a party: the party at the end of its chain of alignments. */
export type SideOf = (party: string) => string;

/**
 * The side of each party of `dataset`, as a function that remembers its answers: the party at the
 * end of a party's chain of alignments (itself when it is aligned with none). Made once per call
 * of whoever asks (an audit, a report) and never kept beyond it, so a dataset changed in place
 * between two calls is read afresh.
 */
export function partySides(dataset: Dataset): SideOf {
  const aligned = new Map(dataset.parties.map((p) => [p.id, p.alignedWith ?? p.id]));
  const side = new Map<string, string>();
  const limit = dataset.parties.length;
  return (party) => {
    const known = side.get(party);
    if (known !== undefined) return known;
    // Walk the chain once, and remember the answer for every party on it: a long chain asked
    // about from each of its parties costs its length once, not its length each time.
    const path: string[] = [];
    let current = party;
    for (let hops = 0; hops <= limit; hops += 1) {
      const resolved = side.get(current);
      if (resolved !== undefined) {
        current = resolved;
        break;
      }
      path.push(current);
      const next = aligned.get(current);
      if (next === undefined || next === current) break;
      current = next;
    }
    for (const p of path) side.set(p, current);
    return current;
  };
}

/** The side a source speaks for: its affiliation's, or none. */
export function sourceSide(sideOf: SideOf, affiliation: string | null | undefined): string | null {
  return affiliation === null || affiliation === undefined ? null : sideOf(affiliation);
}
