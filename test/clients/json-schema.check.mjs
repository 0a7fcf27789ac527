// The shipped JSON Schema files in the tools people feed them to: four validators (each loads
// every file and gives the package's verdict on valid and broken records), Fastify 5 with the
// setup docs/json-schema.md gives, the two TypeScript generators (json-schema-to-typescript on
// the files, json-schema-to-ts on the typed export), and the shape of the files themselves.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { Validator as CfValidator } from '@cfworker/json-schema';
import * as hyperjump from '@hyperjump/json-schema/draft-2020-12';
import jsonschema from 'jsonschema';
import Fastify from 'fastify';
import { compileFromFile } from 'json-schema-to-typescript';
import * as swapledger from 'swapledger';
import { loadSampleDataset } from 'swapledger/sample';
import { inexpressibleRules, jsonSchemas } from 'swapledger/json-schema';
import { check, run } from './_lib.mjs';

const ID_BASE = 'https://unpkg.com/swapledger/schemas/';
// Bounds of the generated TypeScript, in lines (prettier-formatted, comments included).
const MAX_LINES = { 'dataset.json': 600, other: 300 };
// The dataset schema as shipped (indented by two spaces), in kB; it was 98 kB inlined.
const MAX_DATASET_KB = 50;

const DIR = dirname(fileURLToPath(import.meta.resolve('swapledger/schemas/count.json')));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const text = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
const schemas = Object.fromEntries(FILES.map((f) => [f, JSON.parse(text[f])]));
const json = (value) => JSON.parse(JSON.stringify(value));

// Valid records of every model: every value in the sample dataset and the default reference
// tables that the package's own schema of a model accepts, and a few records written here for
// the models the sample does not use.
const sample = json(loadSampleDataset());
const written = {
  statements: [
    {
      id: 'st-outcome',
      about: { type: 'outcome', exchange: 'x1', outcome: 'completed' },
      source: 's1',
      statedOn: '2023-04-26',
      citations: [{ url: 'https://example.org/a', publishedOn: '2023-04-26' }],
    },
    {
      id: 'st-date',
      about: { type: 'date', exchange: 'x1', stage: 0, on: { from: '2023-04-26' } },
      source: 's1',
      citations: [],
    },
    {
      id: 'st-terms',
      about: {
        type: 'terms',
        exchange: 'x1',
        terms: { formula: 'ratio', give: 1, get: 10, by: 'UA' },
      },
      source: 's1',
      citations: [],
      denies: true,
    },
    {
      id: 'st-scale',
      about: {
        type: 'terms',
        agreement: 'a1',
        terms: {
          formula: 'scale',
          unit: 'private',
          equivalents: [{ category: 'officer', worth: 4, wording: 'lieutenant' }],
        },
      },
      source: 's1',
      citations: [],
    },
    {
      id: 'st-role',
      about: { type: 'role', exchange: 'x1', party: 'TR', role: 'mediator' },
      source: 's1',
      citations: [],
    },
  ],
  agreements: [
    {
      id: 'a1',
      parties: ['UA', 'RU'],
      mediators: ['TR'],
      agreedOn: '2022-09',
      terms: [
        { formula: 'all-for-all', category: 'people' },
        {
          formula: 'numbers',
          category: 'remains',
          numbers: [
            { to: 'UA', count: { low: 6000, high: 6000 } },
            { to: 'RU', count: { status: 'undisclosed' } },
          ],
        },
        { formula: 'both-ways', category: 'people', count: { low: 1200, high: 1200 } },
      ],
    },
  ],
  counts: [{ status: 'unknown' }, { status: 'unknown', wording: 'not said' }],
  extensions: [{}, { categories: [{ id: 'medic', label: 'medics', parent: 'military' }] }],
};
const roots = [
  sample,
  json(swapledger.defaultTaxonomy),
  json(swapledger.defaultLexicon),
  json(swapledger.defaultCrosswalk),
  written,
];
const modelOf = (file) => schemas[file].title;
const zodOf = (file) => swapledger[`${modelOf(file)}Schema`];
const VALID = {};
for (const file of FILES) {
  const found = [];
  const seen = new Set();
  const visit = (value) => {
    if (found.length >= 40) return;
    const key = JSON.stringify(value);
    if (!seen.has(key) && zodOf(file)?.safeParse(value).success) found.push(value);
    seen.add(key);
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  roots.forEach(visit);
  VALID[file] = found;
}
// Broken records the package refuses with a rule JSON Schema states: an unknown field, a value
// of the wrong type, and a few targeted ones.
const INVALID = {};
for (const file of FILES) {
  const first = VALID[file][0];
  const broken = [42, null, []];
  if (first !== null && typeof first === 'object' && !Array.isArray(first))
    broken.push({ ...first, zzUnexpected: 1 });
  if (typeof first === 'string') broken.push('2023-13-01', '2023-02-30', '23-04-26');
  INVALID[file] = broken;
}
const firstClaim = VALID['claim.json'][0];
INVALID['claim.json'].push(
  { ...firstClaim, value: { low: -1, high: 4 } },
  { ...firstClaim, id: 'has spaces' },
  { ...firstClaim, citations: Array(101).fill(firstClaim.citations[0]) },
);
// Bounds on lists, written beside them, and a fixed-length pair.
INVALID['subject.json'].push(
  { type: 'exchanged-total', parties: ['UA'] },
  { type: 'exchanged-total', parties: Array(11).fill('UA') },
);
INVALID['lexicon.json'].push({ ...VALID['lexicon.json'][0], rangeWords: [['a', 'b', 'c']] });
INVALID['dataset.json'].push({
  ...sample,
  claims: [{ ...firstClaim, value: { low: 1.5, high: 2 } }],
});
// Records only a rule JSON Schema cannot state refuses: validators accept them, by design.
const INEXPRESSIBLE = {
  'known-count.json': [{ low: 44, high: 36 }],
  'count.json': [{ low: 1, high: 4, best: 9 }],
  'partial-date.json': ['2023-02-29'],
};

await check('every model has valid records the package accepts, and broken ones it refuses', () => {
  for (const file of FILES) {
    if (zodOf(file) === undefined) throw new Error(`no zod schema exported for ${file}`);
    if (VALID[file].length === 0) throw new Error(`no valid record of ${modelOf(file)}`);
    for (const record of INVALID[file])
      if (zodOf(file).safeParse(record).success)
        throw new Error(`${file}: the package accepts ${JSON.stringify(record).slice(0, 80)}`);
    for (const record of INEXPRESSIBLE[file] ?? [])
      if (zodOf(file).safeParse(record).success) throw new Error(`${file}: accepts ${record}`);
  }
  const total = Object.values(VALID).reduce((n, list) => n + list.length, 0);
  console.log(`  ${total} valid records of ${FILES.length} models`);
});

await check(`every $id is the https address of the published file (${ID_BASE}<file>)`, () => {
  const wrong = FILES.filter((f) => schemas[f].$id !== `${ID_BASE}${f}`);
  if (wrong.length > 0)
    throw new Error(`${wrong.length} of ${FILES.length}: ${wrong.map((f) => schemas[f].$id)}`);
});

/** Every subtree of a JSON value, with its compact text. */
function* subtrees(value) {
  if (value === null || typeof value !== 'object') return;
  yield JSON.stringify(value);
  for (const child of Object.values(value)) yield* subtrees(child);
}
const withoutDescriptions = (value) =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === 'description' ? undefined : v)));

await check('each model is a named $defs entry wherever another file uses it, written once', () => {
  const problems = [];
  // A model's body: its file without the file's own keywords.
  const own = new Set(['$schema', '$id', 'title', '$defs']);
  const bodies = FILES.map((f) => {
    const entries = Object.entries(withoutDescriptions(schemas[f]));
    const body = Object.fromEntries(entries.filter(([key]) => !own.has(key)));
    return [f, schemas[f].title, JSON.stringify(body)];
  });
  for (const file of FILES) {
    const { $defs = {}, ...outside } = withoutDescriptions(schemas[file]);
    const inline = [
      ...subtrees(outside),
      ...Object.values($defs).flatMap((d) => [...subtrees(d)].slice(1)),
    ];
    for (const [other, title, body] of bodies) {
      if (other === file || body.length < 40) continue;
      const copies = inline.filter((tree) => tree === body).length;
      if (copies > 0) problems.push(`${file} writes ${title} inline ${copies} time(s)`);
      const named = $defs[title] !== undefined && JSON.stringify($defs[title]) === body;
      if (copies === 0 && !named && text[file].includes(`"#/$defs/${title}"`))
        problems.push(`${file}: #/$defs/${title} is not the ${title} of ${other}`);
    }
  }
  const defs = Object.keys(schemas['dataset.json'].$defs ?? {});
  for (const name of ['Count', 'KnownCount', 'PartialDate', 'Citation', 'Claim', 'Exchange'])
    if (!defs.includes(name)) problems.push(`dataset.json has no $defs/${name}`);
  const kB = text['dataset.json'].length / 1000;
  console.log(`  dataset.json: ${kB.toFixed(1)} kB, ${defs.length} definitions`);
  if (kB > MAX_DATASET_KB)
    problems.push(`dataset.json is ${kB.toFixed(1)} kB (bound ${MAX_DATASET_KB})`);
  if (problems.length > 0)
    throw new Error(`${problems.length} problems:\n${problems.slice(0, 15).join('\n')}`);
});

/** Whether a JSON value holds an object schema with the given properties. */
const holds = (value, ...properties) =>
  [...subtrees(value)].some((tree) => {
    const node = JSON.parse(tree);
    return properties.every((p) => node.properties?.[p] !== undefined);
  });

await check('a description lists the rules of what its file holds, and only those', () => {
  const countRules = [
    inexpressibleRules['low-above-high'],
    inexpressibleRules['best-outside-range'],
  ];
  const dateRule = inexpressibleRules['impossible-date'];
  const problems = [];
  for (const file of FILES) {
    const schema = schemas[file];
    if (!schema.description.startsWith(`The ${schema.title} model`))
      problems.push(`${file} does not say what it describes`);
    const hasCount = holds(schema, 'low', 'high', 'best');
    const hasDate = text[file].includes('02-(?:0[1-9]|1\\\\d|2\\\\d)');
    for (const rule of countRules)
      if (schema.description.includes(rule) !== hasCount)
        problems.push(`${file} ${hasCount ? 'omits' : 'states'} "${rule}"`);
    if (schema.description.includes(dateRule) !== hasDate)
      problems.push(`${file} ${hasDate ? 'omits' : 'states'} "${dateRule}"`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

// One validator a case: loads every file, then checks every valid, broken and inexpressible
// record of every model. `make` returns a function (file, value) => boolean, or throws.
const VALIDATORS = {
  'ajv (Ajv2020, strict)': () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const file of FILES) ajv.addSchema(schemas[file]);
    const compiled = Object.fromEntries(FILES.map((f) => [f, ajv.getSchema(schemas[f].$id)]));
    return (file, value) => compiled[file](value);
  },
  '@cfworker/json-schema': () => {
    const validators = Object.fromEntries(
      FILES.map((f) => {
        const validator = new CfValidator(schemas[f], '2020-12', false);
        for (const other of FILES) if (other !== f) validator.addSchema(schemas[other]);
        return [f, validator];
      }),
    );
    return (file, value) => validators[file].validate(value).valid;
  },
  '@hyperjump/json-schema': async () => {
    for (const file of FILES) hyperjump.registerSchema(schemas[file]);
    const validators = {};
    for (const file of FILES) validators[file] = await hyperjump.validate(schemas[file].$id);
    return (file, value) => validators[file](value).valid;
  },
  jsonschema: () => {
    const validator = new jsonschema.Validator();
    for (const file of FILES) validator.addSchema(schemas[file], schemas[file].$id);
    return (file, value) => validator.validate(value, schemas[file]).valid;
  },
};
const gaps = [];
for (const [name, make] of Object.entries(VALIDATORS)) {
  await check(
    `${name} loads all ${FILES.length} files and gives the package's verdicts`,
    async () => {
      const validate = await make();
      const disagreements = [];
      let checked = 0;
      for (const file of FILES) {
        const verdict = (value, expected) => {
          checked += 1;
          let got;
          try {
            got = validate(file, value);
          } catch (error) {
            got = `threw ${error.message.split('\n')[0]}`;
          }
          if (got !== expected)
            disagreements.push(
              `${file}: ${JSON.stringify(value).slice(0, 70)} → ${got}, the package says ${expected}`,
            );
        };
        for (const value of VALID[file]) verdict(value, true);
        for (const value of INVALID[file]) verdict(value, false);
        for (const value of INEXPRESSIBLE[file] ?? [])
          if (validate(file, value) !== true)
            gaps.push(
              `${name} refuses ${JSON.stringify(value)} (${file}) although JSON Schema cannot`,
            );
      }
      if (disagreements.length > 0)
        throw new Error(
          `${disagreements.length} of ${checked} verdicts differ:\n${disagreements.slice(0, 12).join('\n')}`,
        );
      console.log(`  ${checked} verdicts`);
    },
  );
}
await check('validators accept what only the rules listed in the descriptions refuse', () => {
  if (gaps.length > 0) throw new Error(gaps.join('\n'));
});

await check(
  'plain Fastify 5 cannot compile the schemas (why docs/json-schema.md has a setup)',
  async () => {
    const app = Fastify();
    app.post('/claims', { schema: { body: jsonSchemas.Claim } }, async () => ({ ok: true }));
    try {
      await app.ready();
    } catch (error) {
      if (!/draft\/2020-12\/schema/.test(error.message)) throw error;
      return;
    } finally {
      await app.close();
    }
    console.log('  (plain Fastify compiles them now: the setup in the docs is optional)');
  },
);

await check(
  'Fastify 5 with the setup in docs/json-schema.md: 200 for a valid claim, 400 otherwise',
  async () => {
    const doc = readFileSync(join(DIR, '..', 'docs', 'json-schema.md'), 'utf8');
    const block = [...doc.matchAll(/```js\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((code) => code.includes('Fastify('));
    if (block === undefined) throw new Error('docs/json-schema.md has no Fastify example');
    mkdirSync('fastify', { recursive: true });
    writeFileSync('fastify/app.mjs', `${block}\nexport { app };\n`);
    const { app } = await import(pathToFileURL(join(process.cwd(), 'fastify/app.mjs')).href);
    try {
      await app.ready();
      const post = (payload) => app.inject({ method: 'POST', url: '/claims', payload });
      const statuses = [
        (await post(firstClaim)).statusCode,
        (await post({ ...firstClaim, zzUnexpected: 1 })).statusCode,
        (await post({ ...firstClaim, value: { low: 'many', high: 4 } })).statusCode,
      ];
      if (statuses.join() !== '200,400,400') throw new Error(`statuses ${statuses.join()}`);
    } finally {
      await app.close();
    }
  },
);

const lines = {};
await check(
  'json-schema-to-typescript (default options) writes compact types that compile',
  async () => {
    mkdirSync('jstt', { recursive: true });
    const problems = [];
    for (const file of FILES) {
      const ts = await compileFromFile(join(DIR, file));
      writeFileSync(join('jstt', file.replace('.json', '.ts')), ts);
      lines[file] = ts.split('\n').length;
      const bound = MAX_LINES[file] ?? MAX_LINES.other;
      if (lines[file] > bound) problems.push(`${file}: ${lines[file]} lines (bound ${bound})`);
    }
    console.log(
      `  lines: ${Object.entries(lines)
        .map(([f, n]) => `${f.replace('.json', '')} ${n}`)
        .join(', ')}`,
    );
    // The records the package types can be handed to code typed by the generated types.
    writeFileSync(
      'jstt/use.ts',
      `import type { Claim, Dataset } from 'swapledger';
import { loadSampleDataset } from 'swapledger/sample';
import type { Dataset as Generated } from './dataset.js';
import type { Claim as GeneratedClaim } from './claim.js';
export const dataset: Generated = loadSampleDataset() satisfies Dataset;
export const claim = (c: Claim): GeneratedClaim => c;
`,
    );
    const tsc = run(process.execPath, [
      'node_modules/typescript/bin/tsc',
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--target',
      'es2022',
      '--types',
      'node',
      ...readdirSync('jstt').map((f) => join('jstt', f)),
    ]);
    if (tsc.status !== 0) problems.push(`tsc:\n${tsc.stdout.split('\n').slice(0, 20).join('\n')}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  },
);

await check("json-schema-to-ts: FromSchema of the typed export's Count and Claim is usable", () => {
  mkdirSync('from-schema', { recursive: true });
  writeFileSync(
    'from-schema/types.ts',
    `import type { FromSchema } from 'json-schema-to-ts';
import type { Claim as PackageClaim } from 'swapledger';
import type { jsonSchemas } from 'swapledger/json-schema';

type Count = FromSchema<typeof jsonSchemas.Count>;
type Claim = FromSchema<typeof jsonSchemas.Claim>;

export const known: Count = { low: 36, high: 44, best: 40 };
export const open: Count = { low: 2201, high: null };
export const unknown: Count = { status: 'unknown' };
// @ts-expect-error a count's low is a number
export const wrong: Count = { low: '36', high: 44 };
// @ts-expect-error an unknown count says so
export const unsaid: Count = { status: 'lost' };
export const claim: Claim = ${JSON.stringify(firstClaim, null, 2)};
// @ts-expect-error a claim's value is a count
export const badClaim: Claim = { ...claim, value: { low: 'many', high: 4 } };
export const fromPackage = (c: PackageClaim): Claim => c;
export const id: 'https://unpkg.com/swapledger/schemas/count.json' = ({} as typeof jsonSchemas.Count).$id;
`,
  );
  const tsc = run(process.execPath, [
    'node_modules/typescript/bin/tsc',
    '--noEmit',
    '--strict',
    '--module',
    'nodenext',
    '--target',
    'es2022',
    '--types',
    'node',
    'from-schema/types.ts',
  ]);
  if (tsc.status !== 0) throw new Error(tsc.stdout.split('\n').slice(0, 20).join('\n'));
});
