import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ClaimSchema, CountSchema, safeCreateClaim } from '../../src/index.js';
import { harden } from '../../src/internal/harden.js';
import { MODELS } from '../../src/internal/models.js';
import { generate, INVALID, parser } from '../../src/internal/parser.js';
import { refine } from '../../src/internal/verdicts.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { layout } from '../layout.js';

const compile = <S extends z.ZodType>(schema: S) => {
  const parse = parser(schema);
  if (!parse) throw new Error('code generation is available under Node');
  return parse;
};

/** The parser gives zod's verdict and, on success, zod's output, frozen parts and key order included. */
function expectLikeZod(schema: z.ZodType, value: unknown): void {
  const zod = schema.safeParse(value);
  const ours = compile(schema)(value);
  expect(ours === INVALID, JSON.stringify(value)).toBe(!zod.success);
  if (zod.success) expect(layout(ours)).toEqual(layout(zod.data));
}

// Shapes the package's models do not use, or use only rarely: the parser must still agree with zod
// on them, by compiling them or by handing them to zod.
const SHAPES = {
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
  union: z.union([z.strictObject({ x: z.int() }), z.object({ x: z.string() }), z.null()]),
  lengths: z.strictObject({
    short: z.string().min(2).max(4),
    list: z.array(z.int()).min(1).max(2),
  }),
  pattern: z.string().regex(/ab+/g),
  transformed: z.string().transform((s) => s.length),
  bounds: z.number().gt(-1).lt(1),
  protoKey: z.strictObject({ ['__proto__']: z.string().exactOptional(), a: z.int() }),
  recursive: (() => {
    type Tree = { name: string; children: Tree[] };
    const tree: z.ZodType<Tree> = z.lazy(() =>
      z.strictObject({ name: z.string(), children: z.array(tree).max(3) }),
    );
    return tree;
  })(),
} satisfies Record<string, z.ZodType>;

describe('parser', () => {
  it('agrees with zod on every shape, for arbitrary values', () => {
    for (const schema of Object.values(SHAPES))
      fc.assert(
        fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) =>
          expectLikeZod(schema, value),
        ),
        { numRuns: 2_000 },
      );
  });

  it('agrees with zod on near misses of each shape', () => {
    const cases: [z.ZodType, unknown][] = [
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
    for (const [schema, value] of cases) expectLikeZod(schema, value);
    // The global pattern is reset between tests, as zod resets it.
    expect(compile(SHAPES.pattern)('xab')).toBe('xab');
    expect(compile(SHAPES.pattern)('xab')).toBe('xab');
  });

  it('returns a fresh copy in the schema key order, with readonly parts frozen', () => {
    const input = { value: { high: 44, low: 40 }, citations: [], source: 's', id: 'c' };
    const claim = { ...input, subject: { to: 'UA', type: 'transferred', exchange: 'e' } };
    const out = compile(ClaimSchema)(claim);
    if (out === INVALID) throw new Error('valid claim rejected');
    expect(out).toEqual(claim);
    expect(out).not.toBe(claim);
    expect(out.value).not.toBe(claim.value);
    expect(out.citations).not.toBe(claim.citations);
    expect(Object.keys(out)).toEqual(['id', 'subject', 'value', 'source', 'citations']);
    expect(Object.keys(out.subject)).toEqual(['type', 'exchange', 'to']);
    const frozen = compile(SHAPES.readonly)({ tags: ['a'] });
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen((frozen as { tags: string[] }).tags)).toBe(true);
  });

  it('reads inherited and own keys as zod does', () => {
    const inherited = Object.create({ low: 1, high: 2 }) as object;
    expectLikeZod(CountSchema, inherited);
    expectLikeZod(CountSchema, Object.assign(Object.create(null) as object, { low: 1, high: 2 }));
    class Figure {
      low = 3;
      high = 4;
    }
    expectLikeZod(CountSchema, new Figure());
    expectLikeZod(CountSchema, [1, 2]);
    expectLikeZod(CountSchema, { low: 1, high: 2, toString: 'extra' });
  });

  it('answers INVALID instead of throwing on hostile values, and zod then reports them', () => {
    const throwing = {
      low: 1,
      get high(): number {
        throw new Error('boom');
      },
    };
    const trap = new Proxy(
      { low: 1, high: 2 },
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({ low: 1, high: 2 }, {});
    revoke();
    const deep: { next?: unknown } = {};
    let cursor = deep;
    for (let i = 0; i < 100_000; i++) cursor = cursor.next = {};
    const lazyTree = SHAPES.recursive;
    for (const value of [throwing, trap, proxy]) {
      expect(compile(CountSchema)(value)).toBe(INVALID);
      expect(CountSchema.safeParse(value).success).toBe(false);
    }
    expect(compile(lazyTree)(deep)).toBe(INVALID);
    const result = safeCreateClaim({
      ...loadSampleDataset().claims[0]!,
      value: trap as never,
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error[0]?.code).toBe('invalid-input');
  });

  it('refuses, like a hardened schema, an object whose type cannot be read', () => {
    const schema = z.object({ a: z.int() });
    harden(schema);
    const unreadable = new Proxy(Object.create({ constructor: 1 }) as { a: number }, {
      get: (target, key) =>
        key === 'constructor'
          ? (() => {
              throw new Error('no');
            })()
          : key === 'a'
            ? 1
            : Reflect.get(target, key),
      has: (_, key) => key === 'a' || key === 'constructor',
    });
    expect(schema.safeParse(unreadable).success).toBe(false);
    expect(compile(schema)(unreadable)).toBe(INVALID);
  });

  it('uses the verdict registered for a refinement, and zod for the issues', () => {
    const report = vi.fn((value: { a: number }, ctx: z.RefinementCtx<{ a: number }>) => {
      if (value.a > 2) ctx.addIssue({ code: 'custom', message: 'too big' });
    });
    const schema = refine(z.object({ a: z.int() }), (value) => value.a <= 2, report);
    expect(compile(schema)({ a: 1 })).toEqual({ a: 1 });
    expect(compile(schema)({ a: 3 })).toBe(INVALID);
    expect(report).not.toHaveBeenCalled();
    expect(schema.safeParse({ a: 3 }).success).toBe(false);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('writes one function per schema node, sharing nodes used more than once', () => {
    const { source } = generate(ClaimSchema);
    const functions = source.match(/^function n\d+\(v\)/gm) ?? [];
    expect(functions.length).toBeGreaterThan(10);
    expect(new Set(functions).size).toBe(functions.length);
    // The id field's node (the only one limited to 128) is written once and called by every id
    // field, optional ones included: exactOptional adds no function of its own.
    const idNodes = [...source.matchAll(/^function (n\d+)\(v\) \{[^}]*r\.length > 128/gm)];
    expect(idNodes).toHaveLength(1);
    const calls = source.match(new RegExp(`\\b${idNodes[0]![1]!}\\(`, 'g')) ?? [];
    expect(calls.length).toBeGreaterThanOrEqual(10);
  });

  it('compiles every model', () => {
    for (const schema of Object.values(MODELS)) expect(parser(schema)).toBeTypeOf('function');
  });
});

describe('parser where code cannot be generated', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is unavailable, and validation goes through zod with the same results', async () => {
    vi.resetModules();
    vi.stubGlobal(
      'Function',
      new Proxy(Function, {
        construct() {
          throw new EvalError('code generation from strings disallowed');
        },
      }),
    );
    const { parser: refused } = await import('../../src/internal/parser.js');
    const { fast } = await import('../../src/internal/fast.js');
    expect(refused(ClaimSchema)).toBeUndefined();
    const claim = loadSampleDataset().claims[0]!;
    expect(fast(ClaimSchema).safeParse(claim)).toEqual(ClaimSchema.safeParse(claim));
    expect(fast(ClaimSchema).safeParse({}).success).toBe(false);
  });
});
