// A value's full layout for comparisons that must see more than `toEqual` does: key order, and
// which objects and arrays are frozen.
export type Layout =
  | { frozen: boolean; items: Layout[] }
  | { frozen: boolean; entries: [string, Layout][] }
  | { scalar: unknown };

export function layout(value: unknown): Layout {
  if (Array.isArray(value))
    return { frozen: Object.isFrozen(value), items: value.map((item) => layout(item)) };
  if (typeof value === 'object' && value !== null)
    return {
      frozen: Object.isFrozen(value),
      entries: Object.entries(value).map(([k, v]) => [k, layout(v)]),
    };
  // Object.is tells -0 from 0; toEqual on the wrapped value keeps that distinction.
  return { scalar: Object.is(value, -0) ? '-0' : value };
}
