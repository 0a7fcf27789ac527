import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { FromSchema } from 'json-schema-to-ts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Claim, Count } from '../../src/index.js';
import { MODELS } from '../../src/dataset/_lib/models.js';
import { inexpressibleRules, jsonSchemas } from '../../src/json-schema/index.js';

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

// The definition each rule JSON Schema cannot state belongs to.
const OWNER: Record<keyof typeof inexpressibleRules, string> = {
  'low-above-high': 'KnownCount',
  'best-outside-range': 'KnownCount',
  'impossible-date': 'PartialDate',
};

describe('JSON Schema files', () => {
  const files = readdirSync(DIR).sort();
  const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Node;

  it('exist for every public model, with the address of the published file as $id', () => {
    expect(files).toHaveLength(Object.keys(MODELS).length);
    for (const [name, schema] of Object.entries(jsonSchemas)) {
      const file = files.find((f) => read(f)['title'] === name);
      expect(file, name).toBeDefined();
      expect(read(file!)).toEqual(schema);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://unpkg.com/swapledger/schemas/${file}`);
    }
    expect(jsonSchemas.Dataset.description).toContain('checked by safeParseDataset');
  });

  it('each stand alone: every $ref names a definition of the same file', () => {
    for (const schema of Object.values(jsonSchemas)) {
      const defs = Object.keys((schema as Node)['$defs'] ?? {});
      for (const node of nodes(schema))
        if (typeof node['$ref'] === 'string')
          expect(
            defs.map((d) => `#/$defs/${d}`),
            schema.title,
          ).toContain(node['$ref']);
    }
    expect(Object.keys(jsonSchemas.Dataset.$defs)).toEqual(
      expect.arrayContaining(['Claim', 'Count', 'KnownCount', 'PartialDate', 'Citation', 'Id']),
    );
  });

  it('state a rule they cannot express only where its definition is', () => {
    for (const schema of Object.values(jsonSchemas)) {
      expect(schema.description).toMatch(new RegExp(`^The ${schema.title} model`));
      const defs = Object.keys((schema as Node)['$defs'] ?? {});
      for (const [code, owner] of Object.entries(OWNER)) {
        const holds = schema.title === owner || defs.includes(owner);
        const rule = inexpressibleRules[code as keyof typeof OWNER];
        expect(schema.description.includes(rule), `${schema.title}: ${rule}`).toBe(holds);
      }
    }
  });

  it('put length bounds beside a list, not on it (a tuple keeps its own)', () => {
    for (const schema of Object.values(jsonSchemas))
      for (const node of nodes(schema))
        if (node['type'] === 'array' && node['minItems'] !== node['maxItems']) {
          expect(node, schema.title).not.toHaveProperty('maxItems');
          expect(node, schema.title).not.toHaveProperty('minItems');
        }
  });

  it('compile under a strict draft 2020-12 validator, which applies the bounds', () => {
    const ajv = new AjvClass({ strict: true, allErrors: true });
    for (const schema of Object.values(jsonSchemas))
      expect(() => ajv.compile(schema)).not.toThrow();
    const pair = ajv.compile(jsonSchemas.Subject);
    expect(pair({ type: 'exchanged-total', parties: ['UA', 'RU'] })).toBe(true);
    expect(pair({ type: 'exchanged-total', parties: ['UA'] })).toBe(false);
    expect(pair({ type: 'exchanged-total', parties: Array(11).fill('UA') })).toBe(false);
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
  });
});
