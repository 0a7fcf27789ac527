/**
 * Generates the JSON Schema (draft 2020-12) of every public model from its zod schema into
 * schemas/<name>.json, and the same objects as typed constants into
 * src/json-schema/_lib/schemas.ts (JSON imports lose their literal types, which json-schema-to-ts
 * needs). `--check` fails instead of writing when a file is out of date (the gate's lint stage
 * runs it that way), so the files can never drift from the zod definitions.
 *
 * Each file stands alone: what several models share is written once under `$defs`, named as the
 * package names it, and reached by `$ref`, so no validator has to be handed other files first.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import * as z from 'zod';
import { HeadcountSchema, KnownCountSchema } from '../src/count/CountSchema.js';
import { PartialDateSchema } from '../src/date/PartialDateSchema.js';
import { IdSchema, LanguageSchema, NameSchema, NoteSchema, UrlSchema } from '../src/_lib/fields.js';
import { FORBIDDEN_KEYS, NO_PROTO_RECORDS } from '../src/phrase/_lib/noProtoRecord.js';
import { LEGAL_BASIS_KEYS } from '../src/taxonomy/legalBases.js';
import { LegalReferenceSchema } from '../src/taxonomy/TaxonomySchema.js';
import {
  INEXPRESSIBLE,
  MODELS,
  REFERENCE_RULES,
  STRICT_DATE_PATTERN,
  type ModelName,
} from '../src/dataset/_lib/models.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'schemas');
const TYPED = join(ROOT, 'src', 'json-schema', '_lib', 'schemas.ts');
/** Where the published files can be fetched; each `$id` is its file's address under it. */
const BASE_URI = 'https://unpkg.com/swapledger/schemas/';
const check = process.argv.includes('--check');
const kebab = (name: string) =>
  name.replace(/[a-z0-9][A-Z]/g, (m) => `${m[0]}-${m[1]}`).toLowerCase();

/** Everything written once under `$defs` when a file uses it: the models and the common fields. */
const DEFINITIONS: Record<string, z.ZodType> = {
  ...MODELS,
  Id: IdSchema,
  Name: NameSchema,
  Note: NoteSchema,
  Url: UrlSchema,
  Language: LanguageSchema,
  Headcount: HeadcountSchema,
  LegalReference: LegalReferenceSchema,
};

/**
 * Definitions the zod schemas build afresh at each use, so they are found by their shape instead:
 * every part of a file equal to one becomes a reference to it.
 */
const SHAPES: Record<string, z.ZodType> = {
  LegalBasis: z.enum(LEGAL_BASIS_KEYS),
};

/** The schema each inexpressible rule belongs to: a file states a rule only if it holds that schema. */
const RULE_OWNERS = {
  'low-above-high': KnownCountSchema,
  'best-outside-range': KnownCountSchema,
  'impossible-date': PartialDateSchema,
} as const satisfies Record<keyof typeof INEXPRESSIBLE, z.ZodType>;

const RULE_CODES = Object.keys(INEXPRESSIBLE) as (keyof typeof INEXPRESSIBLE)[];
for (const code of RULE_CODES)
  if (!(code in RULE_OWNERS))
    throw new Error(`no schema owns the rule ${code}: add it to RULE_OWNERS`);
const rulesOf = (held: (schema: z.ZodType) => boolean) =>
  RULE_CODES.filter((code) => held(RULE_OWNERS[code])).map((code) => INEXPRESSIBLE[code]);

/** Replaces, in place, every part of `node` whose JSON text is `shape` by `ref`; counts them. */
function replaceShape(node: unknown, shape: string, ref: object): number {
  if (node === null || typeof node !== 'object') return 0;
  let found = 0;
  const parts = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(parts)) {
    if (JSON.stringify(value) === shape) {
      parts[key] = { ...ref };
      found += 1;
    } else found += replaceShape(value, shape, ref);
  }
  return found;
}

/**
 * Moves `minItems`/`maxItems` off every list into an `allOf` beside it. Validators read it the
 * same way, but json-schema-to-typescript turns bounds on an array into a union of tuples of every
 * allowed length (13,000 lines for the dataset), which no array the package types would fit.
 */
function boundsAside(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(boundsAside);
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  for (const value of Object.values(schema)) boundsAside(value);
  if (schema['type'] !== 'array') return;
  const prefix = schema['prefixItems'] as unknown[] | undefined;
  // A tuple of one kind of item is written as a list of fixed length: the same rule, but
  // validators without `prefixItems` (jsonschema) read `items: false` as "no items at all".
  const one = JSON.stringify(prefix?.[0]);
  if (schema['items'] === false && prefix?.every((item) => JSON.stringify(item) === one)) {
    delete schema['prefixItems'];
    schema['items'] = prefix[0];
  }
  // A tuple's length is what it is, not a limit: its bounds stay, and generators write a tuple.
  if ('prefixItems' in schema || schema['minItems'] === schema['maxItems']) return;
  const bounds = Object.fromEntries(
    Object.entries({ minItems: schema['minItems'], maxItems: schema['maxItems'] }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  delete schema['minItems'];
  delete schema['maxItems'];
  if (Object.keys(bounds).length > 0)
    schema['allOf'] = [...((schema['allOf'] as unknown[] | undefined) ?? []), bounds];
}

function schemaFor(name: ModelName): Record<string, unknown> {
  // Every shared schema but the root gets a name; the root is written in place.
  const names = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(DEFINITIONS))
    if (schema !== MODELS[name]) names.add(schema, { id });
  const held = new Set<z.ZodType>();
  const generated = z.toJSONSchema(MODELS[name], {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata: names,
    override: (ctx) => {
      const zodSchema = ctx.zodSchema as unknown as z.ZodType;
      held.add(zodSchema);
      if (zodSchema === PartialDateSchema) ctx.jsonSchema.pattern = STRICT_DATE_PATTERN;
      const rules = rulesOf((owner) => owner === zodSchema);
      if (rules.length > 0)
        ctx.jsonSchema.description = `Also checked by the package: ${rules.join('; ')}.`;
      if (NO_PROTO_RECORDS.has(zodSchema as never))
        ctx.jsonSchema.propertyNames = {
          ...(ctx.jsonSchema.propertyNames as object),
          not: { enum: [...FORBIDDEN_KEYS] },
        };
    },
  }) as Record<string, unknown>;
  const { $schema, $defs: found = {}, ...rest } = generated;
  // The root's own note on its rules gives way to the file's description, which lists them.
  delete rest['description'];
  const defs = found as Record<string, unknown>;
  for (const [id, schema] of Object.entries(SHAPES)) {
    const shape = JSON.parse(JSON.stringify(z.toJSONSchema(schema))) as Record<string, unknown>;
    delete shape['$schema'];
    if (replaceShape({ rest, defs }, JSON.stringify(shape), { $ref: `#/$defs/${id}` }) > 0)
      defs[id] = shape;
  }
  boundsAside({ rest, defs });
  const $defs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : 1)));
  const rules = rulesOf((owner) => held.has(owner)).map((r) => `- ${r}`);
  const references =
    name === 'Dataset' || name === 'Taxonomy' ? REFERENCE_RULES.map((r) => `- ${r}`) : [];
  return {
    $schema,
    $id: `${BASE_URI}${kebab(name)}.json`,
    title: name,
    description: [
      `The ${name} model of the swapledger package, generated from its zod schema.`,
      ...(rules.length > 0 ? ['Rules this schema cannot state (the package checks them):'] : []),
      ...rules,
      ...(references.length > 0
        ? ['Rules between records, checked by safeParseDataset:', ...references]
        : []),
    ].join('\n'),
    ...rest,
    ...(Object.keys($defs).length > 0 ? { $defs } : {}),
  };
}

const names = Object.keys(MODELS) as ModelName[];
const schemas = Object.fromEntries(names.map((name) => [name, schemaFor(name)]));

const wanted = new Map<string, string>();
for (const name of names)
  wanted.set(join(OUT, `${kebab(name)}.json`), `${JSON.stringify(schemas[name], null, 2)}\n`);
wanted.set(
  TYPED,
  await format(
    `// Generated by scripts/json-schemas.ts from the zod schemas — do not edit; run \`npm run schemas\`.
// The objects of schemas/*.json, as constants whose types keep every literal.
${names.map((name) => `\n/** schemas/${kebab(name)}.json */\nexport const ${name} = ${JSON.stringify(schemas[name])} as const;\n`).join('')}`,
    {
      parser: 'typescript',
      ...(JSON.parse(readFileSync(join(ROOT, '.prettierrc.json'), 'utf8')) as object),
    },
  ),
);

mkdirSync(OUT, { recursive: true });
mkdirSync(join(TYPED, '..'), { recursive: true });
const stale: string[] = [];
for (const [file, text] of wanted) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) stale.push(file);
  else writeFileSync(file, text);
}
for (const file of readdirSync(OUT)) if (!wanted.has(join(OUT, file))) stale.push(join(OUT, file));
if (stale.length > 0) {
  console.error(`JSON Schema files out of date (run npm run schemas):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
