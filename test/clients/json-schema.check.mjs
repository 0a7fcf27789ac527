// The shipped JSON Schema files in the tools people feed them to: four validators (each loads
// every file, and then the typed export, and gives the package's verdict on valid and broken
// records), Fastify 5 with the setup docs/json-schema.md gives, the two TypeScript generators
// (json-schema-to-typescript on the files, json-schema-to-ts on the typed export, each on every
// model), and the shape of the files themselves.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { Validator as CfValidator } from '@cfworker/json-schema';
import * as hyperjump from '@hyperjump/json-schema/draft-2020-12';
import jsonschema from 'jsonschema';
import Fastify from 'fastify';
import { compileFromFile } from 'json-schema-to-typescript';
import * as swapledger from 'swapledger';
import { loadSampleDataset } from 'swapledger/sample';
import { inexpressibleRules, jsonSchemas, referenceRules } from 'swapledger/json-schema';
import { check, run } from './_lib.mjs';

// Models whose typed export `FromSchema` of json-schema-to-ts cannot turn into a type (it stops
// with TS2589, "excessively deep"): none. docs/json-schema.md says so.
const FROM_SCHEMA_FAILS = [];
// Models whose package type the generated types do not accept: the lexicon's lists are readonly
// in the package, and both generators write mutable arrays. docs/json-schema.md names them.
const NOT_ASSIGNABLE = ['Lexicon'];

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
const TS_OPTIONS = ['--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022'];
const tsc = (...files) =>
  run(process.execPath, [
    'node_modules/typescript/bin/tsc',
    ...TS_OPTIONS,
    '--types',
    'node',
    ...files,
  ]);
/** The errors tsc reported, by file (as given) and line. */
const errorsOf = (out) =>
  [...out.stdout.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(
    ([, file, line, code, message]) => ({ file, line: Number(line), code, message }),
  );

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
const lexicon = json(swapledger.defaultLexicon);
const INEXPRESSIBLE = {
  'known-count.json': [{ low: 44, high: 36 }],
  'count.json': [{ low: 1, high: 4, best: 9 }],
  'partial-date.json': ['2023-02-29'],
  'lexicon.json': [
    { ...lexicon, magnitudes: { ...lexicon.magnitudes, dozens: { low: 10, high: 1 } } },
    { ...lexicon, vagueMultiples: { ...lexicon.vagueMultiples, several: { low: 9, high: 3 } } },
  ],
};
// Records whose shape is right and that only the rules between their parts refuse (listed in the
// descriptions too), with the package's function that refuses them.
const taxonomy = json(swapledger.defaultTaxonomy);
const BETWEEN = {
  'taxonomy.json': {
    refuse: (value) => !swapledger.safeAssertTaxonomy(value).success,
    records: [
      {
        ...taxonomy,
        categories: [...taxonomy.categories, { id: 'x', label: 'x', parent: 'nope' }],
      },
      {
        ...taxonomy,
        categories: [
          ...taxonomy.categories,
          { id: 'a', label: 'a', parent: 'b' },
          { id: 'b', label: 'b', parent: 'a' },
        ],
      },
      {
        ...taxonomy,
        partitions: [{ id: 'p', label: 'p', of: 'nope', parts: ['people'], complete: false }],
      },
    ],
  },
  'taxonomy-extension.json': {
    refuse: (value) => !swapledger.safeExtendTaxonomy(swapledger.defaultTaxonomy, value).success,
    records: [
      { categories: [{ id: 'medic', label: 'medics', parent: 'nope' }] },
      { categories: [{ id: 'military', label: 'again', parent: 'people' }] },
      { addParts: [{ partition: 'nope', parts: ['people'] }] },
    ],
  },
  'dataset.json': {
    refuse: (value) => !swapledger.safeParseDataset(value).success,
    records: [
      { ...sample, taxonomy: { categories: [{ id: 'medic', label: 'medics', parent: 'nope' }] } },
    ],
  },
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
    for (const record of BETWEEN[file]?.records ?? []) {
      if (!zodOf(file).safeParse(record).success)
        throw new Error(`${file}: the shape of ${JSON.stringify(record).slice(0, 80)} is wrong`);
      if (!BETWEEN[file].refuse(record))
        throw new Error(`${file}: the package accepts ${JSON.stringify(record).slice(0, 80)}`);
    }
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

/** A description's lists of rules, by the line that heads each. */
function sectionsOf(description) {
  const sections = {};
  let heading;
  for (const line of description.split('\n').slice(1)) {
    if (line.startsWith('- ')) sections[heading].push(line.slice(2));
    else sections[(heading = line)] = [];
  }
  return sections;
}
const OWN_RULES = 'Rules this schema cannot state (the package checks them):';
/** The rules a definition inside a file states in its own description. */
const NOTE = /^Also checked by the package: (.*)\.$/;
const notesIn = (value) =>
  [...subtrees(value)]
    .map((tree) => NOTE.exec(JSON.parse(tree).description ?? '')?.[1]?.split('; ') ?? [])
    .flat();

await check('a description lists the rules of what its file holds, and only those', () => {
  const countRules = [
    inexpressibleRules['low-above-high'],
    inexpressibleRules['best-outside-range'],
  ];
  const dateRule = inexpressibleRules['impossible-date'];
  const problems = [];
  const sections = Object.fromEntries(FILES.map((f) => [f, sectionsOf(schemas[f].description)]));
  // The lists of rules between parts of a taxonomy, as the files that hold one alone state them.
  const taxonomyRules = Object.entries(sections['taxonomy.json']).find(([h]) =>
    h.includes('safeAssertTaxonomy'),
  );
  const extensionRules = Object.entries(sections['taxonomy-extension.json']).find(([h]) =>
    h.includes('safeExtendTaxonomy'),
  );
  if (taxonomyRules === undefined) problems.push('taxonomy.json lists no rule of a taxonomy');
  if (extensionRules === undefined)
    problems.push('taxonomy-extension.json lists no rule of an extension');
  for (const file of FILES) {
    const schema = schemas[file];
    if (!schema.description.startsWith(`The ${schema.title} model`))
      problems.push(`${file} does not say what it describes`);
    const own = sections[file][OWN_RULES] ?? [];
    const hasCount = holds(schema, 'low', 'high', 'best');
    const hasDate = text[file].includes('02-(?:0[1-9]|1\\\\d|2\\\\d)');
    for (const rule of countRules)
      if (own.includes(rule) !== hasCount)
        problems.push(`${file} ${hasCount ? 'omits' : 'states'} "${rule}"`);
    if (own.includes(dateRule) !== hasDate)
      problems.push(`${file} ${hasDate ? 'omits' : 'states'} "${dateRule}"`);
    // What a definition inside the file says it has, the file lists; what the file lists, a
    // definition inside it has (or the model itself, for the counts and dates).
    const noted = notesIn({ ...schema, description: '' });
    for (const rule of noted)
      if (!own.includes(rule)) problems.push(`${file} omits "${rule}", stated inside it`);
    for (const rule of own)
      if (!noted.includes(rule) && !Object.values(inexpressibleRules).includes(rule))
        problems.push(`${file} states "${rule}", which nothing inside it has`);
    // Rules between records: the dataset's, only in dataset.json.
    const between = Object.entries(sections[file]).filter(([h]) => h.includes('safeParseDataset'));
    const referenceLists = between.filter(([, rules]) =>
      rules.some((r) => referenceRules.includes(r)),
    );
    if (file === 'dataset.json') {
      if (!referenceLists.some(([, rules]) => isDeepStrictEqual(rules, [...referenceRules])))
        problems.push('dataset.json does not list referenceRules');
    } else if (referenceLists.length > 0) problems.push(`${file} lists the dataset's rules`);
    // A taxonomy's rules where a taxonomy is, an extension's where an extension is.
    const lists = Object.values(sections[file]);
    const has = (entry) => entry !== undefined && lists.some((l) => isDeepStrictEqual(l, entry[1]));
    if (has(taxonomyRules) !== (file === 'taxonomy.json'))
      problems.push(`${file} ${file === 'taxonomy.json' ? 'omits' : 'states'} a taxonomy's rules`);
    const holdsExtension = holds(schema, 'addParts');
    if (has(extensionRules) !== holdsExtension)
      problems.push(`${file} ${holdsExtension ? 'omits' : 'states'} an extension's rules`);
  }
  for (const [label, entry] of [
    ['taxonomy', taxonomyRules],
    ['extension', extensionRules],
  ])
    for (const rule of entry?.[1] ?? [])
      if (referenceRules.includes(rule)) problems.push(`the ${label}'s rules hold "${rule}"`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

/** Every schema node a value at `path` meets in a file: through `$ref`s and every branch. */
function nodesAlong(schema, path) {
  const defs = schema.$defs ?? {};
  const expand = (node) => {
    const found = [];
    const stack = [node];
    while (stack.length > 0) {
      const next = stack.pop();
      if (next === null || typeof next !== 'object') continue;
      found.push(next);
      if (typeof next.$ref === 'string') stack.push(defs[next.$ref.replace('#/$defs/', '')]);
      for (const key of ['anyOf', 'oneOf', 'allOf']) stack.push(...(next[key] ?? []));
    }
    return found;
  };
  let at = expand(schema);
  const met = [...at];
  for (const key of path) {
    at = at
      .map((node) =>
        typeof key === 'number'
          ? node.items
          : (node.properties?.[key] ??
            (typeof node.additionalProperties === 'object'
              ? node.additionalProperties
              : undefined)),
      )
      .flatMap((node) => (node === undefined ? [] : expand(node)));
    met.push(...at);
  }
  return met;
}

await check(
  'a record refused only by a rule JSON Schema cannot state: its file lists the rule',
  () => {
    const problems = [];
    for (const [file, records] of Object.entries(INEXPRESSIBLE)) {
      const own = sectionsOf(schemas[file].description)[OWN_RULES] ?? [];
      for (const record of records) {
        const issues = zodOf(file).safeParse(record).error?.issues ?? [];
        for (const issue of issues) {
          // The rule is written on a definition the value at the issue's path meets, or on the
          // model itself (a file's own note is its description).
          const notes = notesIn(nodesAlong({ ...schemas[file], description: '' }, issue.path));
          const at = `${file} at ${JSON.stringify(issue.path)} ("${issue.message}")`;
          if (notes.length === 0 && own.length === 0) problems.push(`${at}: no rule is listed`);
          for (const rule of notes)
            if (!own.includes(rule)) problems.push(`${at}: "${rule}" is not in the description`);
        }
      }
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  },
);

// The typed export is the files written out for TypeScript: each `$ref` replaced by the
// definition it names, and list bounds on the lists instead of in an `allOf` beside them. Both
// changes keep every verdict, by the meaning of the keywords: a `$ref` with nothing beside it
// validates as its target (no definition has an `$id` or an anchor to resolve against, and none
// refers to itself), and `allOf: [{ maxItems: n }]` on a list without a `maxItems` of its own is
// `maxItems: n` on it. The case below proves the export is exactly that; the validators below
// then give the same verdicts on both.
function writtenOut(file) {
  const { $defs = {}, ...root } = file;
  for (const [name, def] of Object.entries($defs))
    for (const key of ['$id', '$anchor', '$dynamicAnchor', '$dynamicRef'])
      if (JSON.stringify(def).includes(`"${key}"`)) throw new Error(`$defs/${name} has ${key}`);
  const go = (node, within) => {
    if (Array.isArray(node)) return node.map((item) => go(item, within));
    if (node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      const { $ref, ...beside } = node;
      const name = $ref.replace('#/$defs/', '');
      if (Object.keys(beside).length > 0) throw new Error(`${$ref} has ${Object.keys(beside)}`);
      if (!($ref === `#/$defs/${name}` && name in $defs)) throw new Error(`${$ref} is unknown`);
      if (within.includes(name)) throw new Error(`${$ref} refers to itself`);
      return go($defs[name], [...within, name]);
    }
    const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, go(v, within)]));
    if (out.type === 'array' && Array.isArray(out.allOf)) {
      const isBound = (part) =>
        Object.keys(part).every((key) => key === 'minItems' || key === 'maxItems');
      for (const part of out.allOf.filter(isBound))
        for (const [key, value] of Object.entries(part)) {
          if (key in out) throw new Error(`a list with ${key} both on it and beside it`);
          out[key] = value;
        }
      const rest = out.allOf.filter((part) => !isBound(part));
      if (rest.length > 0) out.allOf = rest;
      else delete out.allOf;
    }
    return out;
  };
  return go(root, []);
}

await check(
  'the typed export is each file with its $refs and bounds written out, nothing else',
  () => {
    const differ = FILES.filter(
      (f) => !isDeepStrictEqual(jsonSchemas[modelOf(f)], writtenOut(schemas[f])),
    );
    if (differ.length > 0) throw new Error(`${differ.length} differ: ${differ.join(', ')}`);
    if (Object.keys(jsonSchemas).length !== FILES.length)
      throw new Error(`${Object.keys(jsonSchemas).length} models exported, ${FILES.length} files`);
  },
);

// Lists at their bounds, where bounds written on a list and bounds beside it could part ways.
const EDGES = {
  'claim.json': [{ ...firstClaim, citations: Array(100).fill(firstClaim.citations[0]) }],
  'subject.json': [
    { type: 'exchanged-total', parties: ['UA', 'RU'] },
    { type: 'exchanged-total', parties: Array(10).fill('UA') },
  ],
};
for (const [file, records] of Object.entries(EDGES))
  for (const record of records) {
    if (!zodOf(file).safeParse(record).success) throw new Error(`${file}: an edge is refused`);
    VALID[file].push(record);
  }

// The two sources every validator loads: the files, and the typed export (as plain objects, as
// a validator would be handed them; hyperjump keeps what it is given).
const SOURCES = {
  files: schemas,
  'the typed export': Object.fromEntries(FILES.map((f) => [f, json(jsonSchemas[modelOf(f)])])),
};
// One validator a case: loads every schema of a source, then checks every valid, broken and
// inexpressible record of every model. `make` returns a function (file, value) => boolean, or
// throws.
const VALIDATORS = {
  'ajv (Ajv2020, strict)': (source) => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const file of FILES) ajv.addSchema(source[file]);
    const compiled = Object.fromEntries(FILES.map((f) => [f, ajv.getSchema(source[f].$id)]));
    return (file, value) => compiled[file](value);
  },
  '@cfworker/json-schema': (source) => {
    const validators = Object.fromEntries(
      FILES.map((f) => {
        const validator = new CfValidator(source[f], '2020-12', false);
        for (const other of FILES) if (other !== f) validator.addSchema(source[other]);
        return [f, validator];
      }),
    );
    return (file, value) => validators[file].validate(value).valid;
  },
  '@hyperjump/json-schema': async (source) => {
    for (const file of FILES) {
      try {
        hyperjump.unregisterSchema(source[file].$id);
      } catch {
        // Not registered yet.
      }
      hyperjump.registerSchema(source[file]);
    }
    const validators = {};
    for (const file of FILES) validators[file] = await hyperjump.validate(source[file].$id);
    return (file, value) => validators[file](value).valid;
  },
  jsonschema: (source) => {
    const validator = new jsonschema.Validator();
    for (const file of FILES) validator.addSchema(source[file], source[file].$id);
    return (file, value) => validator.validate(value, source[file]).valid;
  },
};
const gaps = [];
const verdicts = {};
for (const [name, make] of Object.entries(VALIDATORS)) {
  for (const [sourceName, source] of Object.entries(SOURCES)) {
    const loads = sourceName === 'files' ? `all ${FILES.length} files` : 'the typed export';
    await check(`${name} loads ${loads} and gives the package's verdicts`, async () => {
      const validate = await make(source);
      const disagreements = [];
      const got = (verdicts[`${name} · ${sourceName}`] = []);
      let checked = 0;
      for (const file of FILES) {
        const verdict = (value) => {
          let answer;
          try {
            answer = validate(file, value);
          } catch (error) {
            answer = `threw ${error.message.split('\n')[0]}`;
          }
          got.push(answer);
          return answer;
        };
        const expect = (value, expected) => {
          checked += 1;
          const answer = verdict(value);
          if (answer !== expected)
            disagreements.push(
              `${file}: ${JSON.stringify(value).slice(0, 70)} → ${answer}, the package says ${expected}`,
            );
        };
        for (const value of VALID[file]) expect(value, true);
        for (const value of INVALID[file]) expect(value, false);
        for (const value of [...(INEXPRESSIBLE[file] ?? []), ...(BETWEEN[file]?.records ?? [])])
          if (verdict(value) !== true)
            gaps.push(
              `${name} (${sourceName}) refuses ${JSON.stringify(value).slice(0, 70)} (${file}) although JSON Schema cannot`,
            );
      }
      if (disagreements.length > 0)
        throw new Error(
          `${disagreements.length} of ${checked} verdicts differ:\n${disagreements.slice(0, 12).join('\n')}`,
        );
      console.log(`  ${checked} verdicts`);
    });
  }
}
await check('validators accept what only the rules listed in the descriptions refuse', () => {
  if (gaps.length > 0) throw new Error(gaps.join('\n'));
});
await check('every validator gives the files and the typed export the same verdicts', () => {
  const differ = Object.keys(VALIDATORS).filter(
    (name) =>
      verdicts[`${name} · files`] === undefined ||
      !isDeepStrictEqual(verdicts[`${name} · files`], verdicts[`${name} · the typed export`]),
  );
  if (differ.length > 0) throw new Error(`verdicts differ in ${differ.join(', ')}`);
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

/** A model's file name without `.json`, as a module name. */
const moduleOf = (file) => file.replace('.json', '');
/** One line a model: `own` takes the package's type and gives the generated one. */
const ownLine = (model, generated) =>
  `export const own${model} = (value: Own.${model}): ${generated} => value;`;
/** The models whose `own` line, starting at `first` in `file`, tsc refused. */
const refusedOwn = (errors, file, first) => [
  ...new Set(
    errors
      .filter((e) => e.file === file && e.line >= first && e.line < first + FILES.length)
      .map((e) => modelOf(FILES[e.line - first])),
  ),
];
const sameSet = (a, b) => isDeepStrictEqual([...a].sort(), [...b].sort());

const lines = {};
await check(
  'json-schema-to-typescript (default options) writes compact types that compile',
  async () => {
    mkdirSync('jstt', { recursive: true });
    const problems = [];
    for (const file of FILES) {
      const ts = await compileFromFile(join(DIR, file));
      writeFileSync(join('jstt', `${moduleOf(file)}.ts`), ts);
      lines[file] = ts.split('\n').length;
      const bound = MAX_LINES[file] ?? MAX_LINES.other;
      if (lines[file] > bound) problems.push(`${file}: ${lines[file]} lines (bound ${bound})`);
    }
    console.log(
      `  lines: ${Object.entries(lines)
        .map(([f, n]) => `${moduleOf(f)} ${n}`)
        .join(', ')}`,
    );
    const out = tsc(...FILES.map((f) => join('jstt', `${moduleOf(f)}.ts`)));
    if (out.status !== 0) problems.push(`tsc:\n${out.stdout.split('\n').slice(0, 20).join('\n')}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  },
);

await check(
  `json-schema-to-typescript: the package's value of every model but ${NOT_ASSIGNABLE.join(', ')} is of the generated type`,
  () => {
    // Line 5 onwards: one line a model, in the order of FILES.
    const head = [
      `import type * as Own from 'swapledger';`,
      `import { loadSampleDataset } from 'swapledger/sample';`,
      `import type { Dataset as GeneratedDataset } from './dataset.js';`,
      `export const dataset: GeneratedDataset = loadSampleDataset() satisfies Own.Dataset;`,
    ];
    const imports = FILES.map(
      (f) => `import type { ${modelOf(f)} as G${modelOf(f)} } from './${moduleOf(f)}.js';`,
    );
    writeFileSync(
      'jstt/use.ts',
      [...head, ...FILES.map((f) => ownLine(modelOf(f), `G${modelOf(f)}`)), ...imports, ''].join(
        '\n',
      ),
    );
    const out = tsc('jstt/use.ts');
    const errors = errorsOf(out);
    const first = head.length + 1;
    const refused = refusedOwn(errors, 'jstt/use.ts', first);
    const elsewhere = errors.filter((e) => e.line < first || e.line >= first + FILES.length);
    if (elsewhere.length > 0 || !sameSet(refused, NOT_ASSIGNABLE))
      throw new Error(
        `refused: ${refused.join(', ') || 'none'} (expected ${NOT_ASSIGNABLE.join(', ')})\n${out.stdout.split('\n').slice(0, 12).join('\n')}`,
      );
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
  const out = tsc('from-schema/types.ts');
  if (out.status !== 0) throw new Error(out.stdout.split('\n').slice(0, 20).join('\n'));
});

await check(
  `json-schema-to-ts: FromSchema derives a type from the typed export of every model${FROM_SCHEMA_FAILS.length > 0 ? ` but ${FROM_SCHEMA_FAILS.join(', ')}` : ''}`,
  () => {
    // One file a model, so that tsc's errors name it: line 5 derives the type, line 7 shows it is
    // a type (not the `any` a failed derivation leaves), line 8 takes the package's type.
    mkdirSync('from-schema/models', { recursive: true });
    for (const file of FILES)
      writeFileSync(
        `from-schema/models/${moduleOf(file)}.ts`,
        `import type { FromSchema } from 'json-schema-to-ts';
import type * as Own from 'swapledger';
import type { jsonSchemas } from 'swapledger/json-schema';

export type Derived = FromSchema<typeof jsonSchemas.${modelOf(file)}>;
// @ts-expect-error no model is a number
export const notModel: Derived = 42;
${ownLine(modelOf(file), 'Derived')}
`,
      );
    const paths = FILES.map((f) => `from-schema/models/${moduleOf(f)}.ts`);
    const modelAt = (e) =>
      modelOf(`${e.file.replace('from-schema/models/', '').replace('.ts', '')}.json`);
    const judge = (errors) => {
      const fails = [...new Set(errors.filter((e) => e.line !== 8).map(modelAt))];
      const refused = [...new Set(errors.filter((e) => e.line === 8).map(modelAt))];
      const usable = refused.filter((m) => !fails.includes(m));
      const problems = [];
      if (!sameSet(fails, FROM_SCHEMA_FAILS))
        problems.push(
          `FromSchema fails on ${fails.join(', ') || 'none'} (expected ${FROM_SCHEMA_FAILS.join(', ') || 'none'})`,
        );
      if (
        !sameSet(
          usable,
          NOT_ASSIGNABLE.filter((m) => !fails.includes(m)),
        )
      )
        problems.push(
          `the package's ${usable.join(', ') || 'none'} not of the derived type (expected ${NOT_ASSIGNABLE.join(', ')})`,
        );
      return problems;
    };
    let out = tsc(...paths);
    let errors = errorsOf(out);
    let problems = judge(errors);
    // A derivation that stops part-way leaves its pieces in tsc's cache, where models compiled
    // with it find them: when the answer is not the one expected, each model is compiled again
    // on its own, so that the failures named are each model's own.
    if (problems.length > 0) {
      const alone = paths.map((path) => tsc(path));
      errors = alone.flatMap(errorsOf);
      out = { stdout: alone.map((o) => o.stdout).join('') };
      problems = judge(errors);
    }
    const excessive = errors.filter((e) => e.code === 'TS2589').map(modelAt);
    console.log(`  FromSchema stops (TS2589) on: ${excessive.join(', ') || 'none'}`);
    if (problems.length > 0)
      throw new Error(`${problems.join('\n')}\n${out.stdout.split('\n').slice(0, 12).join('\n')}`);
  },
);

await check(
  'docs/json-schema.md says what the generated types are for, and where they stop',
  () => {
    const doc = readFileSync(join(DIR, '..', 'docs', 'json-schema.md'), 'utf8');
    const section = doc.split('## Generating TypeScript types')[1]?.split('\n## ')[0] ?? '';
    const problems = [];
    for (const model of NOT_ASSIGNABLE)
      if (!section.includes(`\`${model}\``)) problems.push(`it does not name ${model}`);
    if (!/readonly/.test(section)) problems.push('it does not say why (readonly lists)');
    for (const model of FROM_SCHEMA_FAILS)
      if (!section.includes(`\`${model}\``))
        problems.push(`it does not say FromSchema fails on ${model}`);
    if (FROM_SCHEMA_FAILS.length === 0 && !/every model/.test(section))
      problems.push('it does not say FromSchema works on every model');
    if (problems.length > 0) throw new Error(problems.join('\n'));
  },
);
