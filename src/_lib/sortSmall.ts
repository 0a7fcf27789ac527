/** Lists up to this long are sorted by insertion. */
const SHORT = 12;

/**
 * Sorts `list` in place by `compare` and returns it, stably, as `list.sort(compare)` does. A short
 * list is sorted by insertion: the engine's sort makes a work array on every call, and the audit
 * sorts hundreds of thousands of lists of one to a few items (claims of one subject, the camps of
 * a disagreement, a transfer's parts), whose work arrays were a tenth of all it allocated.
 *
 * @internal
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(compare);
  for (let i = 1; i < list.length; i += 1) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j -= 1;
    }
    list[j + 1] = item;
  }
  return list;
}
