import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClaimSchema, CountSchema, safeCreateClaim } from '../../src/index.js';
import { explain } from '../../src/validation/_lib/explain.js';
import { fast } from '../../src/validation/_lib/fast.js';
import { hardenRun } from '../../src/validation/_lib/harden.js';
import { compile, INVALID } from '../../src/validation/_lib/parser.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { NEAR_MISSES, SHAPES } from './shapes.js';

const compiled = (schema: z.ZodType) => {
  const result = compile(schema);
  if (!result) throw new Error('code generation is available under Node');
  return result;
};

/** For a value the schema refuses, explain lists exactly zod's issues. */
function expectZodIssues(schema: z.ZodType, value: unknown): void {
  const zod = schema.safeParse(value);
  const c = compiled(schema);
  if (zod.success) {
    expect(c.parse(value)).not.toBe(INVALID);
    return;
  }
  expect(explain(c, schema, value), JSON.stringify(value)).toEqual(zod.error.issues);
}

const claim = loadSampleDataset().claims[0]!;

describe('explain', () => {
  it("lists zod's issues on every shape, for arbitrary values", () => {
    for (const schema of Object.values(SHAPES))
      fc.assert(
        fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) =>
          expectZodIssues(schema, value),
        ),
        { numRuns: 1_000 },
      );
  });

  it("lists zod's issues on near misses of each shape", () => {
    for (const [schema, value] of NEAR_MISSES) expectZodIssues(schema, value);
  });

  it('keeps zod’s order, paths and union rules on a claim with many problems', () => {
    const values: unknown[] = [
      { ...claim, value: { low: 9, high: 1 }, statedOn: '2023-02-30' },
      { ...claim, id: '', source: 7, extra: true, value: { status: 'lost' } },
      { ...claim, subject: { type: 'held', holder: 'RU' }, citations: [{ url: 'ftp://x' }, 3] },
      { ...claim, subject: { type: 'sold' }, breakdown: [{ category: 'x', count: { low: -1 } }] },
      { ...claim, value: { low: 1, high: 2, status: 'unknown' } },
      { ...claim, value: { low: 2, high: 1, best: 7, extra: 0 } },
      { ...claim, value: [], links: [{ type: 'copies', claim: claim.id, x: 1 }] },
      { ...claim, citations: new Array(101).fill({ url: 'https://a.b' }) },
      { ...claim, asOf: undefined },
      Object.assign(Object.create({ inherited: 1 }) as object, claim, { id: 'ok' }),
      [],
      null,
    ];
    for (const value of values) expectZodIssues(ClaimSchema, value);
  });

  it('leaves values that throw to the caller, and fast() then asks zod', () => {
    const hostile = {
      ...claim,
      get source(): string {
        throw new Error('boom');
      },
    };
    const c = compiled(ClaimSchema);
    expect(c.parse(hostile)).toBe(INVALID);
    expect(() => explain(c, ClaimSchema, hostile)).toThrow('boom');
    const result = fast(ClaimSchema).safeParse(hostile);
    expect(result).toEqual({ success: false, error: ClaimSchema.safeParse(hostile).error });
    const created = safeCreateClaim(hostile);
    expect(created.success).toBe(false);
    if (!created.success) expect(created.error.map((i) => i.code)).toContain('invalid-input');
  });

  it('reports an unreadable value as a hardened schema does', () => {
    const trap = new Proxy(Object.create({ constructor: 1 }) as object, {
      get: (target, key) => {
        if (key === 'constructor') throw new Error('no');
        return Reflect.get(target, key);
      },
    });
    expectZodIssues(CountSchema, trap);
    expectZodIssues(ClaimSchema, { ...claim, value: trap });
    const schema = z.object({ a: z.int() });
    hardenRun(schema);
    expectZodIssues(schema, trap);
  });
});
