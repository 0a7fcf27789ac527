// One source of truth, four ways in: for every public model, on generated valid payloads and
// single mutations of them, zod, the io-ts codec and the JSON Schema (run by ajv) give the same
// verdict, and agree on where the first problem is. The JSON Schema may accept a payload that
// only an inexpressible rule rejects, and only then. The package's compiled parser gives zod's
// verdict and, on success, zod's very output; on failure, its issue finder gives zod's issues.
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/index.js';
import { fromZod } from '../../src/validation/_lib/fromZod.js';
import { INEXPRESSIBLE, MODELS, type ModelName } from '../../src/dataset/_lib/models.js';
import { explain } from '../../src/validation/_lib/explain.js';
import { compile, INVALID } from '../../src/validation/_lib/parser.js';
import * as codecs from '../../src/io-ts/index.js';
import { jsonSchemas } from '../../src/json-schema/index.js';
import { MUTATIONS, VALID, mutate } from './payloads.js';
import { layout } from '../layout.js';

const RUNS = Number(process.env['CONFORMANCE_RUNS'] ?? 10_000);
const AjvClass = Ajv2020 as unknown as new (options: object) => {
  compile: (schema: object) => ((data: unknown) => boolean) & {
    errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
  };
};
const ajv = new AjvClass({ allErrors: true, strict: false });

const pointer = (path: readonly (string | number)[]) =>
  path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

describe.each(Object.keys(MODELS) as ModelName[])('%s', (name) => {
  const schema = MODELS[name];
  const codec = (
    codecs as unknown as Record<
      string,
      {
        decode: (u: unknown) => { _tag: string; left?: { context: { key: string }[] }[] };
        is: (u: unknown) => boolean;
      }
    >
  )[`${name}C`];
  const validate = ajv.compile(jsonSchemas[name] as object);
  const compiled = compile(schema);
  const replacement = fc.constantFrom<unknown>('text', 7, -1, true, null, [], {}, [1], { a: 1 });

  it(`zod, io-ts and JSON Schema agree on ${RUNS} generated payloads`, () => {
    if (!codec) throw new Error(`no codec for ${name}`);
    fc.assert(
      fc.property(
        VALID[name],
        fc.oneof(fc.constant(undefined), fc.constantFrom(...MUTATIONS)),
        fc.nat(),
        replacement,
        (valid, kind, pick, other) => {
          const payload =
            kind === undefined
              ? valid
              : mutate(
                  valid,
                  kind,
                  pick,
                  kind === 'out-of-range' ? [-1, 4.5, 2 ** 53 + 1, 1e300] : other,
                );
          fc.pre(payload !== undefined || kind === undefined);
          const zod = schema.safeParse(payload);
          if (!compiled) throw new Error('code generation is available under Node');
          const output = compiled.parse(payload);
          expect(output === INVALID).toBe(!zod.success);
          if (zod.success) expect(layout(output)).toEqual(layout(zod.data));
          else expect(explain(compiled, schema, payload)).toEqual(zod.error.issues);
          const decoded = codec.decode(payload);
          const json = validate(payload);

          // zod and io-ts: the same verdict, and io-ts reports the package's first path.
          expect(isLeft(decoded as never)).toBe(!zod.success);
          expect(codec.is(payload)).toBe(zod.success);
          if (kind === undefined) expect(zod.success).toBe(true);
          if (zod.success) {
            expect(json).toBe(true);
            // A bad reference is well formed: only the dataset's own checks can see it.
            if (name === 'Dataset' && kind === 'bad-reference')
              expect(validateDataset(payload).success).toBe(false);
            return;
          }
          const issues = fromZod(zod.error.issues, payload);
          const firstPath = (decoded.left?.[0]?.context ?? []).slice(1).map((c) => c.key);
          expect(firstPath).toEqual(issues[0]?.path.map(String));

          // JSON Schema: rejects too, unless only inexpressible rules were broken.
          const expressible = issues.filter((i) => !(i.code in INEXPRESSIBLE));
          if (expressible.length === 0) return;
          expect(json).toBe(false);
          const ajvPaths = new Set(
            // ajv reports a missing, extra or badly named property at its object; zod at the property.
            (validate.errors ?? []).map((e) => {
              const property =
                e.params['missingProperty'] ??
                e.params['additionalProperty'] ??
                e.params['propertyName'];
              return property === undefined
                ? e.instancePath
                : `${e.instancePath}/${String(property)}`;
            }),
          );
          const zodPaths = zod.error.issues
            .map((i) =>
              i.code === 'unrecognized_keys'
                ? i.keys.map((k) => pointer([...i.path.map((p) => p as string | number), k]))
                : [pointer(i.path.map((p) => p as string | number))],
            )
            .flat();
          expect(
            zodPaths.some((p) => ajvPaths.has(p)),
            `${JSON.stringify(zodPaths)} vs ${JSON.stringify([...ajvPaths])}`,
          ).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});
