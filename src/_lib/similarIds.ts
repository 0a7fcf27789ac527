/**
 * The known ids most worth suggesting for one that was not found, chosen without comparing it with
 * every id: a typo usually keeps the start of an id ("ru-mod" for "ru-ministry-of-defence") or its
 * end ("ua-ru-2023-04-27" for "ua-ru-2023-04-26"), so the ids next to it in sorted order, and in
 * the order of their reversed text, are the candidates. Small lists are given whole.
 * The index is built once, on the first suggestion, so that a dataset with no unknown reference
 * never pays for it.
 */
export class SimilarIds {
  // Each id under its lower-case key (and under its reversed lower-case key), in key order.
  private forward: [string, string][] | undefined;
  private backward: [string, string][] | undefined;

  /** How many candidates a suggestion weighs at most, and how many ids a list may have to be given whole. */
  static readonly CANDIDATES = 64;

  constructor(private readonly ids: () => Iterable<string>) {}

  /** Up to {@link SimilarIds.CANDIDATES} ids to weigh as suggestions for `id`. */
  candidates(id: string): string[] {
    if (!this.forward || !this.backward) {
      const all = [...this.ids()];
      if (all.length <= SimilarIds.CANDIDATES) return all;
      const byKey = (a: [string, string], b: [string, string]) =>
        a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
      this.forward = all.map((k): [string, string] => [k.toLowerCase(), k]).sort(byKey);
      this.backward = all.map((k): [string, string] => [reverse(k.toLowerCase()), k]).sort(byKey);
    }
    const near = new Set<string>();
    const quarter = SimilarIds.CANDIDATES / 4;
    const key = id.toLowerCase();
    for (const [, k] of around(this.forward, key, quarter)) near.add(k);
    for (const [, k] of around(this.backward, reverse(key), quarter)) near.add(k);
    return [...near];
  }
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}

/** Up to `n` entries on each side of where `key` would stand in a list sorted by key. */
function around(
  sorted: readonly [string, string][],
  key: string,
  n: number,
): readonly [string, string][] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as [string, string])[0] < key) low = mid + 1;
    else high = mid;
  }
  return sorted.slice(Math.max(0, low - n), low + n);
}
