import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ClaimSchema, CountSchema, safeCreateClaim } from '../../src/index.js';
import { hardenRun } from '../../src/validation/_lib/harden.js';
import { MODELS } from '../../src/dataset/_lib/models.js';
import { generate, INVALID, parser } from '../../src/validation/_lib/parser.js';
import { refine } from '../../src/validation/_lib/verdicts.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { layout } from '../layout.js';
import { NEAR_MISSES, SHAPES } from './shapes.js';

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

/** Replaces the global `Function` with one that counts the functions built from strings. */
function countCodeGeneration() {
  const constructed = vi.fn();
  vi.stubGlobal(
    'Function',
    new Proxy(Function, {
      construct(target, args: string[]) {
        constructed();
        return Reflect.construct(target, args) as object;
      },
    }),
  );
  return constructed;
}

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
    for (const [schema, value] of NEAR_MISSES) expectLikeZod(schema, value);
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
    hardenRun(schema);
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

  it('builds objects of every combination of omittable fields, past the literals it writes', () => {
    // Seven omittable fields: 128 combinations, more than the 64 literals one object node writes,
    // so the rest are built key by key; both ways give zod's output, key order included.
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const schema = z.strictObject({
      id: z.string(),
      ...Object.fromEntries(keys.map((k) => [k, z.int().optional()])),
      last: z.string(),
    });
    for (let m = 0; m < 2 ** keys.length; m++) {
      const value: Record<string, unknown> = { last: 'z', id: 'x' };
      keys.forEach((k, i) => {
        if ((m >> i) & 1) value[k] = i % 3 === 0 ? undefined : i;
      });
      expectLikeZod(schema, value);
      expectLikeZod(schema, { ...value, extra: 1 });
    }
  });

  it('builds objects with more omittable fields than a mask holds, key by key', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    const schema = z.object(Object.fromEntries(keys.map((k) => [k, z.string().optional()])));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys, 'other'), fc.oneof(fc.string(), fc.constant(1))),
        (value) => expectLikeZod(schema, value),
      ),
      { numRuns: 300 },
    );
    expect(generate(schema).source).not.toContain('m |=');
  });

  it('writes no code once zod is told not to, even for a combination of fields not met yet', () => {
    const schema = z.object({ a: z.string(), b: z.int().optional(), c: z.int().optional() });
    const parse = compile(schema);
    expect(parse({ a: 'x' })).toEqual({ a: 'x' });
    const constructed = countCodeGeneration();
    z.config({ jitless: true });
    try {
      const out = parse({ c: 2, b: 1, a: 'x' });
      expect(out).toEqual({ a: 'x', b: 1, c: 2 });
      expect(Object.keys(out as object)).toEqual(['a', 'b', 'c']);
      expect(constructed).not.toHaveBeenCalled();
    } finally {
      z.config({ jitless: false });
      vi.unstubAllGlobals();
    }
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

  it('is not built when the package is imported, only on first use', async () => {
    vi.resetModules();
    const constructed = countCodeGeneration();
    const fresh = await import('../../src/index.js');
    expect(constructed).not.toHaveBeenCalled();
    fresh.safeCreateClaim(loadSampleDataset().claims[0]!);
    expect(constructed).toHaveBeenCalled();
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
    const { parser: refused } = await import('../../src/validation/_lib/parser.js');
    const { fast } = await import('../../src/validation/_lib/fast.js');
    expect(refused(ClaimSchema)).toBeUndefined();
    const claim = loadSampleDataset().claims[0]!;
    expect(fast(ClaimSchema).safeParse(claim)).toEqual(ClaimSchema.safeParse(claim));
    expect(fast(ClaimSchema).safeParse({}).success).toBe(false);
  });
});
