/**
 * Generates the JSON Schema (draft 2020-12) of every public model from its zod schema into
 * schemas/<name>.json, each with an `$id` and a description that lists the rules JSON Schema
 * cannot state. `--check` fails instead of writing when a file is out of date (the gate's lint
 * stage runs it that way), so the files can never drift from the zod definitions.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PartialDateSchema } from '../src/date/PartialDateSchema.js';
import { FORBIDDEN_KEYS, NO_PROTO_RECORDS } from '../src/phrase/_lib/noProtoRecord.js';
import {
  INEXPRESSIBLE,
  MODELS,
  REFERENCE_RULES,
  STRICT_DATE_PATTERN,
} from '../src/dataset/_lib/models.js';

const OUT = join(import.meta.dirname, '..', 'schemas');
const check = process.argv.includes('--check');
const kebab = (name: string) =>
  name.replace(/[a-z0-9][A-Z]/g, (m) => `${m[0]}-${m[1]}`).toLowerCase();

export function schemaFor(name: keyof typeof MODELS): Record<string, unknown> {
  const generated = z.toJSONSchema(MODELS[name], {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      if ((ctx.zodSchema as unknown) === PartialDateSchema)
        ctx.jsonSchema.pattern = STRICT_DATE_PATTERN;
      if (NO_PROTO_RECORDS.has(ctx.zodSchema as never))
        ctx.jsonSchema.propertyNames = {
          ...(ctx.jsonSchema.propertyNames as object),
          not: { enum: [...FORBIDDEN_KEYS] },
        };
    },
  }) as Record<string, unknown>;
  const rules = Object.values(INEXPRESSIBLE).map((r) => `- ${r}`);
  const references =
    name === 'Dataset' || name === 'Taxonomy' ? REFERENCE_RULES.map((r) => `- ${r}`) : [];
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:swapledger:schema:${kebab(name)}`,
    title: name,
    description: [
      `The ${name} model of the swapledger package, generated from its zod schema.`,
      'Rules this schema cannot state (the package checks them):',
      ...rules,
      ...(references.length > 0
        ? ['Rules between records, checked by safeParseDataset:', ...references]
        : []),
    ].join('\n'),
    ...rest,
  };
}

mkdirSync(OUT, { recursive: true });
const stale: string[] = [];
const wanted = new Set<string>();
for (const name of Object.keys(MODELS) as (keyof typeof MODELS)[]) {
  const file = join(OUT, `${kebab(name)}.json`);
  wanted.add(`${kebab(name)}.json`);
  const text = `${JSON.stringify(schemaFor(name), null, 2)}\n`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) stale.push(file);
  else writeFileSync(file, text);
}
for (const file of readdirSync(OUT)) if (!wanted.has(file)) stale.push(join(OUT, file));
if (stale.length > 0) {
  console.error(`JSON Schema files out of date (run npm run schemas):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
