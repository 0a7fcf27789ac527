import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { FromSchema } from 'json-schema-to-ts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import {
  LexiconSchema,
  defaultLexicon,
  defaultTaxonomy,
  safeAssertTaxonomy,
  safeExtendTaxonomy,
  type Agreement,
  type Claim,
  type Count,
  type Dataset,
  type Exchange,
} from '../../src/index.js';
import { MODELS, type ModelName } from '../../src/dataset/_lib/models.js';
import { inexpressibleRules, jsonSchemas, referenceRules } from '../../src/json-schema/index.js';
import {
  EXTENSION_RULES,
  LEXICON_RANGE_RULE,
  TAXONOMY_RULES,
  partsOf,
} from '../../scripts/json-schemas.js';

const DIR = join(import.meta.dirname, '..', '..', 'schemas');
const AjvClass = Ajv2020 as unknown as new (options: object) => {
  compile: (schema: object) => (data: unknown) => boolean;
};
type Node = Record<string, unknown>;

/** Every object inside a JSON value, the value itself included. */
function* nodes(value: unknown): Generator<Node> {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) yield value as Node;
  for (const child of Object.values(value)) yield* nodes(child);
}

/** A file as the typed export writes it: `$ref`s replaced by their definitions, bounds on lists. */
function writtenOut(file: Node): Node {
  const { $defs = {}, ...root } = file as Node & { $defs?: Record<string, unknown> };
  const go = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(go);
    if (node === null || typeof node !== 'object') return node;
    const { $ref } = node as Node;
    if (typeof $ref === 'string') return go($defs[$ref.replace('#/$defs/', '')]);
    const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, go(v)]));
    if (Array.isArray(out['allOf'])) {
      for (const part of out['allOf'] as Node[]) Object.assign(out, part);
      delete out['allOf'];
    }
    return out;
  };
  return go(root) as Node;
}

/** The lists of rules of a description, by the line that heads each. */
function sections(description: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  let heading = '';
  for (const line of description.split('\n').slice(1))
    if (line.startsWith('- ')) found[heading]?.push(line.slice(2));
    else found[(heading = line)] = [];
  return found;
}

// The definition each rule JSON Schema cannot state belongs to.
const OWNER: Record<keyof typeof inexpressibleRules, string> = {
  'low-above-high': 'KnownCount',
  'best-outside-range': 'KnownCount',
  'impossible-date': 'PartialDate',
};

describe('JSON Schema files', () => {
  const files = readdirSync(DIR).sort();
  const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Node;
  const fileOf = (name: string) => read(files.find((f) => read(f)['title'] === name)!);

  it('exist for every public model, with the address of the published file as $id', () => {
    expect(files).toHaveLength(Object.keys(MODELS).length);
    for (const [name, schema] of Object.entries(jsonSchemas)) {
      const file = files.find((f) => read(f)['title'] === name);
      expect(file, name).toBeDefined();
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://unpkg.com/swapledger/schemas/${file}`);
    }
    expect(jsonSchemas.Dataset.description).toContain('checked by safeParseDataset');
  });

  it('are written out in the typed export: no $ref, and bounds on the lists', () => {
    for (const [name, schema] of Object.entries(jsonSchemas)) {
      expect(schema, name).toEqual(writtenOut(fileOf(name)));
      for (const node of nodes(schema)) {
        expect(node, name).not.toHaveProperty('$ref');
        expect(node, name).not.toHaveProperty('allOf');
      }
    }
    expect(fileOf('Claim')['$defs']).toHaveProperty('Citation');
  });

  it('each stand alone: every $ref names a definition of the same file', () => {
    for (const name of Object.keys(jsonSchemas)) {
      const file = fileOf(name);
      const defs = Object.keys(file['$defs'] ?? {});
      for (const node of nodes(file))
        if (typeof node['$ref'] === 'string')
          expect(
            defs.map((d) => `#/$defs/${d}`),
            name,
          ).toContain(node['$ref']);
    }
    expect(Object.keys(fileOf('Dataset')['$defs'] as Node)).toEqual(
      expect.arrayContaining(['Claim', 'Count', 'KnownCount', 'PartialDate', 'Citation', 'Id']),
    );
  });

  it('state a rule they cannot express only where its definition is', () => {
    for (const schema of Object.values(jsonSchemas)) {
      expect(schema.description).toMatch(new RegExp(`^The ${schema.title} model`));
      const defs = Object.keys(fileOf(schema.title)['$defs'] ?? {});
      for (const [code, owner] of Object.entries(OWNER)) {
        const holds = schema.title === owner || defs.includes(owner);
        const rule = inexpressibleRules[code as keyof typeof OWNER];
        expect(schema.description.includes(rule), `${schema.title}: ${rule}`).toBe(holds);
      }
      expect(schema.description.includes(LEXICON_RANGE_RULE), schema.title).toBe(
        schema.title === 'Lexicon',
      );
    }
  });

  it("state the lexicon's ranges, which the package checks and validators cannot", () => {
    const dozens = { ...defaultLexicon.magnitudes, dozens: { low: 10, high: 1 } };
    const issues = LexiconSchema.safeParse({ ...defaultLexicon, magnitudes: dozens }).error?.issues;
    expect(issues?.map((i) => i.path)).toEqual([['magnitudes', 'dozens']]);
    const validate = new AjvClass({ strict: true }).compile(jsonSchemas.Lexicon);
    expect(validate({ ...defaultLexicon, magnitudes: dozens })).toBe(true);
    const ranges = jsonSchemas.Lexicon.properties.magnitudes.additionalProperties;
    expect(ranges.description).toBe(`Also checked by the package: ${LEXICON_RANGE_RULE}.`);
    expect(jsonSchemas.Lexicon.properties.vagueMultiples.additionalProperties).toEqual(ranges);
  });

  it('list the rules between the parts of what each file holds, and only those', () => {
    const between = (name: ModelName) =>
      Object.entries(sections(jsonSchemas[name].description)).filter(
        ([h]) => !h.includes('cannot'),
      );
    for (const name of Object.keys(jsonSchemas) as ModelName[]) {
      const expected = [
        ...(name === 'Dataset' ? [referenceRules] : []),
        ...(name === 'Taxonomy' ? [TAXONOMY_RULES] : []),
        ...(name === 'TaxonomyExtension' || name === 'Dataset' ? [EXTENSION_RULES] : []),
      ];
      expect(
        between(name).map(([, rules]) => rules),
        name,
      ).toEqual(expected.map((rules) => [...rules]));
    }
    expect(between('Taxonomy')[0]?.[0]).toContain('safeAssertTaxonomy');
    expect(between('TaxonomyExtension')[0]?.[0]).toContain('safeExtendTaxonomy');
  });

  it("refuse nothing of a taxonomy's rules, which the package checks", () => {
    const ajv = new AjvClass({ strict: true });
    const taxonomy = ajv.compile(jsonSchemas.Taxonomy);
    const extension = ajv.compile(jsonSchemas.TaxonomyExtension);
    const looped = {
      ...defaultTaxonomy,
      categories: [
        ...defaultTaxonomy.categories,
        { id: 'a', label: 'a', parent: 'b' },
        { id: 'b', label: 'b', parent: 'a' },
      ],
    };
    expect(taxonomy(looped)).toBe(true);
    expect(safeAssertTaxonomy(looped).success).toBe(false);
    const orphan = { categories: [{ id: 'medic', label: 'medics', parent: 'nope' }] };
    const full = { addParts: [{ partition: 'nope', parts: ['people'] }] };
    for (const added of [orphan, full]) {
      expect(extension(added)).toBe(true);
      expect(safeExtendTaxonomy(defaultTaxonomy, added).success).toBe(false);
    }
  });

  it('put length bounds beside a list, not on it (a tuple keeps its own)', () => {
    for (const name of Object.keys(jsonSchemas))
      for (const node of nodes(fileOf(name)))
        if (node['type'] === 'array' && node['minItems'] !== node['maxItems']) {
          expect(node, name).not.toHaveProperty('maxItems');
          expect(node, name).not.toHaveProperty('minItems');
        }
  });

  it('compile under a strict draft 2020-12 validator, which applies the bounds', () => {
    for (const schemas of [Object.values(jsonSchemas), files.map(read)]) {
      const ajv = new AjvClass({ strict: true, allErrors: true });
      for (const schema of schemas) expect(() => ajv.compile(schema)).not.toThrow();
    }
    for (const schema of [jsonSchemas.Subject, fileOf('Subject')]) {
      const pair = new AjvClass({ strict: true, allErrors: true }).compile(schema);
      expect(pair({ type: 'exchanged-total', parties: ['UA', 'RU'] })).toBe(true);
      expect(pair({ type: 'exchanged-total', parties: ['UA'] })).toBe(false);
      expect(pair({ type: 'exchanged-total', parties: Array(11).fill('UA') })).toBe(false);
    }
  });

  it('keep their literal types, from which json-schema-to-ts derives the models', () => {
    expectTypeOf(
      jsonSchemas.Count.$id,
    ).toEqualTypeOf<'https://unpkg.com/swapledger/schemas/count.json'>();
    type FromCount = FromSchema<typeof jsonSchemas.Count>;
    expectTypeOf<Count>().toExtend<FromCount>();
    expectTypeOf<{ low: '1'; high: 1 }>().not.toExtend<FromCount>();
    type FromClaim = FromSchema<typeof jsonSchemas.Claim>;
    expectTypeOf<Claim>().toExtend<FromClaim>();
    expectTypeOf<Omit<Claim, 'value'> & { value: { low: 'many' } }>().not.toExtend<FromClaim>();
    // The deepest models, which json-schema-to-ts gave up on (TS2589) while they held `$ref`s
    // and bounds in an `allOf`.
    expectTypeOf<Exchange>().toExtend<FromSchema<typeof jsonSchemas.Exchange>>();
    expectTypeOf<Agreement>().toExtend<FromSchema<typeof jsonSchemas.Agreement>>();
    expectTypeOf<Dataset>().toExtend<FromSchema<typeof jsonSchemas.Dataset>>();
    expectTypeOf<{ format: 'swapledger/1' }>().not.toExtend<
      FromSchema<typeof jsonSchemas.Dataset>
    >();
  });
});

describe('the generator', () => {
  it('finds every refinement of the models, and places each', () => {
    for (const [name, schema] of Object.entries(MODELS))
      expect(() => partsOf(schema, name), name).not.toThrow();
    expect(partsOf(MODELS.Lexicon, 'Lexicon').size).toBeGreaterThan(10);
  });

  it('fails on a refinement, a transform or a format it cannot place', () => {
    const refined = z.strictObject({ id: z.string().refine((s) => s !== 'x') });
    expect(() => partsOf(refined, 'Test')).toThrow(/^Test\.id: 1 refinement\(s\), 0 placed/);
    const twice = z.strictObject({ count: MODELS.KnownCount.refine(() => true) });
    expect(() => partsOf(twice, 'Test')).toThrow(/2 refinement\(s\), 0 placed/);
    expect(() => partsOf(z.string().transform(Number), 'Test')).toThrow(/a pipe or transform/);
    expect(() => partsOf(z.array(z.email()), 'Test')).toThrow(/Test\.element: a email string/);
    expect(() => partsOf(z.string().default('x'), 'Test')).toThrow(/a default schema/);
  });
});
