/**
 * Generates the JSON Schema (draft 2020-12) of every public model from its zod schema into
 * schemas/<name>.json, and the same schemas as typed constants into src/json-schema/_lib/schemas.ts
 * (JSON imports lose their literal types, which json-schema-to-ts needs). `--check` fails instead
 * of writing when a file is out of date (the gate's lint stage runs it that way), so the files can
 * never drift from the zod definitions.
 *
 * Each file stands alone: what several models share is written once under `$defs`, named as the
 * package names it, and reached by `$ref`, so no validator has to be handed other files first.
 * The typed constants are written for json-schema-to-ts instead: every `$ref` replaced by what it
 * names and list bounds on the lists, which validators read exactly as the files, but which
 * `FromSchema` can follow on every model (it re-reads a definition at each `$ref` and each `allOf`,
 * and gave up, too deep, on the exchange, the agreement and the dataset).
 *
 * Every check of a zod schema that JSON Schema cannot state (a refinement) must be placed here,
 * with the rule it checks in words, and those words go into the description of every file that
 * holds it; a refinement, a transform or a kind of schema the generator does not know makes it
 * fail rather than write a file that says less than the package checks.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import * as z from 'zod';
import { HeadcountSchema, KnownCountSchema } from '../src/count/CountSchema.js';
import { PartialDateSchema } from '../src/date/PartialDateSchema.js';
import { IdSchema, LanguageSchema, NameSchema, NoteSchema, UrlSchema } from '../src/_lib/fields.js';
import { LexiconSchema } from '../src/phrase/LexiconSchema.js';
import { FORBIDDEN_KEYS, NO_PROTO_RECORDS } from '../src/phrase/_lib/noProtoRecord.js';
import { LEGAL_BASIS_KEYS } from '../src/taxonomy/legalBases.js';
import {
  LegalReferenceSchema,
  TaxonomyExtensionSchema,
  TaxonomySchema,
} from '../src/taxonomy/TaxonomySchema.js';
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

/** A zod schema or check, seen through the parts of its internals read here. */
interface Internals {
  _zod: { def: Record<string, unknown> & { type: string }; innerType?: unknown };
}
const internals = (schema: unknown) => schema as Internals;
const isSchema = (value: unknown): value is Internals =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** The schema a wrapper stands for: a lazy schema's, a pipe's output, an optional's, … */
function unwrap(schema: unknown): Internals {
  let at = internals(schema);
  for (;;) {
    const { def } = at._zod;
    if (def.type === 'lazy') at = internals(at._zod.innerType);
    else if (def.type === 'pipe') at = internals(def['out']);
    else if (['optional', 'nullable', 'readonly'].includes(def.type))
      at = internals(def['innerType']);
    else return at;
  }
}

/** The part of `schema` at `path`: field names, and `*` for the values of a record. */
function partOf(schema: z.ZodType, ...path: string[]): z.ZodType {
  let at = unwrap(schema);
  for (const key of path) {
    const { def } = at._zod;
    const shape = def['shape'] as Record<string, unknown> | undefined;
    const next = def.type === 'object' ? shape?.[key] : key === '*' ? def['valueType'] : undefined;
    if (!isSchema(next)) throw new Error(`the zod schema has no part ${path.join('.')}`);
    at = unwrap(next);
  }
  return at as unknown as z.ZodType;
}

/** What the lexicon's ranges check: its only refinement. */
export const LEXICON_RANGE_RULE =
  "in a lexicon's magnitudes and vague multiples, a range's low is at most its high";

/**
 * Every zod schema with a refinement, and the rules the refinement checks, in the order files
 * list them. Each of these schemas has exactly one refinement: a second one, or one on a schema
 * not listed here, fails the generator until it is placed.
 */
export const REFINED: readonly (readonly [schema: z.ZodType, rules: readonly string[]])[] = [
  [KnownCountSchema, [INEXPRESSIBLE['low-above-high'], INEXPRESSIBLE['best-outside-range']]],
  [PartialDateSchema, [INEXPRESSIBLE['impossible-date']]],
  [partOf(LexiconSchema, 'magnitudes', '*'), [LEXICON_RANGE_RULE]],
  [partOf(LexiconSchema, 'vagueMultiples', '*'), [LEXICON_RANGE_RULE]],
];
const REFINEMENTS = new Map<unknown, readonly string[]>(REFINED);
for (const rule of Object.values(INEXPRESSIBLE))
  if (!REFINED.some(([, rules]) => rules.includes(rule)))
    throw new Error(`no schema has the rule "${rule}": add it to REFINED`);

/** A taxonomy's rules between its categories and partitions, which `safeAssertTaxonomy` checks. */
export const TAXONOMY_RULES = [
  'category ids are unique, and so are partition ids',
  "a category's parent is a category of the taxonomy, and no chain of parents comes back to where it began",
  "a partition's `of` and its parts are categories of the taxonomy, its parts are children of its `of`, and no category is a part of two partitions",
] as const;

/** The rules of what an extension adds to a taxonomy, read with the taxonomy it extends. */
export const EXTENSION_RULES = [
  'the ids of added categories and partitions are unique, among themselves and beside those of the taxonomy extended',
  "an added category's parent is a category of the taxonomy or an added one, and no chain of parents comes back to where it began",
  "an added partition's `of` and its parts are categories, its parts are children of its `of`, and no category is a part of two partitions",
  '`addParts` names a partition that exists and is not complete, and adds children of the category it splits that no partition has yet',
] as const;

/**
 * The rules between the parts of a model, which only a function of the package checks: a file
 * lists them when it holds the model, under the heading that names the function.
 */
export const BETWEEN_PARTS: readonly (readonly [
  schema: z.ZodType,
  heading: string,
  rules: readonly string[],
])[] = [
  [MODELS.Dataset, 'Rules between records, checked by safeParseDataset:', REFERENCE_RULES],
  [TaxonomySchema, 'Rules between its parts, checked by safeAssertTaxonomy:', TAXONOMY_RULES],
  [
    TaxonomyExtensionSchema,
    'Rules of a taxonomy extension, checked by safeExtendTaxonomy against the taxonomy it extends (and by safeParseDataset against the default taxonomy):',
    EXTENSION_RULES,
  ],
];

/** Kinds of zod schema whose JSON Schema states all they check, their checks and parts aside. */
const STATED_TYPES = new Set([
  ...['string', 'number', 'boolean', 'null', 'literal', 'enum', 'never', 'object', 'array'],
  ...['tuple', 'record', 'union', 'optional', 'nullable', 'readonly', 'lazy'],
]);
/** zod's own checks, which JSON Schema states (a string format only as a pattern). */
const STATED_CHECKS = new Set([
  ...['max_length', 'min_length', 'length_equals', 'greater_than', 'less_than', 'multiple_of'],
  ...['number_format', 'string_format'],
]);
/** The fields of a definition that hold the schemas it is made of. */
const PARTS = [
  ...['innerType', 'catchall', 'element', 'options', 'keyType', 'valueType', 'items', 'rest'],
];

/**
 * Every schema `root` is made of, itself included. Throws on anything JSON Schema would not state
 * that is not placed here: a refinement not in {@link REFINED}, a transform or a pipe other than
 * the one that guards records against `__proto__` (stated by `propertyNames`), a string format
 * other than a pattern (validators may read `format` as a mere note), a kind of schema not known.
 */
export function partsOf(root: z.ZodType, name: string): Set<unknown> {
  const seen = new Set<unknown>();
  const stack: [Internals, string][] = [[internals(root), name]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [schema, path] = next;
    if (seen.has(schema)) continue;
    seen.add(schema);
    const { def } = schema._zod;
    const fail = (what: string) => {
      throw new Error(`${path}: ${what}; say in scripts/json-schemas.ts how JSON Schema states it`);
    };
    const checks = ((def['checks'] as Internals[] | undefined) ?? []).map((c) => c._zod.def);
    const refinements = checks.filter((c) => c['check'] === 'custom' || c['check'] === 'overwrite');
    const placed = REFINEMENTS.has(schema);
    if (refinements.length !== (placed ? 1 : 0))
      fail(`${refinements.length} refinement(s), ${placed ? 1 : 0} placed in REFINED`);
    for (const check of checks) {
      const kind = String(check['check']);
      if (kind === 'custom' || kind === 'overwrite') continue;
      if (!STATED_CHECKS.has(kind)) fail(`a ${kind} check`);
      if (kind === 'string_format' && check['format'] !== 'regex') fail(`a ${check['format']}`);
    }
    if (def.type === 'string' && def['format'] !== undefined && def['format'] !== 'regex')
      fail(`a ${def['format']} string`);
    if (def.type === 'pipe') {
      const [input, output] = [internals(def['in']), def['out']];
      if (input._zod.def.type !== 'transform' || !NO_PROTO_RECORDS.has(output as z.ZodType))
        fail('a pipe or transform');
      stack.push([internals(output), path]);
      continue;
    }
    if (!STATED_TYPES.has(def.type)) fail(`a ${def.type} schema`);
    for (const key of PARTS) {
      const part = def[key];
      for (const item of Array.isArray(part) ? (part as unknown[]) : [part])
        if (isSchema(item)) stack.push([item, `${path}.${key}`]);
    }
    if (def.type === 'object')
      for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>))
        stack.push([internals(value), `${path}.${key}`]);
    if (def.type === 'lazy') stack.push([internals(schema._zod.innerType), path]);
  }
  return seen;
}

/** The description of a model's file: what it is, then every rule of what it holds, by checker. */
export function describe(name: ModelName): string {
  const parts = partsOf(MODELS[name], name);
  const own = [
    ...new Set(REFINED.filter(([schema]) => parts.has(schema)).flatMap(([, rules]) => rules)),
  ];
  const sections: [string, readonly string[]][] = [
    ['Rules this schema cannot state (the package checks them):', own],
    ...BETWEEN_PARTS.filter(([schema]) => parts.has(schema)).map(
      ([, heading, rules]) => [heading, rules] as [string, readonly string[]],
    ),
  ];
  return [
    `The ${name} model of the swapledger package, generated from its zod schema.`,
    ...sections
      .filter(([, rules]) => rules.length > 0)
      .flatMap(([heading, rules]) => [heading, ...rules.map((rule) => `- ${rule}`)]),
  ].join('\n');
}

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

/** Calls `visit` on every object schema inside `node`, innermost first. */
function eachSchema(node: unknown, visit: (schema: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((item) => eachSchema(item, visit));
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  for (const value of Object.values(schema)) eachSchema(value, visit);
  visit(schema);
}

/**
 * Writes a tuple of one kind of item as a list of fixed length: the same rule, but validators
 * without `prefixItems` (jsonschema) read `items: false` as "no items at all".
 */
function tuplesAsLists(node: unknown): void {
  eachSchema(node, (schema) => {
    const prefix = schema['prefixItems'] as unknown[] | undefined;
    const one = JSON.stringify(prefix?.[0]);
    if (schema['items'] === false && prefix?.every((item) => JSON.stringify(item) === one)) {
      delete schema['prefixItems'];
      schema['items'] = prefix[0];
    }
  });
}

/**
 * Moves `minItems`/`maxItems` off every list into an `allOf` beside it. Validators read it the
 * same way, but json-schema-to-typescript turns bounds on an array into a union of tuples of every
 * allowed length (13,000 lines for the dataset), which no array the package types would fit.
 */
function boundsAside(node: unknown): void {
  eachSchema(node, (schema) => {
    if (schema['type'] !== 'array') return;
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
  });
}

/**
 * `node` with every `$ref` replaced by the definition it names. A `$ref` with nothing beside it
 * validates exactly as its target when no definition has an `$id` or anchor and none refers to
 * itself; anything else throws.
 */
function writeOut(node: unknown, defs: Record<string, unknown>, within: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => writeOut(item, defs, within));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...beside } = node as Record<string, unknown>;
  if (typeof $ref === 'string') {
    const name = $ref.replace('#/$defs/', '');
    if (!(name in defs) || Object.keys(beside).length > 0 || within.includes(name))
      throw new Error(`cannot write out ${JSON.stringify(node)}`);
    return writeOut(defs[name], defs, [...within, name]);
  }
  for (const key of ['$id', '$anchor', '$dynamicAnchor', '$dynamicRef'])
    if (key in beside && within.length > 0) throw new Error(`a definition has ${key}`);
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, writeOut(value, defs, within)]),
  );
}

/** A model's file, and the same schema as the typed export writes it. */
function schemaFor(name: ModelName): { file: object; typed: object } {
  // Every shared schema but the root gets a name; the root is written in place.
  const names = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(DEFINITIONS))
    if (schema !== MODELS[name]) names.add(schema, { id });
  const generated = z.toJSONSchema(MODELS[name], {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    metadata: names,
    override: (ctx) => {
      const zodSchema = ctx.zodSchema as unknown as z.ZodType;
      if (zodSchema === PartialDateSchema) ctx.jsonSchema.pattern = STRICT_DATE_PATTERN;
      const rules = REFINEMENTS.get(zodSchema);
      if (rules !== undefined)
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
  tuplesAsLists({ rest, defs });
  const head = {
    $schema,
    $id: `${BASE_URI}${kebab(name)}.json`,
    title: name,
    description: describe(name),
  };
  const typed = { ...head, ...(writeOut(rest, defs) as object) };
  boundsAside({ rest, defs });
  const $defs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : 1)));
  const file = { ...head, ...rest, ...(Object.keys($defs).length > 0 ? { $defs } : {}) };
  return { file, typed };
}

/** Every file the generator writes, with its text. */
async function generate(): Promise<Map<string, string>> {
  const names = Object.keys(MODELS) as ModelName[];
  const schemas = Object.fromEntries(names.map((name) => [name, schemaFor(name)]));
  const wanted = new Map<string, string>();
  for (const name of names)
    wanted.set(
      join(OUT, `${kebab(name)}.json`),
      `${JSON.stringify(schemas[name]?.file, null, 2)}\n`,
    );
  const constants = names.map(
    (name) =>
      `\n/** schemas/${kebab(name)}.json, written out. */\nexport const ${name} = ${JSON.stringify(schemas[name]?.typed)} as const;\n`,
  );
  wanted.set(
    TYPED,
    await format(
      `// Generated by scripts/json-schemas.ts from the zod schemas — do not edit; run \`npm run schemas\`.
// The schemas of schemas/*.json, as constants whose types keep every literal, written for
// json-schema-to-ts: each \`$ref\` replaced by the definition it names, and list bounds on the
// lists instead of in an \`allOf\` beside them. Validators give them the files' verdicts.
${constants.join('')}`,
      {
        parser: 'typescript',
        ...(JSON.parse(readFileSync(join(ROOT, '.prettierrc.json'), 'utf8')) as object),
      },
    ),
  );
  return wanted;
}

async function main(check: boolean): Promise<void> {
  const wanted = await generate();
  mkdirSync(OUT, { recursive: true });
  mkdirSync(join(TYPED, '..'), { recursive: true });
  const stale: string[] = [];
  for (const [file, text] of wanted) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) stale.push(file);
    else writeFileSync(file, text);
  }
  for (const file of readdirSync(OUT))
    if (!wanted.has(join(OUT, file))) stale.push(join(OUT, file));
  if (stale.length > 0) {
    console.error(`JSON Schema files out of date (run npm run schemas):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
}

// Run as a script, it writes (or checks) the files; imported (by the tests), it only exports.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main(process.argv.includes('--check'));
