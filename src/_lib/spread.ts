// Loops for what a spread into a call would do. `list.push(...items)` and `Math.max(...values)`
// pass every element as an argument, and past about a hundred thousand of them the call
// overflows the stack: a finding resting on 150,000 claims crashed the audit that way.

/** Appends every item to `target`, in order. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The least of `values` (Infinity for none, as Math.min). */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}

/** The greatest of `values` (-Infinity for none, as Math.max). */
export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) if (value > most) most = value;
  return most;
}
