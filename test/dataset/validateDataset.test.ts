import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DatasetSchema,
  parseDataset,
  SwapledgerError,
  validateDataset,
  type Dataset,
} from '../../src/index.js';
import { copy, seedDataset } from '../fixtures.js';

type Mutation = readonly [
  name: string,
  change: (d: Dataset & Record<string, unknown>) => void,
  path: readonly (string | number)[],
  code: string,
];

const claimIndex = (d: Dataset, id: string) => d.claims.findIndex((c) => c.id === id);
const YERMAK = 'ua-ru-2023-04-26/1';

/** At least 30 kinds of bad record, each with the path and code it must be reported at. */
const mutations: readonly Mutation[] = [
  [
    'claim names a missing source',
    (d) => {
      d.claims[0]!.source = 'ru-mod-x';
    },
    ['claims', 0, 'source'],
    'unknown-reference',
  ],
  [
    'claim names a missing exchange',
    (d) => {
      d.claims[0]!.exchange = 'ua-ru-1999-01-01';
    },
    ['claims', 0, 'exchange'],
    'unknown-reference',
  ],
  [
    'subject names a missing exchange',
    (d) => {
      d.claims[0]!.subject = { type: 'transferred', exchange: 'nope', to: 'UA' };
    },
    ['claims', 0, 'subject', 'exchange'],
    'unknown-reference',
  ],
  [
    'subject names a missing party',
    (d) => {
      d.claims[0]!.subject = { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UK' };
    },
    ['claims', 0, 'subject', 'to'],
    'unknown-reference',
  ],
  [
    'subject names a missing category',
    (d) => {
      d.claims[0]!.subject = {
        type: 'transferred',
        exchange: 'ua-ru-2023-04-26',
        to: 'UA',
        category: 'pows',
      };
    },
    ['claims', 0, 'subject', 'category'],
    'unknown-reference',
  ],
  [
    'subject names a missing transfer',
    (d) => {
      d.claims[0]!.subject = {
        type: 'transferred',
        exchange: 'ua-ru-2023-04-26',
        to: 'UA',
        transfer: 'people-to-XX',
      };
    },
    ['claims', 0, 'subject', 'transfer'],
    'unknown-reference',
  ],
  [
    'subject names a missing agreement',
    (d) => {
      d.claims[0]!.subject = { type: 'agreed', agreement: 'none' };
    },
    ['claims', 0, 'subject', 'agreement'],
    'unknown-reference',
  ],
  [
    'subject names a missing cohort',
    (d) => {
      d.claims[0]!.subject = {
        type: 'transferred',
        exchange: 'ua-ru-2023-04-26',
        cohort: 'nobody',
      };
    },
    ['claims', 0, 'subject', 'cohort'],
    'unknown-reference',
  ],
  [
    'subject of an unknown type',
    (d) => {
      (d.claims[0] as Record<string, unknown>)['subject'] = { type: 'stolen' };
    },
    ['claims', 0, 'subject', 'type'],
    'invalid-value',
  ],
  [
    'breakdown names a missing category',
    (d) => {
      d.claims[claimIndex(d, YERMAK)]!.breakdown![0]!.category = 'sergeants-major';
    },
    ['claims', 'YERMAK', 'breakdown', 0, 'category'],
    'unknown-reference',
  ],
  [
    'breakdown part outside its total',
    (d) => {
      d.claims[claimIndex(d, YERMAK)]!.breakdown![0]!.category = 'military-remains';
    },
    ['claims', 'YERMAK', 'breakdown', 0, 'category'],
    'invalid-reference',
  ],
  [
    'link to a missing claim',
    (d) => {
      d.claims[0]!.links = [{ type: 'copies', claim: 'ghost' }];
    },
    ['claims', 0, 'links', 0, 'claim'],
    'unknown-reference',
  ],
  [
    'link to itself',
    (d) => {
      d.claims[0]!.links = [{ type: 'restates', claim: d.claims[0]!.id }];
    },
    ['claims', 0, 'links', 0, 'claim'],
    'invalid-reference',
  ],
  [
    'citation reported by a missing source',
    (d) => {
      d.claims[0]!.citations[0]!.reportedBy = 'tass-x';
    },
    ['claims', 0, 'citations', 0, 'reportedBy'],
    'unknown-reference',
  ],
  [
    'citation without a web address',
    (d) => {
      d.claims[0]!.citations[0]!.url = 'ukranews.com/en';
    },
    ['claims', 0, 'citations', 0, 'url'],
    'invalid-format',
  ],
  [
    'duplicate claim id',
    (d) => {
      d.claims[1]!.id = d.claims[0]!.id;
    },
    ['claims', 1, 'id'],
    'duplicate-id',
  ],
  [
    'claim value low above high',
    (d) => {
      d.claims[0]!.value = { low: 50, high: 40 };
    },
    ['claims', 0, 'value', 'low'],
    'low-above-high',
  ],
  [
    'claim value negative',
    (d) => {
      d.claims[0]!.value = { low: -4, high: 40 };
    },
    ['claims', 0, 'value', 'low'],
    'too-small',
  ],
  [
    'claim value fractional',
    (d) => {
      d.claims[0]!.value = { low: 4.5, high: 40 };
    },
    ['claims', 0, 'value', 'low'],
    'not-an-integer',
  ],
  [
    'claim stated on an impossible date',
    (d) => {
      (d.claims[0] as Record<string, unknown>)['statedOn'] = '2023-02-30';
    },
    ['claims', 0, 'statedOn'],
    'impossible-date',
  ],
  [
    'claim with an unknown field',
    (d) => {
      (d.claims[0] as Record<string, unknown>)['sauce'] = 'x';
    },
    ['claims', 0, 'sauce'],
    'unknown-field',
  ],
  [
    'claim without citations list',
    (d) => {
      delete (d.claims[0] as Record<string, unknown>)['citations'];
    },
    ['claims', 0, 'citations'],
    'missing-field',
  ],
  [
    'claim with a bad id',
    (d) => {
      d.claims[0]!.id = 'has space';
    },
    ['claims', 0, 'id'],
    'invalid-format',
  ],
  [
    'source affiliated with a missing party',
    (d) => {
      d.sources[0]!.affiliation = 'USSR';
    },
    ['sources', 0, 'affiliation'],
    'unknown-reference',
  ],
  [
    'source of an unknown kind',
    (d) => {
      (d.sources[0] as Record<string, unknown>)['kind'] = 'oracle';
    },
    ['sources', 0, 'kind'],
    'invalid-value',
  ],
  [
    'duplicate source id',
    (d) => {
      d.sources[1]!.id = d.sources[0]!.id;
    },
    ['sources', 1, 'id'],
    'duplicate-id',
  ],
  [
    'party aligned with a missing party',
    (d) => {
      d.parties[2]!.alignedWith = 'USSR';
    },
    ['parties', 2, 'alignedWith'],
    'unknown-reference',
  ],
  [
    'party aligned with itself',
    (d) => {
      d.parties[2]!.alignedWith = d.parties[2]!.id;
    },
    ['parties', 2, 'alignedWith'],
    'cycle',
  ],
  [
    'duplicate party id',
    (d) => {
      d.parties[1]!.id = 'UA';
    },
    ['parties', 1, 'id'],
    'duplicate-id',
  ],
  [
    'exchange with a missing party',
    (d) => {
      d.exchanges[0]!.parties = ['UA', 'RUS'];
    },
    ['exchanges', 0, 'parties', 1],
    'unknown-reference',
  ],
  [
    'exchange with a missing mediator',
    (d) => {
      d.exchanges[0]!.mediators = ['ICRC'];
    },
    ['exchanges', 0, 'mediators', 0],
    'unknown-reference',
  ],
  [
    'exchange with a missing agreement',
    (d) => {
      d.exchanges[0]!.agreement = 'secret';
    },
    ['exchanges', 0, 'agreement'],
    'unknown-reference',
  ],
  [
    'exchange stages out of order',
    (d) => {
      d.exchanges[0]!.stages = [{ on: '2023-04-26' }, { on: '2023-04-25' }];
    },
    ['exchanges', 0, 'stages', 1, 'on'],
    'out-of-order',
  ],
  [
    'exchange without stages',
    (d) => {
      d.exchanges[0]!.stages = [] as never;
    },
    ['exchanges', 0, 'stages'],
    'too-small',
  ],
  [
    'exchange of an unknown status',
    (d) => {
      (d.exchanges[0] as Record<string, unknown>)['status'] = 'rumoured';
    },
    ['exchanges', 0, 'status'],
    'invalid-value',
  ],
  [
    'transfer to a party outside the exchange',
    (d) => {
      d.exchanges[0]!.transfers[0]!.to = 'TR';
    },
    ['exchanges', 0, 'transfers', 0, 'to'],
    'invalid-reference',
  ],
  [
    'transfer with a missing category',
    (d) => {
      d.exchanges[0]!.transfers[0]!.category = 'hostages';
    },
    ['exchanges', 0, 'transfers', 0, 'category'],
    'unknown-reference',
  ],
  [
    'transfer at a stage that does not exist',
    (d) => {
      d.exchanges[0]!.transfers[0]!.stage = 3;
    },
    ['exchanges', 0, 'transfers', 0, 'stage'],
    'invalid-reference',
  ],
  [
    'part of a figure pinned to a transfer that went elsewhere than the transfer',
    (d) => {
      const c = d.claims[0]!;
      c.subject = { type: 'transferred', exchange: 'ua-ru-2023-04-26', transfer: 'people-to-UA' };
      c.breakdown = [{ category: 'civilian', count: { low: 2, high: 2 }, to: 'RU' }];
    },
    ['claims', 0, 'breakdown', 0, 'to'],
    'invalid-reference',
  ],
  [
    'part of a figure pinned to a transfer on another stage than the transfer',
    (d) => {
      d.exchanges[0]!.stages = [{ on: '2023-04-26' }, { on: '2023-04-27' }] as never;
      d.exchanges[0]!.transfers[0]!.stage = 0;
      const c = d.claims[0]!;
      c.subject = { type: 'transferred', exchange: 'ua-ru-2023-04-26', transfer: 'people-to-UA' };
      c.breakdown = [{ category: 'civilian', count: { low: 2, high: 2 }, stage: 1 }];
    },
    ['claims', 0, 'breakdown', 0, 'stage'],
    'invalid-reference',
  ],
  [
    'running-total part that went to another party than the total',
    (d) => {
      const c = d.claims[0]!;
      c.subject = { type: 'returned-total', to: 'UA', from: 'RU', since: '2022-02-24' };
      delete (c as { exchange?: string }).exchange;
      c.breakdown = [{ category: 'military', count: { low: 6, high: 6 }, to: 'RU' }];
    },
    ['claims', 0, 'breakdown', 0, 'to'],
    'invalid-reference',
  ],
  [
    'claim part past the stage its figure is counted up to',
    (d) => {
      d.exchanges[0]!.stages = [{ on: '2023-04-26' }, { on: '2023-04-27' }] as never;
      const c = d.claims[0]!;
      c.subject = { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UA', throughStage: 0 };
      c.breakdown = [
        { category: 'military', count: { low: 40, high: 40 }, stage: 0 },
        { category: 'civilian', count: { low: 4, high: 4 }, stage: 1 },
      ];
    },
    ['claims', 0, 'breakdown', 1, 'stage'],
    'invalid-reference',
  ],
  [
    'transfer part that went to another party of the exchange',
    (d) => {
      d.exchanges[0]!.transfers[0]!.breakdown = [
        { category: 'military', count: { low: 40, high: 40 } },
        { category: 'civilian', count: { low: 4, high: 4 }, to: 'RU' },
      ];
    },
    ['exchanges', 0, 'transfers', 0, 'breakdown', 1, 'to'],
    'invalid-reference',
  ],
  [
    'transfer part on another stage than its transfer',
    (d) => {
      const exchange = d.exchanges[0]!;
      exchange.stages = [{ on: '2023-04-26' }, { on: '2023-04-27' }] as never;
      exchange.transfers[0]!.stage = 0;
      exchange.transfers[0]!.breakdown = [
        { category: 'military', count: { low: 40, high: 40 }, stage: 0 },
        { category: 'civilian', count: { low: 4, high: 4 }, stage: 1 },
      ];
    },
    ['exchanges', 0, 'transfers', 0, 'breakdown', 1, 'stage'],
    'invalid-reference',
  ],
  [
    'duplicate transfer id',
    (d) => {
      d.exchanges[0]!.transfers[1]!.id = d.exchanges[0]!.transfers[0]!.id;
    },
    ['exchanges', 0, 'transfers', 1, 'id'],
    'duplicate-id',
  ],
  [
    'transfer settles a missing transfer',
    (d) => {
      d.exchanges[0]!.transfers[0]!.settles = { exchange: 'ua-ru-2023-04-26', transfer: 'nope' };
    },
    ['exchanges', 0, 'transfers', 0, 'settles', 'transfer'],
    'unknown-reference',
  ],
  [
    'transfer of an unknown legal basis',
    (d) => {
      (d.exchanges[0]!.transfers[0] as Record<string, unknown>)['legalBasis'] = 'goodwill';
    },
    ['exchanges', 0, 'transfers', 0, 'legalBasis'],
    'invalid-value',
  ],
  [
    'agreement terms for a party outside it',
    (d) => {
      d.agreements![0]!.terms = [
        {
          formula: 'numbers',
          category: 'people',
          numbers: [{ to: 'TR', count: { low: 1, high: 1 } }],
        },
      ];
    },
    ['agreements', 0, 'terms', 0, 'numbers', 0, 'to'],
    'invalid-reference',
  ],
  [
    'cohort of a missing category',
    (d) => {
      d.cohorts![0]!.categories = ['marines-x'];
    },
    ['cohorts', 0, 'categories', 0],
    'unknown-reference',
  ],
  [
    'taxonomy part that is not a child',
    (d) => {
      d.taxonomy = {
        categories: [{ id: 'medic', label: 'medics', parent: 'military' }],
        partitions: [{ id: 'p', label: 'p', of: 'civilian', parts: ['medic'], complete: false }],
      };
    },
    ['taxonomy', 'partitions', 0, 'parts', 0],
    'invalid-partition',
  ],
  [
    'taxonomy category reusing a default id',
    (d) => {
      d.taxonomy = { categories: [{ id: 'officer', label: 'officers again', parent: 'military' }] };
    },
    ['taxonomy', 'categories', 0, 'id'],
    'duplicate-id',
  ],
  [
    'unknown top-level field',
    (d) => {
      d['claimz'] = [];
    },
    ['claimz'],
    'unknown-field',
  ],
  [
    'claims not a list',
    (d) => {
      (d as Record<string, unknown>)['claims'] = {};
    },
    ['claims'],
    'invalid-type',
  ],
  [
    'missing parties',
    (d) => {
      delete (d as Record<string, unknown>)['parties'];
    },
    ['parties'],
    'missing-field',
  ],
];

function apply(mutation: Mutation): { dataset: Dataset; path: (string | number)[] } {
  const dataset = copy(seedDataset()) as Dataset & Record<string, unknown>;
  const yermak = claimIndex(dataset, YERMAK);
  mutation[1](dataset);
  return { dataset, path: mutation[2].map((p) => (p === 'YERMAK' ? yermak : p)) };
}

describe('validateDataset', () => {
  it('accepts the seed dataset and returns a copy', () => {
    const seed = seedDataset();
    const result = validateDataset(seed);
    expect(result).toEqual({ success: true, data: seed });
    if (result.success) expect(result.data).not.toBe(seed);
    expect(DatasetSchema.safeParse(seed).success).toBe(true);
  });

  it('covers at least 30 kinds of bad record', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(30);
  });

  it.each(mutations)('reports %s', (...mutation) => {
    const { dataset, path } = apply(mutation);
    const result = validateDataset(dataset);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toContainEqual(expect.objectContaining({ path, code: mutation[3] }));
    for (const issue of result.error) expect(issue.message.length).toBeGreaterThan(10);
  });

  it('writes messages a person can act on', () => {
    const { dataset } = apply(mutations[0]!);
    const result = validateDataset(dataset);
    const issue = result.success
      ? undefined
      : result.error.find((i) => i.code === 'unknown-reference');
    expect(issue?.message).toBe(
      'no source with id "ru-mod-x" (known: "ru-mod", "anadolu", "ua-yermak", …)',
    );
    expect(() => parseDataset(dataset)).toThrow(
      /claims\[0\]\.source: no source with id "ru-mod-x"/,
    );
  });

  it('shows ids whole in messages, so an unknown id never reads like the known one beside it', () => {
    const dataset = copy(seedDataset());
    const known = 'ministry-of-defence-of-the-russian-federation';
    const typo = 'ministry-of-defence-of-the-russian-federatoin';
    dataset.sources.push({ ...dataset.sources[0]!, id: known });
    dataset.claims[0]!.source = typo;
    const result = validateDataset(dataset);
    const issue = result.success ? undefined : result.error[0];
    expect(issue?.path).toEqual(['claims', 0, 'source']);
    expect(issue?.message.startsWith(`no source with id "${typo}" (known: "${known}", `)).toBe(
      true,
    );
    // A malformed id is shown whole too (it was cut at 40 characters, without a sign of it).
    const spaced = 'Ministry of Defence of the Russian Federation';
    dataset.claims[0]!.source = spaced;
    const malformed = validateDataset(dataset);
    expect(malformed.success ? [] : malformed.error.map((i) => i.message)).toEqual([
      `"${spaced}" is not an id: use letters, digits and . _ : / - (starting with a letter or digit)`,
    ]);
  });

  it('suggests the long id one letter away, however long a start the ids share', () => {
    const dataset = copy(seedDataset());
    const stem = 'ua-ru-2022-03-16-melitopol-mayor-and-the-civilians-of-the-city-of-melitopol';
    expect(stem.length).toBeGreaterThan(64);
    for (const end of ['people-to-RU', 'people-to-UA', 'remains-to-RU', 'soldiers-to-UA'])
      dataset.sources.push({ ...dataset.sources[0]!, id: `${stem}/${end}` });
    dataset.claims[0]!.source = `${stem}/soldiers-to-UX`;
    const result = validateDataset(dataset);
    const message = result.success ? '' : result.error[0]!.message;
    expect(message).toContain(`(known: "${stem}/soldiers-to-UA", `);
  });

  it('quotes a value by its characters, never cutting one in two', () => {
    const quoted = (kind: string) => {
      const dataset = copy(seedDataset());
      (dataset.parties[0] as Record<string, unknown>)['kind'] = kind;
      const result = validateDataset(dataset);
      const message = result.success ? '' : result.error[0]!.message;
      return /the string "(.*)"$/su.exec(message)?.[1];
    };
    // 100 characters, 200 UTF-16 units: shown whole.
    expect(quoted('🕊'.repeat(100))).toBe('🕊'.repeat(100));
    // Past 128 characters, cut after the 128th, the last a whole pair.
    expect(quoted(`${'a'.repeat(127)}${'🕊'.repeat(3)}`)).toBe(`${'a'.repeat(127)}🕊…`);
  });

  it('reports every problem at once, and one bad record does not cascade', () => {
    const dataset = copy(seedDataset());
    dataset.claims[0]!.source = 'x1';
    dataset.claims[1]!.value = { low: 5, high: 1 };
    (dataset.sources[0] as Record<string, unknown>)['kind'] = 'oracle';
    const result = validateDataset(dataset);
    expect(result.success ? [] : result.error.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['sources.0.kind', 'invalid-value'],
      ['claims.1.value.low', 'low-above-high'],
      ['claims.0.source', 'unknown-reference'],
    ]);
  });

  it('accepts parts of a figure about one exchange split the way its whole allows', () => {
    const dataset = copy(seedDataset());
    dataset.exchanges[0]!.stages = [{ on: '2023-04-26' }, { on: '2023-04-27' }] as never;
    dataset.exchanges[0]!.transfers[0]!.stage = 0;
    const exchange = 'ua-ru-2023-04-26';
    const c = dataset.claims[0]!;
    const two = { low: 2, high: 2 };
    dataset.claims.push(
      // A list handed over on two days, and deaths during the exchange by day.
      {
        ...c,
        id: 'listed-by-day',
        subject: { type: 'listed', by: 'UA', to: 'RU', exchange },
        breakdown: [
          { category: 'people', count: two, stage: 0, to: 'RU' },
          { category: 'people', count: two, stage: 1 },
        ],
      },
      {
        ...c,
        id: 'died-by-day',
        subject: { type: 'died', of: 'UA', holder: 'RU', during: 'exchange', exchange },
        breakdown: [
          { category: 'people', count: two, stage: 0 },
          { category: 'people', count: two, stage: 1 },
        ],
      },
      // A figure pinned to the transfer, its part where and when the transfer went.
      {
        ...c,
        id: 'pinned',
        subject: { type: 'transferred', exchange, transfer: 'people-to-UA' },
        breakdown: [{ category: 'civilian', count: two, stage: 0, to: 'UA' }],
      },
    );
    const result = validateDataset(dataset);
    expect(result.success ? [] : result.error).toEqual([]);
  });

  it('reports one mistake once: a part that agrees with a wrong transfer or subject is not blamed', () => {
    const issues = (change: (d: Dataset) => void) => {
      const dataset = copy(seedDataset());
      dataset.exchanges[0]!.stages = [{ on: '2023-04-26' }, { on: '2023-04-27' }] as never;
      change(dataset);
      const result = validateDataset(dataset);
      return result.success ? [] : result.error.map((i) => [i.path.join('.'), i.code]);
    };
    const pinned = (d: Dataset, part: Record<string, unknown>) => {
      const c = d.claims[0]!;
      c.subject = { type: 'transferred', exchange: 'ua-ru-2023-04-26', transfer: 'people-to-UA' };
      c.breakdown = [{ category: 'civilian', count: { low: 2, high: 2 }, ...part }];
    };
    // The transfer's receiver is unknown: its part and a figure pinned to it, both naming UA.
    expect(
      issues((d) => {
        const t = d.exchanges[0]!.transfers[0]!;
        t.to = 'UAA';
        t.breakdown = [{ category: 'civilian', count: { low: 2, high: 2 }, to: 'UA' }];
        pinned(d, { to: 'UA' });
      }),
    ).toEqual([['exchanges.0.transfers.0.to', 'unknown-reference']]);
    // The transfer's stage does not exist: a figure pinned to it on stage 0.
    expect(
      issues((d) => {
        d.exchanges[0]!.transfers[0]!.stage = 7;
        pinned(d, { stage: 0 });
      }),
    ).toEqual([['exchanges.0.transfers.0.stage', 'invalid-reference']]);
    // The subject's receiver is unknown: its part names UA.
    expect(
      issues((d) => {
        d.claims[0]!.subject = { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'ZZ' };
        d.claims[0]!.breakdown = [{ category: 'civilian', count: { low: 2, high: 2 }, to: 'UA' }];
      }),
    ).toEqual([['claims.0.subject.to', 'unknown-reference']]);
    // The subject's receiver takes no part in the exchange: said of the subject, not of the part
    // that goes where the subject says.
    expect(
      issues((d) => {
        d.claims[0]!.subject = { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'TR' };
        d.claims[0]!.breakdown = [{ category: 'civilian', count: { low: 2, high: 2 }, to: 'TR' }];
      }),
    ).toEqual([['claims.0.subject.to', 'invalid-reference']]);
  });

  it('reports a reused id on a record refused for another reason too', () => {
    const dataset = copy(seedDataset());
    const first = dataset.sources[0]!;
    // A source refused for its kind, whose id is the first source's: both problems at once.
    dataset.sources.push({ ...first, kind: 'oracle' } as never);
    // A refused record first, then an accepted one of the same id, for the other order.
    const refusedFirst = { ...first, id: 'twin', kind: 'oracle' };
    dataset.sources.push(refusedFirst as never, { ...first, id: 'twin' });
    const n = dataset.sources.length;
    const result = validateDataset(dataset);
    expect(result.success ? [] : result.error.map((i) => [i.path.join('.'), i.code])).toEqual([
      [`sources.${n - 3}.kind`, 'invalid-value'],
      [`sources.${n - 2}.kind`, 'invalid-value'],
      [`sources.${n - 3}.id`, 'duplicate-id'],
      [`sources.${n - 1}.id`, 'duplicate-id'],
    ]);
    expect(result.success ? undefined : result.error[2]!.message).toBe(
      `the source id "${first.id}" is already used by sources[0]`,
    );
  });

  it('holds ids unique as the result holds them, whatever a getter or a prototype answers', () => {
    const dataset = copy(seedDataset());
    const first = dataset.parties[0]!;
    // An id that reads as the first party's once (when the record is copied), then as another.
    let reads = 0;
    const changing = { name: 'Changing', kind: 'state' };
    Object.defineProperty(changing, 'id', {
      enumerable: true,
      get: () => (reads++ === 0 ? first.id : 'elsewhere'),
    });
    // An id that is no own property: the copy still has it.
    const inherited = Object.assign(Object.create({ id: first.id }) as object, {
      name: 'Inherited',
      kind: 'state',
    });
    dataset.parties.push(changing as never, inherited as never);
    const n = dataset.parties.length;
    const result = validateDataset(dataset);
    expect(result.success ? [] : result.error.map((i) => [i.path.join('.'), i.code])).toEqual([
      [`parties.${n - 2}.id`, 'duplicate-id'],
      [`parties.${n - 1}.id`, 'duplicate-id'],
    ]);
  });

  it('refuses an unknown format version with one clear issue', () => {
    const result = validateDataset({ ...seedDataset(), format: 'swapledger/2' });
    expect(result).toEqual({
      success: false,
      error: [
        {
          path: ['format'],
          code: 'unsupported-format',
          message: expect.stringContaining('swapledger/1'),
        },
      ],
    });
  });

  /** The seed dataset with `n` claims, each naming a source that does not exist: `n` issues. */
  const badSources = (n: number) => {
    const dataset = copy(seedDataset());
    dataset.claims = Array.from({ length: n }, (_, i) => ({
      ...dataset.claims[0]!,
      id: `c${i}`,
      source: 'nobody',
    }));
    return dataset;
  };

  it('caps the issues it lists and says how many it left out', () => {
    const dataset = badSources(50);
    const result = validateDataset(dataset, { maxIssues: 10 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toHaveLength(11);
    expect(result.error[10]).toMatchObject({
      code: 'too-many-issues',
      message: '40 more issues were found and not listed',
    });
    const one = validateDataset(dataset, { maxIssues: 49 });
    expect(one.success ? undefined : one.error[49]?.message).toBe(
      '1 more issue was found and not listed',
    );
  });

  it('refuses a cap that is not a count, rather than reading it as another', () => {
    const dataset = badSources(1200);
    // Before, -1, NaN and null were read as the default of 1,000, and 2.5 as 2.
    for (const maxIssues of [-1, NaN, 2.5, -Infinity, 2 ** 53, null, '5', true]) {
      const result = validateDataset(dataset, { maxIssues } as unknown as { maxIssues: number });
      expect(result).toEqual({
        success: false,
        error: [
          {
            path: ['maxIssues'],
            code: 'invalid-option',
            message: expect.stringMatching(
              /^maxIssues must be a whole number, 0 or more, or Infinity; got /,
            ),
          },
        ],
      });
    }
    const none = validateDataset(dataset, { maxIssues: 0 });
    expect(none.success ? [] : none.error.map((i) => i.code)).toEqual(['too-many-issues']);
    const all = validateDataset(dataset, { maxIssues: Infinity });
    expect(all.success ? 0 : all.error.length).toBe(1200);
    const unset = validateDataset(dataset, {});
    expect(unset.success ? 0 : unset.error.length).toBe(1001);
    // A valid dataset with a bad cap is refused too: the call is wrong, whatever the data.
    expect(validateDataset(seedDataset(), { maxIssues: -1 }).success).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
        (input) => {
          const result = validateDataset(input);
          expect(result.success).toBe(false);
          if (!result.success) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(validateDataset(hostile).success).toBe(false);
    const cyclic: Record<string, unknown> = { ...seedDataset() };
    (cyclic['claims'] as unknown[]).push(cyclic);
    expect(validateDataset(cyclic).success).toBe(false);
  });

  it('does not let a payload touch a prototype', () => {
    const text = JSON.stringify(seedDataset()).replace(
      '"format":',
      '"__proto__":{"polluted":1},"format":',
    );
    const result = validateDataset(JSON.parse(text));
    expect(result).toMatchObject({
      success: false,
      error: [{ path: ['__proto__'], code: 'unknown-field' }],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports every generated single-point mutation at its path with its code, and accepts the untouched dataset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...mutations), fc.boolean(), (mutation, untouched) => {
        if (untouched) {
          expect(validateDataset(copy(seedDataset())).success).toBe(true);
          return;
        }
        const { dataset, path } = apply(mutation);
        const result = validateDataset(dataset);
        expect(result.success).toBe(false);
        if (!result.success)
          expect(result.error).toContainEqual(expect.objectContaining({ path, code: mutation[3] }));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with DatasetSchema wherever only shapes are at stake', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...mutations.filter(
            ([, , , code]) =>
              ![
                'unknown-reference',
                'invalid-reference',
                'duplicate-id',
                'cycle',
                'out-of-order',
                'invalid-partition',
              ].includes(code),
          ),
        ),
        (mutation) => {
          const { dataset } = apply(mutation);
          expect(DatasetSchema.safeParse(dataset).success).toBe(false);
          expect(validateDataset(dataset).success).toBe(false);
        },
      ),
    );
  });

  it('throws from its twin with every issue', () => {
    try {
      parseDataset({ format: 'swapledger/1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SwapledgerError);
      expect((error as SwapledgerError).issues.map((i) => i.path[0])).toEqual([
        'parties',
        'sources',
        'exchanges',
        'claims',
      ]);
    }
  });
});
