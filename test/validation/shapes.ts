import { z } from 'zod';

/** A recursive record, for z.lazy. */
export interface Tree {
  name: string;
  children: Tree[];
}
const tree: z.ZodType<Tree> = z.lazy(() =>
  z.strictObject({ name: z.string(), children: z.array(tree).max(3) }),
);

// Shapes the package's models do not use, or use only rarely: the parser must still agree with zod
// on them, by compiling them or by handing them to zod.
export const SHAPES = {
  readonly: z.strictObject({ tags: z.array(z.string().max(3)).readonly() }).readonly(),
  optional: z.object({ a: z.string().optional(), b: z.number().nullable() }),
  defaulted: z.object({ a: z.string().default('x'), b: z.int().min(-3).max(3) }),
  tuple: z.tuple([z.string(), z.int()]),
  record: z.record(z.string(), z.boolean()),
  manyValues: z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']),
  numericLiteral: z.literal([0, 1, 2.5, true, null]),
  discriminated: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('a'), n: z.int() }),
    z.strictObject({ kind: z.literal(1), s: z.string().min(2) }),
  ]),
  exclusive: z.xor([z.object({ a: z.string() }), z.object({ b: z.int() })]),
  union: z.union([z.strictObject({ x: z.int() }), z.object({ x: z.string() }), z.null()]),
  lengths: z.strictObject({
    short: z.string().min(2).max(4),
    list: z.array(z.int()).min(1).max(2),
  }),
  pattern: z.string().regex(/ab+/g),
  transformed: z.string().transform((s) => s.length),
  bounds: z.number().gt(-1).lt(1),
  protoKey: z.strictObject({ ['__proto__']: z.string().exactOptional(), a: z.int() }),
  recursive: tree,
} satisfies Record<string, z.ZodType>;

/** Values on either side of each shape's rules. */
export const NEAR_MISSES: [z.ZodType, unknown][] = [
  [SHAPES.readonly, { tags: ['a', 'bcd'] }],
  [SHAPES.readonly, { tags: ['abcd'] }],
  [SHAPES.readonly, { tags: ['a'], extra: 1 }],
  [SHAPES.optional, { b: null }],
  [SHAPES.optional, { a: undefined, b: 1 }],
  [SHAPES.optional, { a: 'x', b: 1, c: 'stripped' }],
  [SHAPES.optional, { a: 'x' }],
  [SHAPES.defaulted, { b: 3 }],
  [SHAPES.defaulted, { b: 4 }],
  [SHAPES.tuple, ['a', 1]],
  [SHAPES.tuple, ['a', 1.5]],
  [SHAPES.record, { a: true }],
  [SHAPES.manyValues, 'j'],
  [SHAPES.manyValues, 'k'],
  [SHAPES.numericLiteral, -0],
  [SHAPES.numericLiteral, 2.5],
  [SHAPES.numericLiteral, NaN],
  [SHAPES.numericLiteral, 'true'],
  [SHAPES.discriminated, { kind: 'a', n: 1 }],
  [SHAPES.discriminated, { kind: 1, s: 'ab' }],
  [SHAPES.discriminated, { kind: '1', s: 'ab' }],
  [SHAPES.discriminated, { kind: 'a', s: 'ab' }],
  [SHAPES.exclusive, { a: 'x' }],
  [SHAPES.exclusive, { a: 'x', b: 1 }],
  [SHAPES.exclusive, { c: 1 }],
  [SHAPES.union, { x: 1 }],
  [SHAPES.union, { x: 'one', y: 'stripped by the second option' }],
  [SHAPES.union, null],
  // zod counts lengths in code points: two astral characters are four UTF-16 units.
  [SHAPES.lengths, { short: '😀😀', list: [1] }],
  [SHAPES.lengths, { short: '😀', list: [1] }],
  [SHAPES.lengths, { short: '😀😀😀', list: [1] }],
  [SHAPES.lengths, { short: '😀😀😀😀😀', list: [1] }],
  [SHAPES.lengths, { short: 'abc', list: [] }],
  [SHAPES.lengths, { short: 'abc', list: [1, 2, 3] }],
  [SHAPES.pattern, 'xabbb'],
  [SHAPES.pattern, 'xa'],
  [SHAPES.transformed, 'four'],
  [SHAPES.bounds, -0],
  [SHAPES.bounds, 1],
  [SHAPES.bounds, 0.99],
  [SHAPES.protoKey, JSON.parse('{"__proto__": "x", "a": 1}')],
  [SHAPES.protoKey, { a: 1 }],
  [SHAPES.recursive, { name: 'a', children: [{ name: 'b', children: [] }] }],
  [SHAPES.recursive, { name: 'a', children: [{ name: 'b', children: [{ name: 1 }] }] }],
  [SHAPES.recursive, { name: 'a', children: [1, 2, 3, 4] }],
];
