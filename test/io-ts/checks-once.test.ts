// A codec made by codecFromZod runs each of the user's checks once per decode, as zod does: a
// `.refine` is called once, an `.overwrite` applied once, whether the value is valid or not.
import { isLeft, isRight } from 'fp-ts/Either';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codecFromZod } from '../../src/io-ts/index.js';
import { CountSchema } from '../../src/index.js';

/** A schema built around a counter, and the payloads to decode with it. */
interface Case {
  name: string;
  make: (count: () => void) => z.ZodType;
  inputs: unknown[];
}

const longEnough = (count: () => void) => (s: string) => {
  count();
  return s.length > 2;
};
const exclaim = (count: () => void) => (s: string) => {
  count();
  return `${s}!`;
};

const CASES: Case[] = [
  {
    name: 'a refined string',
    make: (count) => z.string().refine(longEnough(count)),
    inputs: ['abc', 'a'],
  },
  {
    name: 'an overwritten string with a later check',
    make: (count) => z.string().overwrite(exclaim(count)).min(6),
    inputs: ['abcdef', 'abc'],
  },
  {
    name: 'a refined field next to a bad one',
    make: (count) => z.object({ a: z.string().refine(longEnough(count)), b: z.number() }),
    inputs: [
      { a: 'abc', b: 1 },
      { a: 'a', b: 1 },
      { a: 'abc', b: 'x' },
    ],
  },
  {
    name: 'a refined object',
    make: (count) =>
      z.object({ a: z.string() }).refine((o) => {
        count();
        return o.a.length > 2;
      }),
    inputs: [{ a: 'abc' }, { a: 'a' }],
  },
  {
    name: 'a superRefine over a package schema',
    make: (count) =>
      z.object({ count: CountSchema, note: z.string() }).superRefine((value, ctx) => {
        count();
        if (value.note === '') ctx.addIssue({ code: 'custom', message: 'empty note' });
      }),
    inputs: [
      { count: { low: 1, high: 2 }, note: 'x' },
      { count: { low: 1, high: 2 }, note: '' },
      { count: { low: 3, high: 2 }, note: 'x' },
    ],
  },
  {
    name: 'a refine inside a record (a part zod parses itself)',
    make: (count) => z.record(z.string(), z.string().refine(longEnough(count))),
    inputs: [{ x: 'abc' }, { x: 'a' }],
  },
  {
    name: 'overwritten items of a refined array',
    make: (count) => z.array(z.string().overwrite(exclaim(count))).refine((a) => a.length < 2),
    inputs: [['a'], ['a', 'b']],
  },
];

describe('codecFromZod runs each check once per decode', () => {
  for (const { name, make, inputs } of CASES)
    it(name, () => {
      for (const input of inputs) {
        let byZod = 0;
        const zodResult = make(() => byZod++).safeParse(input);
        let byCodec = 0;
        const codec = codecFromZod(
          make(() => byCodec++),
          name,
        );
        const decoded = codec.decode(input);
        expect(byCodec, JSON.stringify(input)).toBe(byZod);
        expect(isRight(decoded)).toBe(zodResult.success);
        if (isRight(decoded)) expect(decoded.right).toEqual(zodResult.data);
        let byIs = 0;
        expect(
          codecFromZod(
            make(() => byIs++),
            name,
          ).is(input),
        ).toBe(zodResult.success);
        expect(byIs, JSON.stringify(input)).toBe(byZod);
      }
    });

  it('a refine is called exactly once, and an overwrite applied exactly once', () => {
    let refines = 0;
    const Refined = codecFromZod(
      z.object({ a: z.string().refine(longEnough(() => refines++)), b: z.number() }),
      'Refined',
    );
    expect(isLeft(Refined.decode({ a: 'a', b: 1 }))).toBe(true);
    expect(refines).toBe(1);
    expect(isLeft(Refined.decode({ a: 'abc', b: 'x' }))).toBe(true);
    expect(refines).toBe(2);

    let overwrites = 0;
    const seen: string[] = [];
    const Overwritten = codecFromZod(
      z
        .string()
        .overwrite((s) => {
          overwrites++;
          seen.push(s);
          return `${s}!`;
        })
        .max(3),
      'Overwritten',
    );
    expect(isLeft(Overwritten.decode('abc'))).toBe(true);
    expect(overwrites).toBe(1);
    expect(seen).toEqual(['abc']);
    const ok = Overwritten.decode('ab');
    expect(isRight(ok) && ok.right).toBe('ab!');
    expect(overwrites).toBe(2);
  });

  it('inside the user’s own io-ts types too', () => {
    let refines = 0;
    const Name = codecFromZod(z.string().refine(longEnough(() => refines++)), 'Name');
    const Pair = t.type({ name: Name, age: t.number });
    expect(isLeft(Pair.decode({ name: 'a', age: 1 }))).toBe(true);
    expect(refines).toBe(1);
  });

  it('gives the same issues as before for the package’s own schemas', () => {
    const Count = codecFromZod(CountSchema, 'Count');
    const decoded = Count.decode({ low: 44, high: 36 });
    expect(isLeft(decoded) && decoded.left.map((e) => e.message)).toEqual([
      'low: low (44) is above high (36); a count is an interval low..high [low-above-high]',
    ]);
  });
});

describe('which schemas keep the compiled parser', () => {
  it('the package’s own models, and user schemas that run no code of the user’s', async () => {
    const { runsUserCode } = await import('../../src/io-ts/_lib/runsUserCode.js');
    const { MODELS } = await import('../../src/dataset/_lib/models.js');
    for (const [name, schema] of Object.entries(MODELS))
      expect(runsUserCode(schema), name).toBe(false);
    type Node = { children: Node[] };
    const Tree: z.ZodType<Node> = z.object({ children: z.lazy(() => z.array(Tree)) });
    const pure: z.ZodType[] = [
      z.object({ id: z.string().min(1).max(20), at: z.email(), n: z.int().positive() }),
      z.strictObject({ tags: z.array(z.enum(['a', 'b'])).max(3), url: z.url().optional() }),
      z.union([z.literal(1), z.tuple([z.string()]), z.record(z.string(), z.number())]),
      z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]),
      z.string().regex(/^x/).nullable().readonly(),
      z.array(CountSchema).min(1),
      z.set(z.string()).max(2),
      z.string({ error: () => 'not a string' }),
      Tree,
    ];
    for (const schema of pure) expect(runsUserCode(schema)).toBe(false);
    const impure: z.ZodType[] = [
      z.string().refine(() => true),
      z.object({ a: z.string().trim() }),
      z.string().transform((s) => s.length),
      z.preprocess((v) => v, z.string()),
      z.string().default('x'),
      z.string().catch('x'),
      z.custom<string>(() => true),
      z.stringFormat('x', () => true),
      z.codec(z.string(), z.number(), { decode: Number, encode: String }),
      // A `when` of the user's own on one of zod's checks (zod reads it, though its types omit it).
      z.string().min(1, { when: () => true } as { error?: string }),
      CountSchema.refine(() => true),
      z.object({ count: CountSchema }).superRefine(() => undefined),
      z.lazy(() => z.string().overwrite((s) => s)),
    ];
    for (const schema of impure) expect(runsUserCode(schema)).toBe(true);
  });
});
