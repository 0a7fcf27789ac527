// The streamed NDJSON validator and validateDataset read the same records in two ways; they must
// give the same verdict and the same issues (codes, at the same places). The datasets are the
// sample with random damage done to its references, found by walking the records for fields that
// name other records, not by asking the package which fields those are: self-links, links to
// claims that do not exist, unknown ids in every field that refers to another record, taken ids,
// malformed records. The NDJSON lines are shuffled, so records often name others that come later,
// and their keys are spelt the different ways JSON allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Dataset } from '../../src/index.js';
import { validateNdjsonLines } from '../../src/dataset/_lib/ndjson.js';
import { validateNdjson } from '../../src/cli/ndjson.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { Readable } from 'node:stream';

const COLLECTIONS = [
  'parties',
  'sources',
  'cohorts',
  'agreements',
  'exchanges',
  'claims',
  'statements',
] as const;
const KIND = {
  parties: 'party',
  sources: 'source',
  cohorts: 'cohort',
  agreements: 'agreement',
  exchanges: 'exchange',
  claims: 'claim',
  statements: 'statement',
} as const;
type Collection = (typeof COLLECTIONS)[number];

// Field names that, by their meaning in docs/data-format.md, hold the id of another record.
const NAMING = new Set([
  'id',
  'alignedWith',
  'affiliation',
  'parties',
  'mediators',
  'custodians',
  'agreement',
  'exchange',
  'transfer',
  'from',
  'to',
  'through',
  'holder',
  'of',
  'captor',
  'believedHeldBy',
  'source',
  'reportedBy',
  'claim',
  'cohort',
  'category',
  'categories',
  'party',
  'by',
  'among',
  'extends',
  'unit',
  'agreements',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a value where a string names another record: [container, key]. */
function slots(value: Json, out: [Json[] | Record<string, Json>, string | number][] = []) {
  if (Array.isArray(value)) value.forEach((item) => slots(item, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (NAMING.has(key) && typeof item === 'string') out.push([value, key]);
      else if (NAMING.has(key) && Array.isArray(item))
        item.forEach((x, k) => (typeof x === 'string' ? out.push([item, k]) : slots(x, out)));
      else slots(item, out);
    }
  return out;
}

const sample = loadSampleDataset();
// The sample, with a crosswalk so that the header's references are tried too, and a record of
// each kind the second edition added, so that their references are damaged too.
const exchange = 'ua-ru-2023-04-26';
const cited = (id: string) => ({ citations: [{ url: `https://example.org/${id}` }] });
const base: Dataset = {
  ...sample,
  sources: [
    ...sample.sources,
    {
      id: 'joint',
      name: 'A joint statement',
      kind: 'joint',
      affiliation: null,
      speakers: [
        { name: 'One side', affiliation: 'UA' },
        { name: 'The other', affiliation: 'RU' },
      ],
    },
  ],
  agreements: [
    ...(sample.agreements ?? []),
    {
      id: 'extension',
      parties: ['UA', 'RU'],
      extends: 'ua-ru-2022-10-17-terms',
      source: 'joint',
      citations: [{ url: 'https://example.org/terms', reportedBy: 'ua-yermak' }],
      terms: [{ formula: 'both-ways', category: 'people', count: { low: 10, high: 10 } }],
    },
  ],
  // A transfer's part naming its receiver and stage, so that renaming them is tried too.
  exchanges: sample.exchanges.map((e) =>
    e.id === exchange
      ? {
          ...e,
          agreements: ['extension'],
          sides: [['UA'], ['RU']],
          transfers: e.transfers.map((t, k) =>
            k === 0
              ? { ...t, breakdown: [{ category: t.category, count: t.count, to: t.to, stage: 0 }] }
              : t,
          ),
        }
      : e,
  ),
  claims: [
    ...sample.claims,
    {
      id: 'new/died',
      subject: { type: 'died', of: 'UA', holder: 'RU', exchange, cohort: 'azovstal-defenders' },
      value: { low: 1, high: 1 },
      source: 'ua-yermak',
      dated: { from: '2023-04-25', to: '2023-04-26' },
      ...cited('died'),
    },
    {
      id: 'new/listed',
      subject: { type: 'listed', by: 'UA', to: 'RU', agreement: 'extension', exchange },
      value: { low: 50, high: 50 },
      source: 'ua-yermak',
      share: { of: 'new/died', low: 0, high: 1 },
      breakdown: [
        { category: 'people', count: { low: 5, high: 5 }, to: 'RU', agreement: 'extension' },
      ],
      ...cited('listed'),
    },
    // A figure pinned to a transfer, its part naming the transfer's receiver and stage.
    {
      id: 'new/pinned',
      subject: { type: 'transferred', exchange, transfer: 'people-to-UA' },
      value: { low: 44, high: 44 },
      source: 'ua-yermak',
      breakdown: [{ category: 'people', count: { low: 44, high: 44 }, to: 'UA', stage: 0 }],
      ...cited('pinned'),
    },
    {
      id: 'new/both-ways',
      subject: {
        type: 'exchanged-total',
        parties: ['UA', 'RU'],
        through: 'TR',
        agreement: 'extension',
      },
      value: { low: 80, high: 80 },
      source: 'joint',
      ...cited('both-ways'),
    },
  ],
  statements: [
    {
      id: 'st/role',
      about: { type: 'role', exchange, party: 'TR', role: 'mediator' },
      source: 'ru-moskalkova',
      ...cited('role'),
    },
    {
      id: 'st/date',
      about: { type: 'date', exchange, stage: 0, on: { from: '2023-04-26' } },
      source: 'joint',
      ...cited('date'),
    },
    {
      id: 'st/ordinal',
      about: { type: 'ordinal', exchange, ordinal: 30, among: ['UA', 'RU'], through: 'TR' },
      source: 'ua-yermak',
      ...cited('ordinal'),
    },
    {
      id: 'st/terms',
      about: {
        type: 'terms',
        agreement: 'extension',
        terms: {
          formula: 'scale',
          unit: 'private',
          equivalents: [{ category: 'officer', worth: 4 }],
        },
      },
      source: 'ru-kozlov',
      ...cited('terms'),
    },
  ],
  crosswalk: {
    id: 'desk',
    version: '1',
    entries: [{ wording: 'moryaky', category: 'navy', party: 'UA' }],
  },
};

type Damage =
  | {
      kind: 'rename';
      record: number;
      slot: number;
      to: 'ghost' | 'self' | 'other' | 'number';
      other: number;
    }
  | { kind: 'copy-id'; record: number; other: number }
  | { kind: 'break'; record: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      record: fc.nat(),
      slot: fc.nat(),
      to: fc.constantFrom('ghost' as const, 'self' as const, 'other' as const, 'number' as const),
      other: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('copy-id' as const),
      record: fc.nat(),
      other: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('break' as const), record: fc.nat() }) },
);

/** The dataset's records as one list, each with its collection and index. */
function records(
  dataset: Record<string, Json>,
): { collection: Collection; index: number; record: Record<string, Json> }[] {
  return COLLECTIONS.flatMap((collection) =>
    ((dataset[collection] ?? []) as Record<string, Json>[]).map((record, index) => ({
      collection,
      index,
      record,
    })),
  );
}

function damaged(damages: readonly Damage[]): Record<string, Json> {
  const dataset = structuredClone(base) as unknown as Record<string, Json>;
  const all = records(dataset);
  const ids = all.map((r) => r.record['id'] as string);
  for (const d of damages) {
    const target = all[d.record % all.length]!;
    if (d.kind === 'break') target.record['id'] = 7;
    else if (d.kind === 'copy-id') target.record['id'] = ids[d.other % ids.length]!;
    else {
      const places = slots(target.record).filter(([, key]) => key !== 'id');
      if (places.length === 0) continue;
      const [container, key] = places[d.slot % places.length]!;
      const value =
        d.to === 'ghost'
          ? `ghost-${d.other % 3}`
          : d.to === 'self'
            ? (target.record['id'] as string)
            : d.to === 'number'
              ? d.other
              : ids[d.other % ids.length]!;
      (container as Record<string | number, Json>)[key] = value;
    }
  }
  return dataset;
}

/**
 * A record line, its key spelt one of the ways JSON allows: plainly, with white space around it,
 * or with its first letter escaped. The validator must read them all alike.
 */
function spell(kind: string, record: string, i: number): string {
  const escaped = `\\u${kind.charCodeAt(0).toString(16).padStart(4, '0')}${kind.slice(1)}`;
  return i % 3 === 0
    ? `{"${kind}":${record}}`
    : i % 3 === 1
      ? `{ "${kind}" :  ${record} }`
      : `{"${escaped}":${record}}`;
}

/**
 * The dataset as NDJSON lines in the given order of its records, and the same dataset with each
 * list in that order, so that both readings agree on which of two records with one id came first.
 */
function shuffle(dataset: Record<string, Json>, order: readonly number[]) {
  const all = records(dataset);
  const shuffled = order.length === all.length ? order.map((i) => all[i]!) : all;
  const envelope = Object.fromEntries(
    Object.entries(dataset).filter(([key]) => !COLLECTIONS.includes(key as Collection)),
  );
  const reordered: Record<string, Json> = { ...envelope };
  for (const c of COLLECTIONS) reordered[c] = [];
  const place: { collection: Collection; index: number }[] = [];
  for (const r of shuffled) {
    const list = reordered[r.collection] as Json[];
    place.push({ collection: r.collection, index: list.length });
    list.push(r.record);
  }
  const text = [
    JSON.stringify({ header: envelope }),
    ...shuffled.map((r, i) => spell(KIND[r.collection], JSON.stringify(r.record), i)),
  ];
  return { text, reordered, at: (line: number) => place[line - 2] };
}

/** The streamed reading's issues as "path code", the path as validateDataset writes it. */
async function streamed(text: readonly string[], at: ReturnType<typeof shuffle>['at']) {
  const result = await validateNdjsonLines(text, { maxIssues: 1e6 });
  return result.issues
    .map((issue) => {
      const [, ...rest] = issue.path;
      if (issue.line === 1) return `${rest.join('.')} ${issue.code}`;
      const record = at(issue.line)!;
      return `${[record.collection, record.index, ...rest].join('.')} ${issue.code}`;
    })
    .sort();
}

function whole(dataset: Record<string, Json>) {
  const result = validateDataset(dataset, { maxIssues: 1e6 });
  return result.success
    ? []
    : result.error.map((issue) => `${issue.path.join('.')} ${issue.code}`).sort();
}

describe('the NDJSON validator and validateDataset', () => {
  it('accept the base dataset, in any order of its lines', async () => {
    expect(whole(base as unknown as Record<string, Json>)).toEqual([]);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...records(base as unknown as Record<string, Json>).keys()], {
          minLength: records(base as unknown as Record<string, Json>).length,
        }),
        async (order) => {
          const { text, at } = shuffle(base as unknown as Record<string, Json>, order);
          expect(await streamed(text, at)).toEqual([]);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('give the same verdict and the same issues on 1,000 damaged datasets', async () => {
    const size = records(base as unknown as Record<string, Json>).length;
    let invalid = 0;
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(damage, { minLength: 1, maxLength: 6 }),
        fc.shuffledSubarray([...Array(size).keys()], { minLength: size }),
        async (damages, order) => {
          const { text, at, reordered } = shuffle(damaged(damages), order);
          const expected = whole(reordered);
          const found = await streamed(text, at);
          expect(found).toEqual(expected);
          if (expected.length > 0) invalid += 1;
          for (const line of expected) codes.add(line.split(' ')[1]!);
        },
      ),
      { numRuns: 1000 },
    );
    // The damage reached the rules it was meant to reach: most datasets are invalid, for
    // reasons of every kind a reference can fail.
    expect(invalid).toBeGreaterThan(700);
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'cycle',
        'duplicate-id',
        'invalid-reference',
        'invalid-type',
        'unknown-reference',
      ]),
    );
  }, 120_000);
});

describe('validate on NDJSON, as the command line reads it', () => {
  const ndjson = (dataset: Dataset) =>
    Readable.from([
      Buffer.from(shuffle(dataset as unknown as Record<string, Json>, []).text.join('\n') + '\n'),
    ]);

  it('refuses a claim that links to itself', async () => {
    const [first, ...rest] = base.claims;
    const dataset = {
      ...base,
      claims: [{ ...first!, links: [{ type: 'restates' as const, claim: first!.id }] }, ...rest],
    };
    expect(validateDataset(dataset).success).toBe(false);
    const result = await validateNdjson(ndjson(dataset));
    expect(result.issues).toMatchObject([
      { code: 'invalid-reference', path: ['claim', 'links', 0, 'claim'] },
    ]);
  });

  it('reports a reused id on a record refused for another reason, as a document does', async () => {
    const source = base.sources[0]!;
    const dataset = { ...base, sources: [...base.sources, { ...source, kind: 'oracle' } as never] };
    const result = await validateNdjson(ndjson(dataset));
    expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['source.kind', 'invalid-value'],
      ['source.id', 'duplicate-id'],
    ]);
    const document = validateDataset(dataset);
    expect(document.success ? [] : document.error.map((i) => i.code)).toEqual([
      'invalid-value',
      'duplicate-id',
    ]);
  });

  it('refuses an exchange count that names an unknown party', async () => {
    const dataset = {
      ...base,
      claims: [
        ...base.claims,
        {
          ...base.claims[0]!,
          id: 'count',
          subject: { type: 'exchange-count' as const, parties: ['UA', 'atlantis'] },
        },
      ],
    };
    expect(validateDataset(dataset).success).toBe(false);
    const result = await validateNdjson(ndjson(dataset));
    expect(result.issues).toMatchObject([
      { code: 'unknown-reference', path: ['claim', 'subject', 'parties', 1] },
    ]);
  });

  it('refuses a link to a claim that is nowhere in the file, however many claims there are', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...base.claims[0]!, id: `c${i}` }));
    const dataset = {
      ...base,
      claims: [
        ...many,
        { ...base.claims[0]!, id: 'linked', links: [{ type: 'copies' as const, claim: 'c20000' }] },
      ],
    };
    const result = await validateNdjson(ndjson(dataset));
    expect(result.issues).toMatchObject([
      { code: 'unknown-reference', path: ['claim', 'links', 0, 'claim'] },
    ]);
  });
});
