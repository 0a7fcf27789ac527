import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../src/dataset/_lib/models.js';
import { inexpressibleRules, jsonSchemas } from '../../src/json-schema/index.js';

const DIR = join(import.meta.dirname, '..', '..', 'schemas');
const AjvClass = Ajv2020 as unknown as new (options: object) => {
  compile: (schema: object) => (data: unknown) => boolean;
};

describe('JSON Schema files', () => {
  it('exist for every public model, with an $id, and match what the entry exports', () => {
    const files = readdirSync(DIR).sort();
    expect(files).toHaveLength(Object.keys(MODELS).length);
    for (const [name, schema] of Object.entries(jsonSchemas)) {
      const file = files.find((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')).title === name);
      expect(file, name).toBeDefined();
      expect(JSON.parse(readFileSync(join(DIR, file!), 'utf8'))).toEqual(schema);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^urn:swapledger:schema:[a-z-]+$/);
      for (const rule of Object.values(inexpressibleRules))
        expect(schema.description).toContain(rule);
    }
    expect(jsonSchemas.Dataset.description).toContain('checked by safeParseDataset');
  });

  it('compile under a strict draft 2020-12 validator', () => {
    const ajv = new AjvClass({ strict: true, allErrors: true });
    for (const schema of Object.values(jsonSchemas))
      expect(() => ajv.compile(schema)).not.toThrow();
  });
});
