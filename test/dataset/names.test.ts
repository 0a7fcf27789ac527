// The validator checks the names records give of one another through the walk of REFERENCES; the
// audit reads the same names through `eachName`, a walk without the rules, to cut a dataset into
// independent parts. Here the two are held to the same names, record by record: on records that
// fill every field naming a record, on the sample, on the benchmark's war and on generated data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_COLLECTIONS, type Dataset } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import {
  COLLECTIONS as RECORD_LISTS,
  eachName,
  REFERENCES,
  type Collection,
  type RecordOf,
  type Refer,
} from '../../src/dataset/_lib/references.js';
import { longWar } from '../../bench/shapes.js';
import { validDataset } from '../arbitraries.js';

const COLLECTIONS = Object.keys(DATASET_COLLECTIONS) as Collection[];

/** The names the validator's walk asks about: every name taken as known, every rule as kept. */
function checkedNames(collection: Collection, record: RecordOf<Collection>): Set<string> {
  const out = new Set<string>();
  const add = (c: Collection, id: string | undefined) => {
    if (id !== undefined) out.add(`${c}:${id}`);
  };
  const refer: Refer = {
    known: (c, id) => {
      add(c, id);
      return true;
    },
    id: (c, _what, id) => add(c, id),
    category: () => true,
    breakdown: (parts) => {
      for (const part of parts ?? []) {
        add('cohorts', part.cohort);
        add('parties', part.to);
        add('agreements', part.agreement);
      }
    },
    transfer: (exchange, _transfer, _path, to) => {
      add('exchanges', exchange);
      add('parties', to);
    },
    stage: (exchange) => add('exchanges', exchange),
    inExchange: (exchange, party) => {
      add('exchanges', exchange);
      add('parties', party);
    },
    partOfTransfer: (exchange, _transfer, field, value) => {
      add('exchanges', exchange);
      if (field === 'to') add('parties', value as string);
    },
    ifExists: (c, id, _path, _code, _message, also) => {
      add(c, id);
      add(c, also);
    },
    issue: () => {},
  };
  (REFERENCES[collection] as (r: RecordOf<Collection>, refer: Refer) => void)(record, refer);
  return out;
}

function walkedNames(collection: Collection, record: RecordOf<Collection>): Set<string> {
  const out = new Set<string>();
  eachName(collection, record, (c, id) => out.add(`${c}:${id}`));
  return out;
}

function sameNames(dataset: Partial<Record<Collection, readonly unknown[]>>): number {
  let names = 0;
  for (const collection of COLLECTIONS)
    for (const record of (dataset[collection] ?? []) as RecordOf<Collection>[]) {
      const walked = walkedNames(collection, record);
      expect([...walked].sort(), `${collection} ${record.id}`).toEqual(
        [...checkedNames(collection, record)].sort(),
      );
      names += walked.size;
    }
  return names;
}

const n = { low: 3, high: 3 };
const cite = (reportedBy: string) => [{ url: 'https://example.org/a', reportedBy }];

/** Records filling every field that names a record, each valid by its own schema. */
const FULL: Partial<Record<Collection, unknown[]>> = {
  parties: [{ id: 'P5', name: 'Aligned', kind: 'de-facto-authority', alignedWith: 'P1' }],
  sources: [
    {
      id: 'S9',
      name: 'Joint statement',
      kind: 'joint',
      affiliation: null,
      speakers: [{ name: 'A president', affiliation: 'P1' }, { name: 'Another' }],
    },
  ],
  cohorts: [{ id: 'K1', name: 'Garrison', categories: ['military'] }],
  agreements: [
    {
      id: 'A1',
      parties: ['P1', 'P2'],
      mediators: ['P3'],
      extends: 'A0',
      source: 'S1',
      citations: cite('S2'),
      terms: [{ formula: 'numbers', category: 'people', numbers: [{ to: 'P1', count: n }] }],
    },
  ],
  exchanges: [
    {
      id: 'X1',
      parties: ['P1', 'P2'],
      mediators: ['P3'],
      custodians: ['P4'],
      agreement: 'A1',
      agreements: ['A2'],
      status: 'completed',
      stages: [{ on: '2023-01-01' }, { on: '2023-01-02' }],
      transfers: [
        {
          id: 't1',
          from: 'P2',
          to: 'P1',
          category: 'people',
          count: n,
          stage: 1,
          breakdown: [
            { category: 'military', count: n, cohort: 'K1', to: 'P1', agreement: 'A3', stage: 1 },
          ],
          cohorts: [{ cohort: 'K2', count: n }],
          settles: { exchange: 'X0', transfer: 't0' },
        },
      ],
    },
  ],
  claims: [
    {
      id: 'C1',
      subject: { type: 'transferred', exchange: 'X1', to: 'P1', cohort: 'K1', transfer: 't1' },
      value: n,
      source: 'S1',
      exchange: 'X1',
      breakdown: [{ category: 'military', count: n, cohort: 'K3', to: 'P1', agreement: 'A3' }],
      links: [{ type: 'revises', claim: 'C0' }],
      citations: cite('S3'),
      share: { of: 'C9', low: 0, high: 1 },
    },
    ...[
      { type: 'exchanged', exchange: 'X1' },
      {
        type: 'returned-total',
        to: 'P1',
        from: 'P2',
        through: 'P3',
        agreement: 'A1',
        cohort: 'K1',
      },
      { type: 'held', holder: 'P2', of: 'P1', cohort: 'K1' },
      { type: 'captured-total', captor: 'P2', of: 'P1', cohort: 'K1' },
      { type: 'missing', of: 'P1', believedHeldBy: 'P2' },
      { type: 'exchange-count', parties: ['P1', 'P2'], through: 'P3', agreement: 'A1' },
      { type: 'exchanged-total', parties: ['P1', 'P2'], through: 'P3', agreement: 'A1' },
      { type: 'died', of: 'P1', holder: 'P2', exchange: 'X1', cohort: 'K1' },
      { type: 'listed', by: 'P1', to: 'P2', exchange: 'X1', agreement: 'A1' },
      { type: 'agreed', agreement: 'A1', to: 'P1' },
    ].map((subject, k) => ({
      id: `C${k + 10}`,
      subject,
      value: n,
      source: 'S1',
      citations: [{ url: 'https://example.org/b' }],
    })),
  ],
  statements: [
    { type: 'role', exchange: 'X1', agreement: 'A1', party: 'P3', role: 'mediator' },
    { type: 'date', exchange: 'X1', stage: 1, on: { from: '2023-01-02' } },
    { type: 'ordinal', exchange: 'X1', ordinal: 2, among: ['P1', 'P2'], through: 'P3' },
    { type: 'outcome', exchange: 'X1', outcome: 'completed' },
    {
      type: 'terms',
      exchange: 'X1',
      agreement: 'A1',
      terms: { formula: 'stages', planned: [{ to: 'P1', count: n }] },
    },
    { type: 'terms', exchange: 'X1', terms: { formula: 'ratio', give: 1, get: 2, by: 'P2' } },
  ].map((about, k) => ({ id: `ST${k}`, about, source: 'S1', citations: cite('S4') })),
};

describe('the names a record gives', () => {
  it('are read from the record lists of a dataset, in their order', () => {
    expect(RECORD_LISTS).toEqual(COLLECTIONS);
  });

  it('are the same in the walk without rules as in the validator, on every naming field', () => {
    for (const collection of COLLECTIONS)
      for (const record of FULL[collection] ?? []) {
        const parsed = DATASET_COLLECTIONS[collection].safeParse(record);
        expect(parsed.error?.issues ?? [], `${collection} ${JSON.stringify(record)}`).toEqual([]);
      }
    // Every field above names a record: over 60 names in all.
    expect(sameNames(FULL)).toBeGreaterThan(60);
  });

  it('are the same on the sample and on a long war with statements', () => {
    expect(sameNames(loadSampleDataset())).toBeGreaterThan(500);
    expect(sameNames(longWar(2000, { statements: true }))).toBeGreaterThan(5000);
  });

  it('are the same on generated datasets', () => {
    fc.assert(
      fc.property(validDataset, (dataset: Dataset) => {
        sameNames(dataset);
      }),
      { numRuns: 200 },
    );
  });
});
