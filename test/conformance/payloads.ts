// Valid payloads of every public model, and single mutations of them, for the conformance suite.
import fc from 'fast-check';
import { defaultCrosswalk, defaultLexicon, defaultTaxonomy } from '../../src/index.js';
import type { ModelName } from '../../src/dataset/_lib/models.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { knownCount, partialDate, validDataset } from '../arbitraries.js';

const sample = loadSampleDataset();
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const generatedRecords = validDataset.map(json);
const fromDatasets = <T>(
  pick: (d: ReturnType<typeof loadSampleDataset>) => readonly T[],
): fc.Arbitrary<T> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...pick(sample)) },
    {
      weight: 4,
      arbitrary: generatedRecords.chain((d) => {
        const list = pick(d);
        return list.length > 0 ? fc.constantFrom(...list) : fc.constantFrom(...pick(sample));
      }),
    },
  );

const generatedStatements = generatedRecords
  .filter((d) => (d.statements ?? []).length > 0)
  .chain((d) => fc.constantFrom(...(d.statements ?? [])));

const wording = fc.option(fc.string({ maxLength: 30 }), { nil: undefined });
const absent = (status: 'unknown' | 'undisclosed') =>
  wording.map((w) => (w === undefined ? { status } : { status, wording: w }));

/** A valid payload of each model. */
export const VALID: Record<ModelName, fc.Arbitrary<unknown>> = {
  Count: fc.oneof(knownCount, absent('unknown'), absent('undisclosed')),
  KnownCount: knownCount,
  UnknownCount: absent('unknown'),
  UndisclosedCount: absent('undisclosed'),
  PartialDate: partialDate,
  ReportedDate: fc.oneof(
    partialDate.map((from) => ({ from })),
    fc
      .tuple(partialDate, fc.boolean(), fc.constantFrom('stated', 'likely', 'uncertain'))
      .map(([from, approximate, certainty]) => ({ from, to: from, approximate, certainty })),
  ),
  Party: fromDatasets((d) => d.parties),
  Source: fromDatasets((d) => d.sources),
  Citation: fromDatasets((d) => d.claims.flatMap((c) => c.citations)),
  Subject: fromDatasets((d) => d.claims.map((c) => c.subject)),
  BreakdownPart: fc.constantFrom(...sample.claims.flatMap((c) => c.breakdown ?? [])),
  Claim: fromDatasets((d) => d.claims),
  Terms: fc.constantFrom(
    { formula: 'n-for-n', count: 1000 },
    { formula: 'ratio', give: 1, get: 10, by: 'UA' },
    { formula: 'all-for-all', category: 'people' },
    {
      formula: 'scale',
      unit: 'private',
      equivalents: [
        { category: 'officer', worth: 4, wording: 'lieutenant' },
        { category: 'sergeant', worth: 2 },
      ],
    },
    {
      formula: 'stages',
      planned: [{ on: { from: '2025-05-23' }, count: { low: 390, high: 390 }, to: 'UA' }],
    },
  ),
  Stated: generatedStatements.map((s) => s.about),
  Statement: generatedStatements,
  AgreementTerm: fc.constantFrom(
    { formula: 'all-for-all', category: 'people' },
    {
      formula: 'numbers',
      category: 'remains',
      numbers: [
        { to: 'UA', count: { low: 6000, high: 6000 } },
        { to: 'RU', count: { low: 6000, high: 6000 } },
      ],
    },
  ),
  Agreement: fc.constantFrom(...(sample.agreements ?? []), {
    id: 'a',
    parties: ['UA', 'RU'],
    mediators: ['TR'],
    agreedOn: '2022-09',
    terms: [{ formula: 'all-for-all', category: 'people' }],
  }),
  Transfer: fromDatasets((d) => d.exchanges.flatMap((e) => e.transfers)),
  ExchangeStage: fromDatasets((d) => d.exchanges.flatMap((e) => e.stages)),
  Exchange: fromDatasets((d) => d.exchanges),
  Category: fc.constantFrom(...json(defaultTaxonomy.categories)),
  Partition: fc.constantFrom(...json(defaultTaxonomy.partitions)),
  Taxonomy: fc.constant(json(defaultTaxonomy)),
  TaxonomyExtension: fc.constantFrom(
    {},
    { categories: [{ id: 'medic', label: 'medics', parent: 'military' }] },
  ),
  Crosswalk: fc.constant(json(defaultCrosswalk)),
  Cohort: fc.constantFrom(...(sample.cohorts ?? [])),
  Lexicon: fc.constant(json(defaultLexicon)),
  Dataset: fc.oneof(
    { weight: 9, arbitrary: generatedRecords },
    { weight: 1, arbitrary: fc.constant(json(sample)) },
  ),
};

type Path = (string | number)[];

/** Every path to a value inside a JSON value, the root included. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function get(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

export const MUTATIONS = [
  'wrong-type',
  'missing-field',
  'out-of-range',
  'impossible-date',
  'bad-reference',
  'extra-proto-key',
  'extra-key',
] as const;

/** Fields that name another record: a bad reference is well formed, so every schema accepts it. */
const REFERENCES = new Set([
  'source',
  'exchange',
  'to',
  'from',
  'holder',
  'of',
  'captor',
  'agreement',
  'cohort',
  'transfer',
  'reportedBy',
  'affiliation',
  'alignedWith',
  'category',
  'parent',
  'claim',
]);

/** Applies one mutation at a path picked by `pick`; returns undefined when it does not apply there. */
export function mutate(
  valid: unknown,
  kind: (typeof MUTATIONS)[number],
  pick: number,
  replacement: unknown,
): unknown {
  const value = json(valid);
  const all = paths(value);
  const path = all[pick % all.length] as Path;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent =
    path.length === 0 ? undefined : (get(value, parentPath) as Record<string | number, unknown>);
  const set = (v: unknown) => {
    if (parent === undefined) return v;
    parent[key as string] = v;
    return value;
  };
  const current = get(value, path);
  switch (kind) {
    case 'wrong-type':
      return typeof current === typeof replacement &&
        Array.isArray(current) === Array.isArray(replacement)
        ? undefined
        : set(replacement);
    case 'missing-field':
      if (parent === undefined || Array.isArray(parent)) return undefined;
      Reflect.deleteProperty(parent, key as string);
      return value;
    case 'out-of-range':
      if (typeof current !== 'number') return undefined;
      return set((replacement as number[])[pick % 4]);
    case 'impossible-date':
      if (typeof current !== 'string' || !/^\d{4}/.test(current)) return undefined;
      return set(['2023-02-30', '2023-13', '2023-02-29', '0000-01-01', '2023-04-31'][pick % 5]);
    case 'bad-reference':
      if (typeof current !== 'string' || !REFERENCES.has(String(key))) return undefined;
      return set('no-such-record');
    case 'extra-proto-key':
      if (current === null || typeof current !== 'object' || Array.isArray(current))
        return undefined;
      Object.defineProperty(current, '__proto__', {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return value;
    case 'extra-key':
      if (current === null || typeof current !== 'object' || Array.isArray(current))
        return undefined;
      (current as Record<string, unknown>)['zzUnexpected'] = 1;
      return value;
  }
}
