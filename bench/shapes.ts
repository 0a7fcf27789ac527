// Datasets shaped like real reporting, for the audit and ledger benchmarks. `generate.ts` makes one
// exchange pattern between two parties, which never reaches the paths that grow with parties,
// cohorts and agreements; these two shapes do:
// - `theatres`: the embedded sample copied as independent theatres, each with its own parties,
//   sources, cohorts, agreements, exchanges and claims (ids prefixed), as a dataset pooling many
//   wars would be;
// - `longWar`: one war of many years with many parties (aligned bodies, mediators), sources,
//   cohorts and agreements, each exchange claimed by several sources of both sides, with running
//   totals of every scope, holdings, deaths, lists and (optionally) statements.
import type {
  Agreement,
  Claim,
  Cohort,
  Dataset,
  Exchange,
  PartialDate,
  Party,
  Source,
  Statement,
} from '../src/index.js';
import { DATASET_COLLECTIONS } from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';

/**
 * The dataset as a program that read it from a file holds it: every record replaced, in place, by
 * a copy parsed from its own JSON text (record by record: a million claims are longer as one text
 * than the longest string). The shapes build their ids by joining strings, which the engine keeps
 * as trees of pieces, and once read whole as a reference to a flat copy elsewhere in memory; a
 * dataset read from a file has neither. In place, so that each generated record can be freed as
 * soon as its copy is made (a frozen dataset cannot be read back). What JSON cannot hold is lost,
 * as it would be in a file: a field that is `undefined` is left out, and a number that is not
 * finite becomes `null`; the shapes make neither.
 */
export function readBack<T extends object>(dataset: T): T {
  const fields = dataset as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) Reflect.deleteProperty(fields, name);
    else if (!Array.isArray(value)) fields[name] = JSON.parse(JSON.stringify(value)) as unknown;
    else
      for (let k = 0; k < value.length; k += 1)
        value[k] = JSON.parse(JSON.stringify(value[k]) ?? 'null') as unknown;
  }
  return dataset;
}

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const day = (index: number): PartialDate =>
  new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10) as PartialDate;

// Fields whose strings are prose or addresses, never references: left as they are when renaming.
const PROSE = new Set([
  'name',
  'title',
  'description',
  'license',
  'format',
  'note',
  'wording',
  'quote',
  'role',
  'url',
  'reason',
  'label',
]);

function renamed(value: unknown, ids: ReadonlySet<string>, prefix: string, key = ''): unknown {
  if (typeof value === 'string') return !PROSE.has(key) && ids.has(value) ? prefix + value : value;
  if (Array.isArray(value)) return value.map((v) => renamed(v, ids, prefix, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renamed(v, ids, prefix, k);
    return out;
  }
  return value;
}

/**
 * The sample copied `ceil(claims / 166)` times as independent theatres: every id of every record
 * (and every reference to it) prefixed with `t<k>-`, so nothing is shared between copies.
 */
export function theatres(claims: number): Dataset {
  const sample = loadSampleDataset();
  const ids = new Set<string>();
  for (const name of Object.keys(DATASET_COLLECTIONS) as (keyof typeof DATASET_COLLECTIONS)[])
    for (const record of sample[name] ?? []) ids.add(record.id);
  const copies = Math.max(1, Math.ceil(claims / sample.claims.length));
  const out = {
    format: sample.format,
    parties: [] as unknown[],
    sources: [] as unknown[],
    cohorts: [] as unknown[],
    agreements: [] as unknown[],
    exchanges: [] as unknown[],
    claims: [] as unknown[],
  };
  for (let k = 0; k < copies; k += 1) {
    const copy = renamed(sample, ids, `t${k}-`) as Dataset;
    out.parties.push(...copy.parties);
    out.sources.push(...copy.sources);
    out.cohorts.push(...(copy.cohorts ?? []));
    out.agreements.push(...(copy.agreements ?? []));
    out.exchanges.push(...copy.exchanges);
    out.claims.push(...copy.claims);
  }
  return out as Dataset;
}

const CATEGORIES = ['military', 'officer', 'enlisted', 'civilian', 'national-guard', 'navy'];

/**
 * One long war: two camps of three parties each (a state, a de-facto authority and an ombudsman
 * aligned with it), four mediators, 200 sources, about one cohort per 40 exchanges and one
 * agreement per 25, and about 12 claims per exchange (transfers claimed by both sides, some
 * disagreeing, with breakdowns by cohort; running totals by receiver, category, cohort, mediator
 * and agreement; exchange counts; holdings; deaths; lists). With `statements`, each exchange also
 * has statements of its date, ordinal, mediator role and outcome.
 */
export function longWar(
  claims: number,
  options: { statements?: boolean; seed?: number } = {},
): Dataset {
  const random = prng(options.seed ?? 7);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const exchangeCount = Math.max(4, Math.floor(claims / 12));
  const camps = [
    ['A', 'A-east', 'A-ombudsman'],
    ['B', 'B-west', 'B-ombudsman'],
  ] as const;
  const mediators = ['M1', 'M2', 'M3', 'M4'];
  const parties: Party[] = [
    ...camps.flatMap(([state, authority, ombudsman]): Party[] => [
      { id: state, name: `State ${state}`, kind: 'state' },
      {
        id: authority,
        name: `Authority ${authority}`,
        kind: 'de-facto-authority',
        alignedWith: state,
      },
      { id: ombudsman, name: `Ombudsman of ${state}`, kind: 'state-body', alignedWith: state },
    ]),
    ...mediators.map((id): Party => ({ id, name: `Mediator ${id}`, kind: 'state' })),
  ];
  const affiliations = [...camps.flat(), ...mediators, null];
  const sources: Source[] = Array.from({ length: 200 }, (_, i) => ({
    id: `src-${i}`,
    name: `Source ${i}`,
    kind: (['official', 'ministry', 'outlet', 'ngo', 'anonymous'] as const)[i % 5] ?? 'outlet',
    affiliation: affiliations[i % affiliations.length] ?? null,
  }));
  const sideSources = (camp: 0 | 1) =>
    sources.filter(
      (s) => s.affiliation !== null && s.affiliation.startsWith(camp === 0 ? 'A' : 'B'),
    );
  const sourcesOf = [sideSources(0), sideSources(1)] as const;
  const cohorts: Cohort[] = Array.from(
    { length: Math.max(2, Math.ceil(exchangeCount / 40)) },
    (_, i) => ({
      id: `cohort-${i}`,
      name: `Cohort ${i}`,
      categories: [pick(['military', 'civilian', 'navy'])],
      ...(i % 2 === 0 ? { knownSize: { low: 200 + int(400), high: 700 + int(400) } } : {}),
    }),
  );
  const agreements: Agreement[] = Array.from(
    { length: Math.max(1, Math.ceil(exchangeCount / 25)) },
    (_, i) => ({
      id: `agreement-${i}`,
      parties: ['A', 'B'],
      mediators: [pick(mediators)],
      agreedOn: day(i * 25),
      terms:
        i % 3 === 0
          ? [{ formula: 'all-for-all', category: 'people' }]
          : i % 3 === 1
            ? [
                {
                  formula: 'numbers',
                  category: 'people',
                  numbers: [
                    { to: 'A', count: { low: 300, high: 300 } },
                    { to: 'B', count: { low: 300, high: 300 } },
                  ],
                },
              ]
            : [],
    }),
  );
  const exchanges: Exchange[] = [];
  const out: Claim[] = [];
  const statements: Statement[] = [];
  const totals = new Map<string, number>();
  const add = (key: string, n: number) => totals.set(key, (totals.get(key) ?? 0) + n);
  const cite = (id: string) => [{ url: `https://example.org/${id}` }];
  for (let i = 0; i < exchangeCount; i += 1) {
    const id = `x${i}`;
    const first = i * 3;
    const stages =
      random() < 0.2 ? [{ on: day(first) }, { on: day(first + 1) }] : [{ on: day(first) }];
    const mediator = pick(mediators);
    const agreement = agreements[Math.floor(i / 25)] as Agreement;
    const cohort = cohorts[Math.floor(i / 40)] as Cohort;
    const fromB = random() < 0.8 ? 'B' : 'B-west';
    const fromA = random() < 0.85 ? 'A' : 'A-east';
    const toA = 10 + int(200);
    const toB = random() < 0.6 ? toA : 10 + int(200);
    const officers = int(Math.floor(toA / 4));
    const inCohort = Math.min(toA - officers, int(30));
    const category = pick(CATEGORIES);
    exchanges.push({
      id,
      parties: [...new Set(['A', 'B', fromA, fromB])],
      mediators: [mediator],
      agreement: agreement.id,
      status: random() < 0.95 ? 'completed' : 'cancelled',
      stages,
      transfers: [
        {
          id: 'to-A',
          from: fromB,
          to: 'A',
          category: 'people',
          count: { low: toA, high: toA },
          legalBasis: 'exchange',
          breakdown: [
            { category: 'officer', count: { low: officers, high: officers } },
            { category: 'enlisted', count: { low: toA - officers, high: toA - officers } },
          ],
          cohorts: [{ cohort: cohort.id, count: { low: inCohort, high: inCohort } }],
          ...(stages.length > 1 ? { stage: 1 } : {}),
        },
        {
          id: 'to-B',
          from: fromA,
          to: 'B',
          category,
          count: random() < 0.05 ? { status: 'undisclosed' } : { low: toB, high: toB },
          legalBasis: 'exchange',
        },
      ],
    });
    const delivered = exchanges[exchanges.length - 1]?.status === 'completed';
    if (delivered) {
      add('A', toA);
      add(`A|${cohort.id}`, inCohort);
      add(`A|${mediator}`, toA);
    }
    const stated = day(first + (stages.length - 1));
    let k = 0;
    const claim = (fields: Omit<Claim, 'id' | 'citations' | 'source'>, source: Source) => {
      const claimId = `${id}/${k}`;
      k += 1;
      out.push({ id: claimId, source: source.id, citations: cite(claimId), ...fields } as Claim);
    };
    for (const [to, truth, camp] of [
      ['A', toA, 0],
      ['A', toA, 1],
      ['B', toB, 0],
      ['B', toB, 1],
    ] as const) {
      const off = random() < 0.12 ? 1 + int(8) : 0;
      claim(
        {
          subject: { type: 'transferred', exchange: id, to },
          value: { low: truth + off, high: truth + off },
          statedOn: stated,
          exchange: id,
          ...(to === 'A' && camp === 0
            ? {
                breakdown: [
                  { category: 'officer', count: { low: officers, high: officers } },
                  { category: 'enlisted', count: { low: toA - officers, high: toA - officers } },
                ],
                breakdownComplete: true,
              }
            : {}),
        },
        pick(sourcesOf[camp]),
      );
    }
    claim(
      {
        subject: { type: 'exchanged', exchange: id },
        value: { low: toA + toB, high: toA + toB },
        statedOn: stated,
        exchange: id,
      },
      pick(sources),
    );
    claim(
      {
        subject: { type: 'transferred', exchange: id, to: 'A', cohort: cohort.id },
        value: { low: inCohort, high: inCohort },
        statedOn: stated,
        exchange: id,
      },
      pick(sourcesOf[0]),
    );
    const asOf = day(first + 2);
    claim(
      {
        subject: { type: 'returned-total', to: 'A', since: day(0) },
        value:
          random() < 0.9
            ? { low: totals.get('A') ?? 0, high: totals.get('A') ?? 0 }
            : { low: 1 + (totals.get('A') ?? 0), high: null },
        statedOn: asOf,
        asOf,
      },
      pick(sourcesOf[0]),
    );
    claim(
      {
        subject: { type: 'returned-total', to: 'A', since: day(0), cohort: cohort.id },
        value: { low: totals.get(`A|${cohort.id}`) ?? 0, high: totals.get(`A|${cohort.id}`) ?? 0 },
        statedOn: asOf,
        asOf,
      },
      pick(sourcesOf[0]),
    );
    claim(
      {
        subject: { type: 'returned-total', to: 'A', through: mediator, since: day(0) },
        value: { low: totals.get(`A|${mediator}`) ?? 0, high: null },
        statedOn: asOf,
        asOf,
      },
      pick(sourcesOf[0]),
    );
    claim(
      {
        subject: { type: 'exchange-count', parties: ['A', 'B'], since: day(0) },
        value: { low: i, high: i + 1 },
        statedOn: asOf,
        asOf,
      },
      pick(sources),
    );
    claim(
      {
        subject: {
          type: 'held',
          holder: pick(['B', 'B-west']),
          of: 'A',
          ...(i % 4 === 0 ? { cohort: cohort.id } : {}),
        },
        value: { low: 1000 + int(500), high: 2000 + int(500) },
        statedOn: stated,
        asOf: stated,
      },
      pick(sourcesOf[0]),
    );
    claim(
      {
        subject:
          i % 2 === 0
            ? { type: 'died', of: 'A', holder: 'B' }
            : { type: 'listed', by: 'A', to: 'B', exchange: id },
        value: { low: int(20), high: 20 + int(20) },
        statedOn: stated,
        asOf: stated,
      },
      pick(sourcesOf[i % 2 === 0 ? 0 : 1]),
    );
    if (i % 25 === 0 && agreement.terms.length === 0)
      claim(
        {
          subject: { type: 'agreed', agreement: agreement.id, to: 'A' },
          value: { low: 250, high: 250 },
          statedOn: stated,
        },
        pick(sourcesOf[1]),
      );
    if (options.statements === true) {
      const s = (about: Statement['about'], source: Source, denies = false) => {
        const statementId = `${id}/st${statements.length % 100_000}-${statements.length}`;
        statements.push({
          id: statementId,
          about,
          source: source.id,
          statedOn: stated,
          citations: cite(statementId),
          ...(denies ? { denies } : {}),
        });
      };
      s(
        { type: 'date', exchange: id, on: { from: stages[0]?.on ?? day(first) } },
        pick(sourcesOf[0]),
      );
      s(
        {
          type: 'ordinal',
          exchange: id,
          ordinal: i + 1 + (random() < 0.1 ? 1 : 0),
          among: ['A', 'B'],
        },
        pick(sourcesOf[1]),
      );
      s(
        { type: 'role', exchange: id, party: mediator, role: 'mediator' },
        pick(sources),
        random() < 0.05,
      );
      s({ type: 'outcome', exchange: id, outcome: 'completed' }, pick(sourcesOf[0]));
    }
  }
  return {
    format: 'swapledger/1',
    parties,
    sources,
    cohorts,
    agreements,
    exchanges,
    claims: out,
    ...(options.statements === true ? { statements } : {}),
  };
}
