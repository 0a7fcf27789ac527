// What the audit used to miss on real reporting, each reproduced by changing one figure of a
// small dataset: the finding appears when the figure is wrong and not when it is right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveTaxonomy } from '../../src/dataset/_lib/effectiveTaxonomy.js';
import {
  audit,
  findingCodes,
  reconcile,
  isCategoryWithin,
  safeParseDataset,
  type Claim,
  type Dataset,
  type Exchange,
  type FindingCode,
  type PartialDate,
  type Statement,
} from '../../src/index.js';

const n = (low: number, high: number | null = low) => ({ low, high });

/** Two sides, a mediator, a source for each; exchanges and claims as the test gives them. */
function dataset(exchanges: Exchange[], claims: Claim[], statements: Statement[] = []): Dataset {
  const d: Dataset = {
    format: 'swapledger/1',
    parties: [
      { id: 'UA', name: 'Ukraine', kind: 'state' },
      { id: 'RU', name: 'Russia', kind: 'state' },
      { id: 'AE', name: 'United Arab Emirates', kind: 'state' },
    ],
    sources: [
      { id: 'ua', name: 'Ukrainian official', kind: 'official', affiliation: 'UA' },
      { id: 'ru', name: 'Russian ministry', kind: 'ministry', affiliation: 'RU' },
      { id: 'ae', name: 'UAE foreign ministry', kind: 'mediator', affiliation: 'AE' },
      { id: 'press', name: 'A news agency', kind: 'outlet', affiliation: null },
    ],
    exchanges: structuredClone(exchanges),
    claims: structuredClone(claims),
    ...(statements.length > 0 ? { statements: structuredClone(statements) } : {}),
  };
  const checked = safeParseDataset(d);
  if (!checked.success) throw new Error(JSON.stringify(checked.error));
  return d;
}

const claim = (
  id: string,
  subject: Claim['subject'],
  value: Claim['value'],
  source = 'ua',
  extra: Partial<Claim> = {},
): Claim => ({
  id,
  subject,
  value,
  source,
  statedOn: '2025-05-25',
  citations: [{ url: `https://example.org/${id}` }],
  ...extra,
});

/** A running total of people returned to Ukraine since 2025, as of a date. */
const total = (id: string, value: number, asOf: PartialDate, extra: Partial<Claim> = {}) =>
  claim(id, { type: 'returned-total', to: 'UA', from: 'RU', since: '2025-01-01' }, n(value), 'ua', {
    asOf,
    ...extra,
  });

/** A swap over three days: 390, 307 and 303 to each side. */
const staged: Exchange = {
  id: 'x',
  parties: ['UA', 'RU'],
  mediators: ['AE'],
  status: 'completed',
  stages: [{ on: '2025-05-23' }, { on: '2025-05-24' }, { on: '2025-05-25' }],
  transfers: [390, 307, 303].flatMap((count, stage) => [
    { id: `ua-${stage}`, from: 'RU', to: 'UA', stage, category: 'people', count: n(count) },
    { id: `ru-${stage}`, from: 'UA', to: 'RU', stage, category: 'people', count: n(count) },
  ]),
};

const codes = (d: Dataset, ...only: FindingCode[]) =>
  audit(d)
    .findings.filter((f) => only.length === 0 || only.includes(f.code))
    .map((f) => f.code);

describe('records against claims over several stages', () => {
  it('compares a claim about the whole exchange with the sum of its stages', () => {
    const whole = claim('whole', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000));
    expect(codes(dataset([staged], [whole]), 'record-vs-claims')).toEqual([]);
    const wrong = claim('wrong', { type: 'transferred', exchange: 'x', to: 'UA' }, n(900));
    const found = audit(dataset([staged], [wrong])).findings.filter(
      (f) => f.code === 'record-vs-claims',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.records).toEqual(['x/ua-0', 'x/ua-1', 'x/ua-2']);
    expect(found[0]?.observed).toEqual(n(1000));
  });

  it('compares a claim pinned to one transfer with that transfer alone', () => {
    const day1 = claim(
      'day1',
      { type: 'transferred', exchange: 'x', to: 'UA', transfer: 'ua-0' },
      n(390),
    );
    expect(codes(dataset([staged], [day1]), 'record-vs-claims')).toEqual([]);
    const off = claim(
      'off',
      { type: 'transferred', exchange: 'x', to: 'UA', transfer: 'ua-0' },
      n(307),
    );
    expect(codes(dataset([staged], [off]), 'record-vs-claims')).toEqual(['record-vs-claims']);
  });

  it('gives each finding its own id when figures of three kinds miss the same transfers', () => {
    // The first stage alone: pinned to its transfer, about the whole of a one-stage exchange, and
    // up to its stage all meet the one transfer to Ukraine.
    const oneDay: Exchange = {
      ...staged,
      stages: [{ on: '2025-05-23' }, { on: '2025-05-24' }],
      transfers: [
        { id: 'ua-0', from: 'RU', to: 'UA', stage: 0, category: 'people', count: n(390) },
        { id: 'ru-1', from: 'UA', to: 'RU', stage: 1, category: 'people', count: n(390) },
      ],
    };
    const about = (extra: object) => ({ type: 'transferred', exchange: 'x', to: 'UA', ...extra });
    const d = dataset(
      [oneDay],
      [
        claim('pinned', about({ transfer: 'ua-0' }) as Claim['subject'], n(300)),
        claim('whole', about({}) as Claim['subject'], n(200), 'ru'),
        claim('first-day', about({ throughStage: 0 }) as Claim['subject'], n(100), 'press'),
      ],
    );
    const found = audit(d).findings.filter((f) => f.code === 'record-vs-claims');
    expect(found.map((f) => [f.id, f.claims])).toEqual([
      ['record-vs-claims:x/ua-0', ['pinned']],
      ['record-vs-claims:x/ua-0:first-day', ['first-day']],
      ['record-vs-claims:x/ua-0:whole', ['whole']],
    ]);
    // Allow-listing one id leaves the others.
    expect(audit(d, { allow: ['record-vs-claims:x/ua-0'] }).allowed).toEqual([
      'record-vs-claims:x/ua-0',
    ]);
    expect(found[1]?.message).toBe(
      'The record of transfer x/ua-0 says 390 people went to Ukraine, while the one claim about it gives 100.',
    );
  });

  it('bounds a figure up to a stage by transfers that do not say their stage', () => {
    // 390 on the first day, and 307 on a day not recorded: by the first day, 390 to 697 went.
    const partly: Exchange = {
      ...staged,
      transfers: [
        { id: 'ua-0', from: 'RU', to: 'UA', stage: 0, category: 'people', count: n(390) },
        { id: 'ua-x', from: 'RU', to: 'UA', category: 'people', count: n(307) },
        { id: 'ru-0', from: 'UA', to: 'RU', stage: 0, category: 'people', count: n(697) },
      ],
    };
    const upTo = (value: number) =>
      audit(
        dataset(
          [partly],
          [
            claim(
              'first-days',
              { type: 'transferred', exchange: 'x', to: 'UA', throughStage: 1 },
              n(value),
            ),
          ],
        ),
      ).findings.filter((f) => f.code === 'record-vs-claims');
    for (const fits of [390, 500, 697]) expect(upTo(fits), String(fits)).toEqual([]);
    for (const [off, gap] of [
      [300, 90],
      [5000, 4303],
    ] as const)
      expect(upTo(off), String(off)).toMatchObject([
        { records: ['x/ua-x', 'x/ua-0'], observed: n(390, 697), gap },
      ]);
    expect(upTo(5000)[0]?.message).toBe(
      'The records of the 2 transfers x/ua-x, x/ua-0, one of which does not say on which stage it went, say that together 390–697 people went to Ukraine, while the one claim about them gives 5,000.',
    );
  });

  it('names transfers by stage and id, whatever order the exchange lists them in', () => {
    const wrong = claim('wrong', { type: 'transferred', exchange: 'x', to: 'UA' }, n(900));
    const reversed: Exchange = { ...staged, transfers: [...staged.transfers].reverse() };
    const ids = [staged, reversed].map((e) =>
      audit(dataset([e], [wrong]))
        .findings.filter((f) => f.code === 'record-vs-claims')
        .map((f) => [f.id, f.records, f.message]),
    );
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[0]).toEqual([
      [
        'record-vs-claims:x/ua-0+x/ua-1+x/ua-2',
        ['x/ua-0', 'x/ua-1', 'x/ua-2'],
        'The records of the 3 transfers x/ua-0, x/ua-1, x/ua-2 say that together 1,000 people went to Ukraine, while the one claim about them gives 900.',
      ],
    ]);
  });
});

describe('claims about an exchange as a whole, against its transfers', () => {
  it('holds a figure for both directions together against the sum of the transfers', () => {
    const both = (value: number) =>
      claim('both', { type: 'exchanged', exchange: 'x' }, n(value), 'press');
    expect(codes(dataset([staged], [both(2000)]), 'claim-vs-record')).toEqual([]);
    expect(codes(dataset([staged], [both(20000)]))).toEqual(['claim-vs-record']);
  });

  it('holds a figure with no direction against either direction or their sum', () => {
    const undirected = (value: number) =>
      claim('mediator', { type: 'transferred', exchange: 'x' }, n(value), 'ae');
    expect(codes(dataset([staged], [undirected(1000)]), 'claim-vs-record')).toEqual([]);
    expect(codes(dataset([staged], [undirected(2000)]), 'claim-vs-record')).toEqual([]);
    // Raised tenfold, it fits nothing the record holds.
    expect(codes(dataset([staged], [undirected(10000)]))).toEqual(['claim-vs-record']);
  });
});

describe('a part larger than its whole', () => {
  const whole = claim('whole', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000), 'ua');
  it('finds a narrower category above the whole, from another source', () => {
    const navy = (value: number) =>
      claim(
        'navy',
        { type: 'transferred', exchange: 'x', to: 'UA', category: 'navy' },
        n(value),
        'press',
      );
    expect(codes(dataset([staged], [whole, navy(88)]))).toEqual([]);
    expect(codes(dataset([staged], [whole, navy(1088)]), 'part-exceeds-whole')).toEqual([
      'part-exceeds-whole',
    ]);
  });

  it('finds a category running total above its parent on the same date, and not on another', () => {
    const total = (id: string, category: string | undefined, value: number, asOf: PartialDate) =>
      claim(
        id,
        { type: 'returned-total', to: 'UA', ...(category ? { category } : {}) },
        n(value),
        'ua',
        {
          asOf,
        },
      );
    const same = dataset(
      [],
      [total('all', undefined, 3000, '2024-09-13'), total('civ', 'civilian', 3100, '2024-09-13')],
    );
    expect(codes(same, 'part-exceeds-whole')).toEqual(['part-exceeds-whole']);
    const apart = dataset(
      [],
      [total('all', undefined, 3000, '2024-09-13'), total('civ', 'civilian', 3100, '2025-09-13')],
    );
    expect(codes(apart, 'part-exceeds-whole')).toEqual([]);
  });
});

describe('the findings guide', () => {
  it('describes every finding code under a heading of its own', () => {
    const guide = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'findings.md'),
      'utf8',
    );
    for (const code of Object.keys(findingCodes)) expect(guide, code).toContain(`### \`${code}\``);
  });
});

describe('uneven exchanges of remains', () => {
  const bodies = (toUa: number, toRu: number): Exchange => ({
    id: 'bodies',
    parties: ['UA', 'RU'],
    status: 'completed',
    stages: [{ on: '2025-06-11' }],
    transfers: [
      { id: 'to-UA', from: 'RU', to: 'UA', category: 'military-remains', count: n(toUa) },
      { id: 'to-RU', from: 'UA', to: 'RU', category: 'military-remains', count: n(toRu) },
    ],
  });
  it('reports remains returned unevenly, apart from living people', () => {
    expect(codes(dataset([bodies(1212, 1212)], []))).toEqual([]);
    const found = audit(dataset([bodies(1212, 27)], [])).findings;
    expect(found.map((f) => [f.code, f.id])).toEqual([
      ['asymmetric-exchange', 'asymmetric-exchange:bodies:remains'],
    ]);
    expect(found[0]?.message).toContain('the remains of 1,212');
  });
});

describe('breakdowns by different sources', () => {
  const told = (
    id: string,
    source: string,
    breakdown: NonNullable<Claim['breakdown']>,
    complete = false,
  ) =>
    claim(id, { type: 'transferred', exchange: 'x', to: 'RU' }, n(1000), source, {
      breakdown,
      ...(complete ? { breakdownComplete: true } : {}),
    });
  const seafarers = (count: number) => [
    { category: 'seafarer', count: n(count), wording: 'sailors' },
  ];

  it('compares one category across sources', () => {
    expect(
      codes(dataset([staged], [told('a', 'ru', seafarers(72)), told('b', 'press', seafarers(72))])),
    ).toEqual([]);
    expect(
      codes(dataset([staged], [told('a', 'ru', seafarers(72)), told('b', 'press', seafarers(80))])),
    ).toEqual(['breakdowns-disagree']);
  });

  it('sets "all of them servicemen" against "some of them civilians"', () => {
    const all = told('all', 'ru', [{ category: 'military', count: n(1000) }], true);
    const some = told('some', 'press', [
      { category: 'civilian', count: n(1, null), wording: 'some civilians' },
    ]);
    const none = told('none', 'press', [{ category: 'civilian', count: n(0, null) }]);
    expect(codes(dataset([staged], [all, none]))).toEqual([]);
    expect(codes(dataset([staged], [all, some]))).toEqual(['breakdowns-disagree']);
  });
});

describe('who the disagreeing sources are', () => {
  const to = (id: string, source: string, value: number) =>
    claim(id, { type: 'transferred', exchange: 'x', to: 'UA' }, n(value), source);
  const sides = (d: Dataset) => audit(d).findings.find((f) => f.code === 'claims-disagree')?.sides;

  it('labels a mediator against a party as such, not as the other side', () => {
    expect(sides(dataset([staged], [to('ua', 'ua', 1000), to('ae', 'ae', 1200)]))).toBe(
      'party-and-mediator',
    );
    expect(sides(dataset([staged], [to('ua', 'ua', 1000), to('ru', 'ru', 1200)]))).toBe('opposite');
    expect(sides(dataset([staged], [to('ua', 'ua', 1000), to('pr', 'press', 1200)]))).toBe(
      'independent',
    );
  });

  it('lists the addresses of the claims a finding rests on', () => {
    const finding = audit(
      dataset([staged], [to('ua', 'ua', 1000), to('ru', 'ru', 1200)]),
    ).findings.find((f) => f.code === 'claims-disagree');
    expect(finding?.urls).toEqual(['https://example.org/ru', 'https://example.org/ua']);
  });
});

describe('parts against wholes, found without comparing every pair', () => {
  const categories = ['people', 'military', 'civilian', 'officer', 'enlisted', 'navy', 'seafarer'];
  const taxonomy = effectiveTaxonomy({
    format: 'swapledger/1',
    parties: [],
    sources: [],
    exchanges: [],
    claims: [],
  });
  it('finds a part above its whole exactly when some pair shows one', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.constantFrom(...categories),
            low: fc.integer({ min: 0, max: 100 }),
            spread: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
            source: fc.constantFrom('ua', 'ru', 'press'),
          }),
          { minLength: 2, maxLength: 8 },
        ),
        (rows) => {
          const claims = rows.map((r, i) =>
            claim(
              `c${i}`,
              { type: 'transferred', exchange: 'x', to: 'UA', category: r.category },
              n(r.low, r.spread === null ? null : r.low + r.spread),
              r.source,
            ),
          );
          const naive = claims.some((p) =>
            claims.some((w) => {
              const pc = (p.subject as { category: string }).category;
              const wc = (w.subject as { category: string }).category;
              const pv = p.value as { low: number };
              const wv = w.value as { high: number | null };
              return (
                p !== w &&
                pc !== wc &&
                isCategoryWithin(pc, wc, taxonomy) &&
                wv.high !== null &&
                pv.low > wv.high
              );
            }),
          );
          const found = codes(dataset([staged], claims), 'part-exceeds-whole').length > 0;
          expect(found).toBe(naive);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Running totals of several categories and cohorts on a few dates: the check compares them per
  // scope and date, a list per subject, and finds for each category and cohort its highest low
  // against the lowest high of what contains it. Here every pair is compared instead.
  it('finds the same parts and wholes as comparing every pair of one date', () => {
    const parentOf = new Map(taxonomy.categories.map((c) => [c.id, c.parent]));
    const within = (part: string, whole: string) => {
      for (let c = parentOf.get(part); c; c = parentOf.get(c)) if (c === whole) return true;
      return false;
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.option(fc.constantFrom(...categories), { nil: undefined }),
            cohort: fc.option(fc.constantFrom('k1', 'k2'), { nil: undefined }),
            asOf: fc.constantFrom('2025-05-01', '2025-06-01', undefined),
            low: fc.integer({ min: 0, max: 60 }),
            spread: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
            unknown: fc.boolean(),
          }),
          { minLength: 2, maxLength: 14 },
        ),
        (rows) => {
          const claims = rows.map((r, i) =>
            claim(
              `c${String(i).padStart(2, '0')}`,
              {
                type: 'returned-total',
                to: 'UA',
                from: 'RU',
                ...(r.category === undefined ? {} : { category: r.category }),
                ...(r.cohort === undefined ? {} : { cohort: r.cohort }),
              },
              r.unknown
                ? { status: 'unknown' }
                : n(r.low, r.spread === null ? null : r.low + r.spread),
              'ua',
              r.asOf === undefined ? {} : { asOf: r.asOf as PartialDate },
            ),
          );
          const d = dataset([staged], []);
          d.cohorts = ['k1', 'k2'].map((id) => ({ id, name: `Cohort ${id}` }));
          d.claims = claims;
          expect(safeParseDataset(d).success).toBe(true);
          // A claim's group: its category (people when it names none) and cohort.
          const of = (c: Claim) => {
            const s = c.subject as { category?: string; cohort?: string };
            return { category: s.category ?? 'people', cohort: s.cohort };
          };
          const known = claims.filter((c) => 'low' in c.value);
          const contains = (w: Claim, p: Claim) => {
            const [a, b] = [of(p), of(w)];
            if (a.category === b.category) return a.cohort !== undefined && b.cohort === undefined;
            return (
              within(a.category, b.category) && (b.cohort === undefined || b.cohort === a.cohort)
            );
          };
          const date = (c: Claim) => c.asOf ?? c.statedOn;
          // Per group of one date: its claim with the highest low (lowest id on a tie), against
          // the claim with the lowest high (lowest id on a tie) of every group containing it.
          const expected = new Set<string>();
          for (const p of known) {
            const mine = known.filter(
              (c) => date(c) === date(p) && JSON.stringify(of(c)) === JSON.stringify(of(p)),
            );
            const low = (c: Claim) => (c.value as { low: number }).low;
            const top = mine.reduce((a, b) =>
              low(b) > low(a) || (low(b) === low(a) && b.id < a.id) ? b : a,
            );
            if (top !== p) continue;
            const high = (c: Claim) => (c.value as { high: number | null }).high;
            const wholes = known.filter(
              (w) => date(w) === date(p) && high(w) !== null && contains(w, p),
            );
            if (wholes.length === 0) continue;
            const whole = wholes.reduce((a, b) =>
              (high(b) as number) < (high(a) as number) || (high(b) === high(a) && b.id < a.id)
                ? b
                : a,
            );
            if (low(p) > (high(whole) as number))
              expected.add(`part-exceeds-whole:${p.id}:${whole.id}`);
          }
          const found = audit(d)
            .findings.filter((f) => f.code === 'part-exceeds-whole')
            .map((f) => f.id);
          expect(new Set(found)).toEqual(expected);
          expect(found.length).toBe(expected.size);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('statements that are not headcounts', () => {
  const said = (
    id: string,
    about: Statement['about'],
    source = 'ua',
    extra: Partial<Statement> = {},
  ): Statement => ({
    id,
    about,
    source,
    statedOn: '2025-05-25',
    citations: [{ url: `https://example.org/${id}` }],
    ...extra,
  });
  const withStatements = (...statements: Statement[]) => ({ ...dataset([staged], []), statements });
  const found = (d: Dataset) => codes(d, 'statements-disagree', 'statement-vs-record');

  it('finds a role affirmed by one source and denied by another, and nothing when all agree', () => {
    const role = { type: 'role', exchange: 'x', party: 'AE', role: 'mediator' } as const;
    expect(found(withStatements(said('a', role), said('b', role, 'ru')))).toEqual([]);
    expect(found(withStatements(said('a', role), said('b', role, 'ru', { denies: true })))).toEqual(
      ['statements-disagree'],
    );
  });

  it('finds dates that cannot both be right, and a date outside the recorded stages', () => {
    // Dates of the first day (stage 0) of the three-day exchange.
    const on = (from: PartialDate, to?: PartialDate) =>
      ({ type: 'date', exchange: 'x', stage: 0, on: { from, ...(to ? { to } : {}) } }) as const;
    expect(
      found(
        withStatements(
          said('a', on('2025-05-22', '2025-05-23')),
          said('b', on('2025-05-23'), 'ru'),
        ),
      ),
    ).toEqual([]);
    expect(
      found(withStatements(said('a', on('2025-05-23')), said('b', on('2025-05-25'), 'ru'))),
    ).toEqual(['statement-vs-record', 'statements-disagree']);
    expect(found(withStatements(said('a', on('2025-06-01'))))).toEqual(['statement-vs-record']);
  });

  it('finds two ordinals for one exchange on the day it happened', () => {
    const ordinal = (n: number) => ({ type: 'ordinal', exchange: 'x', ordinal: n }) as const;
    expect(found(withStatements(said('a', ordinal(63)), said('b', ordinal(63), 'ru')))).toEqual([]);
    expect(found(withStatements(said('a', ordinal(63)), said('b', ordinal(64), 'ru')))).toEqual([
      'statements-disagree',
    ]);
  });

  it('finds an exchange said to be cancelled that the record has completed', () => {
    const outcome = (o: 'completed' | 'cancelled' | 'postponed') =>
      ({ type: 'outcome', exchange: 'x', outcome: o }) as const;
    expect(
      found(withStatements(said('a', outcome('postponed')), said('b', outcome('completed'), 'ru'))),
    ).toEqual([]);
    expect(
      found(withStatements(said('a', outcome('cancelled')), said('b', outcome('completed'), 'ru'))),
    ).toEqual(['statement-vs-record', 'statements-disagree']);
  });

  it('holds "N for N" and a ratio against the transfers', () => {
    const terms = (t: Extract<Statement['about'], { type: 'terms' }>['terms']) =>
      ({ type: 'terms', exchange: 'x', terms: t }) as const;
    expect(found(withStatements(said('a', terms({ formula: 'n-for-n', count: 1000 }))))).toEqual(
      [],
    );
    expect(found(withStatements(said('a', terms({ formula: 'n-for-n', count: 1200 }))))).toEqual([
      'statement-vs-record',
    ]);
    expect(found(withStatements(said('a', terms({ formula: 'ratio', give: 1, get: 1 }))))).toEqual(
      [],
    );
    expect(
      found(withStatements(said('a', terms({ formula: 'ratio', give: 1, get: 3, by: 'UA' })))),
    ).toEqual(['statement-vs-record']);
  });

  it('lists the addresses of the statements a finding rests on', () => {
    const role = { type: 'role', exchange: 'x', party: 'AE', role: 'mediator' } as const;
    const finding = audit(withStatements(said('a', role), said('b', role, 'ru', { denies: true })))
      .findings[0];
    expect(finding?.statements).toEqual(['a', 'b']);
    expect(finding?.urls).toEqual(['https://example.org/a', 'https://example.org/b']);
  });

  it('cites a statement by its own addresses when a claim has the same id', () => {
    // Ids are unique within a collection, not across them: the claim "a" is no statement.
    const role = { type: 'role', exchange: 'x', party: 'AE', role: 'mediator' } as const;
    const d = dataset(
      [staged],
      [claim('a', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000))],
      [said('a', role), said('b', role, 'ru', { denies: true })],
    );
    d.claims[0]!.citations = [{ url: 'https://example.org/claim-a' }];
    const finding = audit(d).findings.find((f) => f.code === 'statements-disagree');
    expect(finding?.statements).toEqual(['a', 'b']);
    expect(finding?.urls).toEqual(['https://example.org/a', 'https://example.org/b']);
  });
});

describe('a figure given as a share of another claim', () => {
  it('is held against the share of that claim', () => {
    const whole = claim('whole', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000));
    const men = (value: number) =>
      claim(
        'men',
        { type: 'transferred', exchange: 'x', to: 'UA', category: 'man' },
        n(value),
        'ua',
        {
          share: { of: 'whole', low: 0.5, high: 1, wording: 'the majority' },
        },
      );
    expect(codes(dataset([staged], [whole, men(900)]))).toEqual([]);
    expect(codes(dataset([staged], [whole, men(400)]))).toEqual(['share-vs-claim']);
  });

  it('never gives -0 as the least a share of nobody allows', () => {
    const none = claim('none', { type: 'transferred', exchange: 'x', to: 'UA' }, n(0));
    const men = claim(
      'men',
      { type: 'transferred', exchange: 'x', to: 'UA', category: 'man' },
      n(1),
      'ua',
      { share: { of: 'none', low: 0.5, high: 1, wording: 'the majority' } },
    );
    const finding = audit(dataset([staged], [none, men])).findings.find(
      (f) => f.code === 'share-vs-claim',
    );
    expect(Object.is((finding?.expected as { low?: number } | undefined)?.low, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(finding))).toStrictEqual(finding);
  });
});

describe('running totals of both directions, and totals up to a stage', () => {
  it('holds a total exchanged both ways against both directions of the ledger', () => {
    const both = (value: number) =>
      claim('both', { type: 'exchanged-total', parties: ['UA', 'RU'] }, n(value), 'ae', {
        asOf: '2025-06-01',
      });
    expect(codes(dataset([staged], [both(2000)]), 'cumulative-vs-ledger')).toEqual([]);
    expect(codes(dataset([staged], [both(100)]))).toEqual(['cumulative-vs-ledger']);
  });

  it('holds a total up to a stage against the transfers of the days up to it', () => {
    const soFar = (value: number) =>
      claim('so-far', { type: 'transferred', exchange: 'x', to: 'UA', throughStage: 1 }, n(value));
    expect(codes(dataset([staged], [soFar(697)]))).toEqual([]);
    expect(codes(dataset([staged], [soFar(100)]))).toEqual(['record-vs-claims']);
  });
});

// Datasets consistent by construction, in the shapes real reporting takes: exchanges over several
// days, breakdowns that are partial or split by day, open figures ("over N"), restatements and
// copies, mediators' figures for both directions, statements that agree with the record, and
// shares that hold. None of the audit's checks may call them contradictory.
const consistentReporting = fc
  .array(
    fc.record({
      days: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 3 }),
      civilians: fc.integer({ min: 0, max: 50 }),
      open: fc.boolean(),
      restated: fc.boolean(),
      mediated: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((rows): Dataset => {
    const exchanges: Exchange[] = [];
    const claims: Claim[] = [];
    const statements: Statement[] = [];
    let returned = 0;
    rows.forEach((row, i) => {
      const id = `x${i}`;
      const month = String(i + 1).padStart(2, '0');
      const day = (d: number) => `2025-${month}-${String(d + 1).padStart(2, '0')}` as PartialDate;
      const total = row.days.reduce((a, b) => a + b, 0);
      const civilians = Math.min(row.civilians, row.days[0]!);
      returned += total;
      exchanges.push({
        id,
        parties: ['UA', 'RU'],
        mediators: ['AE'],
        status: 'completed',
        stages: row.days.map((_, d) => ({ on: day(d) })),
        transfers: row.days.flatMap((count, stage) => [
          { id: `ua-${stage}`, from: 'RU', to: 'UA', stage, category: 'people', count: n(count) },
          { id: `ru-${stage}`, from: 'UA', to: 'RU', stage, category: 'people', count: n(count) },
        ]),
      });
      const cite = (cid: string) => [{ url: `https://example.org/${cid}` }];
      const at = { statedOn: day(row.days.length - 1) };
      claims.push({
        id: `${id}/ua`,
        subject: { type: 'transferred', exchange: id, to: 'UA' },
        value: row.open ? { low: total - 1, high: null } : n(total),
        source: 'ua',
        citations: cite(`${id}/ua`),
        ...at,
        // Partial, and split by day: the civilians of the first day.
        breakdown: [{ category: 'civilian', count: n(civilians), stage: 0 }],
      });
      claims.push({
        id: `${id}/ru`,
        subject: { type: 'transferred', exchange: id, to: 'RU' },
        value: n(total),
        source: 'ru',
        citations: cite(`${id}/ru`),
        ...at,
      });
      if (row.restated)
        claims.push({
          id: `${id}/press`,
          subject: { type: 'transferred', exchange: id, to: 'UA' },
          value: n(total),
          source: 'press',
          citations: cite(`${id}/press`),
          links: [{ type: 'copies', claim: `${id}/ua` }],
          ...at,
        });
      if (row.mediated) {
        claims.push({
          id: `${id}/ae`,
          subject: { type: 'exchanged', exchange: id },
          value: n(2 * total),
          source: 'ae',
          citations: cite(`${id}/ae`),
          ...at,
        });
        claims.push({
          id: `${id}/ae-undirected`,
          subject: { type: 'transferred', exchange: id },
          value: n(total),
          source: 'ae',
          citations: cite(`${id}/ae-undirected`),
          ...at,
        });
        statements.push(
          {
            id: `${id}/role`,
            about: { type: 'role', exchange: id, party: 'AE', role: 'mediator' },
            source: 'ae',
            citations: cite(`${id}/role`),
          },
          {
            id: `${id}/terms`,
            about: { type: 'terms', exchange: id, terms: { formula: 'n-for-n', count: total } },
            source: 'ae',
            citations: cite(`${id}/terms`),
          },
          {
            id: `${id}/date`,
            about: { type: 'date', exchange: id, stage: 0, on: { from: day(0) } },
            source: 'press',
            citations: cite(`${id}/date`),
          },
        );
      }
      if (row.days.length > 1)
        claims.push({
          id: `${id}/so-far`,
          subject: { type: 'transferred', exchange: id, to: 'UA', throughStage: 0 },
          value: n(row.days[0]!),
          source: 'ua',
          citations: cite(`${id}/so-far`),
          ...at,
        });
    });
    claims.push({
      id: 'total',
      subject: { type: 'returned-total', to: 'UA', from: 'RU', since: '2025' },
      value: n(returned),
      source: 'ua',
      asOf: '2025-12-31',
      citations: [{ url: 'https://example.org/total' }],
    });
    claims.push({
      id: 'share',
      subject: { type: 'transferred', exchange: 'x0', to: 'UA', category: 'military' },
      value: { status: 'unknown' },
      share: { of: 'x0/ru', low: 0, high: 1 },
      source: 'press',
      citations: [{ url: 'https://example.org/share' }],
    });
    return dataset(exchanges, claims, statements);
  });

describe('audit laws on reporting-shaped data', () => {
  it('finds no conflict or error in a dataset built to be consistent', () => {
    fc.assert(
      fc.property(consistentReporting, (d) => {
        const serious = audit(d).findings.filter(
          (f) => f.severity === 'conflict' || f.severity === 'error',
        );
        expect(serious.map((f) => f.message)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('holdings estimates over time', () => {
  const held = (id: string, value: number, asOf: PartialDate) =>
    claim(id, { type: 'held', holder: 'RU', of: 'UA' }, n(value), 'ua', { asOf });
  it('questions a drop the returns and deaths in between cannot explain', () => {
    // 1,000 returned to Ukraine on 23–25 May 2025.
    expect(
      codes(dataset([staged], [held('h1', 8000, '2025-05-01'), held('h2', 7000, '2025-06-01')])),
    ).toEqual([]);
    expect(
      codes(dataset([staged], [held('h1', 8000, '2025-05-01'), held('h2', 6500, '2025-06-01')])),
    ).toEqual(['holdings-drop']);
    // Deaths reported by then explain part of a drop.
    const died = claim('d', { type: 'died', of: 'UA', holder: 'RU' }, n(600), 'ua', {
      asOf: '2025-05-30',
    });
    expect(
      codes(
        dataset([staged], [held('h1', 8000, '2025-05-01'), held('h2', 6500, '2025-06-01'), died]),
      ),
    ).toEqual([]);
  });
});

// One small dataset per finding code, each built to trigger that code and no other: the base is
// the three-day swap with one claim per side that matches it.
describe('every finding code, alone', () => {
  const base = (): Dataset => {
    const d = dataset(
      [structuredClone(staged)],
      [
        claim('ua', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000), 'ua'),
        claim('ru', { type: 'transferred', exchange: 'x', to: 'RU' }, n(1000), 'ru'),
      ],
    );
    return d;
  };
  const add = (d: Dataset, ...claims: Claim[]) => ({ ...d, claims: [...d.claims, ...claims] });
  const cases: Record<FindingCode, () => Dataset> = {
    'breakdown-exceeds-total': () => {
      const d = base();
      d.claims[0]!.breakdown = [{ category: 'civilian', count: n(1200) }];
      return d;
    },
    'breakdown-short-of-total': () => {
      const d = base();
      d.claims[0]!.breakdown = [
        { category: 'military', count: n(500) },
        { category: 'civilian', count: n(100) },
      ];
      d.claims[0]!.breakdownComplete = true;
      return d;
    },
    'overlapping-parts': () => {
      const d = base();
      d.claims[0]!.breakdown = [
        { category: 'officer', count: n(10) },
        { category: 'navy', count: n(10) },
      ];
      return d;
    },
    'claims-disagree': () =>
      add(
        base(),
        claim('h-ua', { type: 'held', holder: 'RU', of: 'UA' }, n(5000), 'ua', {
          asOf: '2025-06-01',
        }),
        claim('h-ru', { type: 'held', holder: 'RU', of: 'UA' }, n(8000), 'ru', {
          asOf: '2025-06-01',
        }),
      ),
    'breakdowns-disagree': () => {
      const d = base();
      d.claims[0]!.breakdown = [{ category: 'civilian', count: n(120) }];
      return add(
        d,
        claim('pr', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000), 'press', {
          breakdown: [{ category: 'civilian', count: n(150) }],
        }),
      );
    },
    'statements-disagree': () => ({
      ...base(),
      statements: [
        {
          id: 's1',
          about: { type: 'ordinal', exchange: 'x', ordinal: 63 },
          source: 'ua',
          citations: [],
        },
        {
          id: 's2',
          about: { type: 'ordinal', exchange: 'x', ordinal: 64 },
          source: 'ru',
          citations: [],
        },
      ],
    }),
    'statement-vs-record': () => ({
      ...base(),
      statements: [
        {
          id: 's1',
          about: { type: 'date', exchange: 'x', on: { from: '2025-07-01' } },
          source: 'ua',
          citations: [],
        },
      ],
    }),
    'share-vs-claim': () =>
      add(
        base(),
        claim(
          'men',
          { type: 'transferred', exchange: 'x', to: 'UA', category: 'man' },
          n(100),
          'ua',
          { share: { of: 'ua', low: 0.5, high: 1 } },
        ),
      ),
    'copy-differs': () =>
      add(
        base(),
        claim('tass', { type: 'transferred', exchange: 'x', to: 'RU' }, n(10000), 'press', {
          links: [{ type: 'copies', claim: 'ru' }],
        }),
      ),
    'record-vs-claims': () => {
      const d = base();
      d.claims[0]!.value = n(900);
      return d;
    },
    'claim-vs-record': () =>
      add(base(), claim('both', { type: 'exchanged', exchange: 'x' }, n(5000), 'ae')),
    'part-exceeds-whole': () =>
      add(
        base(),
        claim(
          'navy',
          { type: 'transferred', exchange: 'x', to: 'UA', category: 'navy' },
          n(1888, null),
          'press',
        ),
      ),
    'asymmetric-exchange': () => {
      const d = base();
      d.exchanges[0]!.transfers[1]!.count = n(300);
      d.claims[1]!.value = n(910);
      return d;
    },
    'agreed-vs-delivered': () => {
      const d = base();
      d.agreements = [
        {
          id: 'deal',
          parties: ['UA', 'RU'],
          terms: [
            {
              formula: 'numbers',
              category: 'people',
              numbers: [
                { to: 'UA', count: n(1200) },
                { to: 'RU', count: n(1000) },
              ],
            },
          ],
        },
      ];
      d.exchanges[0]!.agreement = 'deal';
      return d;
    },
    'cumulative-vs-ledger': () =>
      add(
        base(),
        claim(
          'total',
          { type: 'returned-total', to: 'UA', from: 'RU', since: '2025-01-01' },
          n(1500),
          'ua',
          { asOf: '2025-06-01' },
        ),
      ),
    'holdings-drop': () =>
      add(
        base(),
        claim('h1', { type: 'held', holder: 'RU', of: 'UA' }, n(8000), 'ua', {
          asOf: '2025-05-01',
        }),
        claim('h2', { type: 'held', holder: 'RU', of: 'UA' }, n(6000), 'ua', {
          asOf: '2025-06-01',
        }),
      ),
    'cumulative-decreases': () =>
      add(
        base(),
        claim('c1', { type: 'captured-total', captor: 'RU', of: 'UA' }, n(8000), 'ua', {
          asOf: '2025-05-01',
        }),
        claim('c2', { type: 'captured-total', captor: 'RU', of: 'UA' }, n(6000), 'ua', {
          asOf: '2025-06-01',
        }),
      ),
    'self-contradiction': () =>
      add(
        base(),
        claim('ua2', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000), 'ua', {
          breakdown: [{ category: 'civilian', count: n(10) }],
        }),
        claim('ua3', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000), 'ua', {
          breakdown: [{ category: 'civilian', count: n(20) }],
        }),
      ),
    'unsourced-claim': () => {
      const d = base();
      d.claims[0]!.citations = [];
      return d;
    },
  };

  it.each(Object.keys(findingCodes) as FindingCode[])('%s', (code) => {
    expect(codes(base())).toEqual([]);
    expect(codes(cases[code]())).toEqual([code]);
  });

  // A finding whose figures are all about one exchange says which, whatever its code: a report
  // by exchange, or a filter on `exchange`, must not miss it. A promise is about its agreement,
  // which may be kept over many exchanges.
  const aboutOne = (Object.keys(findingCodes) as FindingCode[]).filter(
    (code) => code !== 'agreed-vs-delivered',
  );
  it.each(aboutOne)('%s names the exchange it is about', (code) => {
    const d = cases[code]();
    const byId = new Map(d.claims.map((c) => [c.id, c]));
    const exchangeOf = (id: string) => {
      const c = byId.get(id) as Claim;
      return (c.subject as { exchange?: string }).exchange ?? c.exchange;
    };
    const found = audit(d).findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      const about = new Set([
        ...f.claims.map(exchangeOf),
        ...f.records.map((r) => r.split('/')[0]),
      ]);
      if (about.size === 1 && !about.has(undefined)) expect(f.exchange, f.id).toBe([...about][0]);
      // Claims and records naming none, or several: none. A finding on statements names theirs.
      else if ((f.statements ?? []).length === 0) expect(f.exchange, f.id).toBeUndefined();
      else expect(f.exchange, f.id).toBe('x');
    }
  });
});

describe('the exchange of a gap between running totals and the ledger', () => {
  it('is the one every claim it names was made about, the total that still fitted included', () => {
    const gap = (fitted: Partial<Claim>) =>
      audit(
        dataset(
          [staged],
          [
            total('fit', 1000, '2025-06-01', fitted),
            total('gap', 1500, '2025-07-01', { exchange: 'x' }),
          ],
        ),
      ).findings.find((f) => f.code === 'cumulative-vs-ledger');
    expect(gap({ exchange: 'x' })).toMatchObject({ claims: ['gap', 'fit'], exchange: 'x' });
    const unsaid = gap({});
    expect(unsaid?.claims).toEqual(['gap', 'fit']);
    expect(unsaid).not.toHaveProperty('exchange');
  });
});

describe('figures agreed for both directions together', () => {
  const withDeal = (
    terms: NonNullable<Dataset['agreements']>[number]['terms'],
    claims: Claim[] = [],
  ) => {
    const d: Dataset = {
      ...dataset([structuredClone(staged)], []),
      agreements: [{ id: 'deal', parties: ['UA', 'RU'], terms }],
    };
    d.exchanges[0]!.agreement = 'deal';
    d.claims = claims;
    expect(safeParseDataset(d).success).toBe(true);
    return d;
  };
  it('holds a both-ways term against both directions delivered', () => {
    expect(codes(withDeal([{ formula: 'both-ways', category: 'people', count: n(2000) }]))).toEqual(
      [],
    );
    expect(codes(withDeal([{ formula: 'both-ways', category: 'people', count: n(5000) }]))).toEqual(
      ['agreed-vs-delivered'],
    );
  });

  it('holds a claim of what was agreed with no receiver against both directions', () => {
    const agreed = (value: number) =>
      claim('agreed', { type: 'agreed', agreement: 'deal' }, n(value), 'ae');
    expect(codes(withDeal([], [agreed(2000)]))).toEqual([]);
    expect(codes(withDeal([], [agreed(1200)]))).toEqual(['agreed-vs-delivered']);
  });
});

describe('claims their dataset sets aside', () => {
  it('audits neither a revised, a retracted nor a deprecated claim', () => {
    // 1,000 returned by 25 May: a total of 1,000 fits, a misprinted 100 does not.
    const revised = dataset(
      [staged],
      [
        total('t1', 100, '2025-06-01'),
        total('t2', 1000, '2025-06-02', { links: [{ type: 'revises', claim: 't1' }] }),
      ],
    );
    expect(codes(revised)).toEqual([]);
    const deprecated = dataset(
      [staged],
      [
        total('t1', 100, '2025-06-01', { rank: { level: 'deprecated', reason: 'a misprint' } }),
        claim('c', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000), 'ua', {
          rank: { level: 'deprecated' },
          breakdown: [{ category: 'civilian', count: n(5000) }],
        }),
      ],
    );
    expect(codes(deprecated)).toEqual([]);
    // Without the revision, the misprint is reported.
    expect(codes(dataset([staged], [total('t1', 100, '2025-06-01')]))).toEqual([
      'cumulative-vs-ledger',
    ]);
  });

  it('keeps a claim that revises what it restates: it is the newer word, not a copy', () => {
    const about = { type: 'transferred', exchange: 'x', to: 'UA' } as const;
    const revision = claim('b', about, n(1000), 'ua', {
      links: [
        { type: 'revises', claim: 'a' },
        { type: 'restates', claim: 'a' },
      ],
    });
    const d = dataset(
      [staged],
      [claim('a', about, n(1200)), revision, claim('r', about, n(2000), 'ru')],
    );
    // The revision stands against the other side's figure, and agrees with the record.
    const found = audit(d).findings.filter((f) => f.code === 'claims-disagree');
    expect(found.map((f) => f.claims)).toEqual([['b', 'r']]);
    const verdict = reconcile(d.claims);
    expect(verdict.excluded).toEqual([{ claim: 'a', reason: 'revised' }]);
    expect(verdict.considered).toEqual(['b', 'r']);
  });
});

describe('statements about a multi-day exchange or a whole deal', () => {
  const said = (id: string, about: Statement['about'], source: string): Statement => ({
    id,
    about,
    source,
    citations: [{ url: `https://example.org/${id}` }],
  });
  it('lets sources date a three-day exchange by different days of it', () => {
    const d = {
      ...dataset([staged], []),
      statements: [
        said('a', { type: 'date', exchange: 'x', on: { from: '2025-05-23' } }, 'ua'),
        said('b', { type: 'date', exchange: 'x', on: { from: '2025-05-25' } }, 'ru'),
      ],
    };
    expect(codes(d)).toEqual([]);
  });

  it('does not hold the terms of a whole deal against one of its exchanges', () => {
    const d: Dataset = {
      ...dataset([structuredClone(staged)], []),
      agreements: [{ id: 'deal', parties: ['UA', 'RU'], terms: [] }],
    };
    d.exchanges[0]!.agreement = 'deal';
    d.statements = [
      said(
        't',
        {
          type: 'terms',
          exchange: 'x',
          agreement: 'deal',
          terms: { formula: 'n-for-n', count: 1200 },
        },
        'ua',
      ),
    ];
    expect(codes(d)).toEqual([]);
  });
});

describe('sides, when the subject names one party or the exchange names its sides', () => {
  it('calls a Kyiv and a Moscow source opposite on a total that names only the receiver', () => {
    const total = (id: string, source: string, value: number) =>
      claim(id, { type: 'returned-total', to: 'UA' }, n(value), source, { asOf: '2025-06-01' });
    const finding = audit(
      dataset([staged], [total('a', 'ua', 1000), total('b', 'ru', 1100)]),
    ).findings.find((f) => f.code === 'claims-disagree');
    expect(finding?.sides).toBe('opposite');
  });

  it('calls two states on one side of a multilateral exchange the same side', () => {
    const d = dataset([], []);
    d.parties.push(
      { id: 'DE', name: 'Germany', kind: 'state' },
      { id: 'US', name: 'United States', kind: 'state' },
    );
    d.sources.push(
      { id: 'de', name: 'German government', kind: 'official', affiliation: 'DE' },
      { id: 'us', name: 'US government', kind: 'official', affiliation: 'US' },
    );
    d.exchanges = [
      {
        id: 'ankara',
        parties: ['RU', 'DE', 'US'],
        sides: [['RU'], ['DE', 'US']],
        status: 'completed',
        stages: [{ on: '2024-08-01' }],
        transfers: [
          { id: 'to-RU', from: 'DE', to: 'RU', category: 'people', count: n(10) },
          { id: 'to-DE', from: 'RU', to: 'DE', category: 'people', count: n(13) },
        ],
      },
    ];
    d.claims = [
      claim('de', { type: 'transferred', exchange: 'ankara', to: 'RU' }, n(10), 'de'),
      claim('us', { type: 'transferred', exchange: 'ankara', to: 'RU' }, n(12), 'us'),
    ];
    expect(audit(d).findings.find((f) => f.code === 'claims-disagree')?.sides).toBe('same');
  });
});

describe('one problem, one finding', () => {
  it('reports a source at odds with itself on one day as a self-contradiction only', () => {
    const said = (id: string, value: number) =>
      claim(id, { type: 'transferred', exchange: 'x', to: 'UA' }, n(value), 'ua');
    expect(codes(dataset([staged], [said('a', 1000), said('b', 1100)]))).toEqual([
      'self-contradiction',
    ]);
  });

  it('reports a source restating itself with another figure as a copy that differs only', () => {
    const said = (id: string, value: number, links?: Claim['links']) =>
      claim(
        id,
        { type: 'transferred', exchange: 'x', to: 'UA' },
        n(value),
        'ua',
        links ? { links } : {},
      );
    for (const type of ['copies', 'restates'] as const)
      expect(
        codes(dataset([staged], [said('a', 1000), said('b', 1100, [{ type, claim: 'a' }])])),
        type,
      ).toEqual(['copy-differs']);
    // A third figure of that day, linked to neither, still contradicts them.
    expect(
      codes(
        dataset(
          [staged],
          [said('a', 1000), said('b', 1100, [{ type: 'restates', claim: 'a' }]), said('c', 900)],
        ),
      ),
    ).toEqual(['copy-differs', 'self-contradiction']);
    // Under one figure, a restatement splitting it another way differs from the original too.
    const split = (id: string, civilians: number, links?: Claim['links']) =>
      claim(id, { type: 'transferred', exchange: 'x', to: 'UA' }, n(1000), 'ua', {
        breakdown: [{ category: 'civilian', count: n(civilians) }],
        ...(links ? { links } : {}),
      });
    expect(
      codes(
        dataset([staged], [split('a', 10), split('b', 20, [{ type: 'restates', claim: 'a' }])]),
      ),
    ).toEqual(['copy-differs']);
  });

  it('holds a copy that differs against its original only, among many claims of one day', () => {
    const said = (id: string, value: number, links?: Claim['links'], civilians?: number) =>
      claim(id, { type: 'transferred', exchange: 'x', to: 'UA' }, n(value), 'ua', {
        ...(links ? { links } : {}),
        ...(civilians === undefined
          ? {}
          : { breakdown: [{ category: 'civilian', count: n(civilians) }] }),
      });
    const restates = (claim: string) => [{ type: 'restates' as const, claim }];
    const found = (...claims: Claim[]) =>
      audit(dataset([staged], claims))
        .findings.filter((f) => f.code === 'copy-differs' || f.code === 'self-contradiction')
        .map((f) => `${f.code} ${f.claims.join(',')}`);
    // A third claim agreeing with the original: the copy's figure is one mistake.
    expect(found(said('a', 1000), said('b', 1000), said('c', 1200, restates('a')))).toEqual([
      'copy-differs c,a',
    ]);
    // A chain of restatements, the last one wrong.
    expect(
      found(said('a', 1000), said('b', 1000, restates('a')), said('c', 1400, restates('b'))),
    ).toEqual(['copy-differs c,b']);
    // Two wrong copies of one claim.
    expect(
      found(said('a', 1000), said('b', 1200, restates('a')), said('c', 1400, restates('a'))),
    ).toEqual(['copy-differs b,a', 'copy-differs c,a']);
    // A wrong copy beside a real contradiction of breakdowns: both are found.
    expect(
      found(
        said('a', 1000, undefined, 3),
        said('b', 1200, restates('a')),
        said('c', 1000, undefined, 5),
      ),
    ).toEqual(['copy-differs b,a', 'self-contradiction a,c']);
    // Two claims copying each other: one copy that differs.
    expect(found(said('a', 1000, restates('b')), said('b', 1200, restates('a')))).toEqual([
      'copy-differs b,a',
    ]);
    // Faithful copies of a wrong copy: still the one mistake.
    expect(
      found(
        said('a', 1000),
        said('b', 1200, restates('a')),
        said('c', 1200, restates('b')),
        said('d', 1200, restates('c')),
      ),
    ).toEqual(['copy-differs b,a']);
    // Two claims copying each other and differing, and a third figure: the original of the two
    // (the lower id, as reconciling has it) still contradicts the third.
    expect(
      found(said('a', 1000, restates('b')), said('b', 1200, restates('a')), said('c', 1400)),
    ).toEqual(['copy-differs b,a', 'self-contradiction a,c']);
    // A faithful copy is no second voice: one contradiction, with the original.
    expect(found(said('a', 1400), said('b', 1000, restates('c')), said('c', 1000))).toEqual([
      'self-contradiction a,c',
    ]);
    // A claim copying two claims copies the lower id, and is held against that one alone.
    expect(
      found(
        said('a', 1000),
        said('b', 1200),
        said('c', 1400, [...restates('b'), ...restates('a')]),
      ),
    ).toEqual(['copy-differs c,a', 'self-contradiction a,b']);
    expect(
      found(
        said('a', 1000),
        said('b', 1200),
        said('c', 1000, [...restates('b'), ...restates('a')]),
      ),
    ).toEqual(['self-contradiction a,b']);
  });

  it('reports a copy whose breakdown differs once, whoever copied whom', () => {
    const about = { type: 'transferred', exchange: 'x', to: 'UA' } as const;
    const split = (id: string, source: string, civilians: number, links?: Claim['links']) =>
      claim(id, about, n(1000), source, {
        breakdown: [{ category: 'civilian', count: n(civilians) }],
        ...(links ? { links } : {}),
      });
    // Another source's copy: not a second breakdown disagreeing, only a copy that differs.
    expect(
      codes(
        dataset(
          [staged],
          [split('a', 'ru', 10), split('b', 'press', 20, [{ type: 'copies', claim: 'a' }])],
        ),
      ),
    ).toEqual(['copy-differs']);
    // Three claims copying one another in a circle: the lowest id is the original.
    const said = (id: string, value: number, copies: string) =>
      claim(id, about, n(value), 'ua', { links: [{ type: 'copies', claim: copies }] });
    const found = audit(
      dataset([staged], [said('a', 1000, 'c'), said('b', 1200, 'a'), said('c', 1400, 'b')]),
    )
      .findings.filter((f) => f.code === 'copy-differs' || f.code === 'self-contradiction')
      .map((f) => f.claims.join(','));
    expect(found).toEqual(['b,a', 'c,b']);
  });

  it('keeps a copy of a claim about another subject as a figure of its own subject', () => {
    const toRussia = claim('o', { type: 'transferred', exchange: 'x', to: 'RU' }, n(1000), 'ua');
    const copy = claim('b', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1200), 'ua', {
      links: [{ type: 'copies', claim: 'o' }],
    });
    const other = claim('c', { type: 'transferred', exchange: 'x', to: 'UA' }, n(1500), 'ua');
    const found = audit(dataset([staged], [toRussia, copy, other]))
      .findings.filter((f) => f.code === 'self-contradiction' || f.code === 'copy-differs')
      .map((f) => `${f.code} ${f.claims.join(',')}`);
    // Nor is it held against the other subject's figure, as though that were its original.
    expect(found).toEqual(['self-contradiction b,c']);
  });

  it('cites every claim a holdings drop rests on, deaths included', () => {
    const held = (id: string, value: number, asOf: PartialDate) =>
      claim(id, { type: 'held', holder: 'RU', of: 'UA' }, n(value), 'ua', { asOf });
    const died = claim('d', { type: 'died', of: 'UA', holder: 'RU' }, n(100), 'ua', {
      asOf: '2025-05-30',
    });
    const finding = audit(
      dataset([staged], [held('h1', 8000, '2025-05-01'), held('h2', 6000, '2025-06-01'), died]),
    ).findings.find((f) => f.code === 'holdings-drop');
    expect(finding?.claims).toEqual(['h1', 'h2', 'd']);
    expect(finding?.urls).toHaveLength(3);
  });
});

describe('a copy link given twice', () => {
  const subject = { type: 'transferred', exchange: 'x', to: 'UA' } as const;
  const twice: [string, NonNullable<Claim['links']>][] = [
    [
      'the same link',
      [
        { type: 'copies', claim: 'a' },
        { type: 'copies', claim: 'a' },
      ],
    ],
    [
      'a copy and a restatement of one claim',
      [
        { type: 'copies', claim: 'a' },
        { type: 'restates', claim: 'a' },
      ],
    ],
  ];
  for (const [name, links] of twice)
    it(`is one copy: ${name} gives one copy-differs`, () => {
      const d = dataset(
        [staged],
        [claim('a', subject, n(1000), 'ua'), claim('b', subject, n(10000), 'press', { links })],
      );
      const found = audit(d).findings.filter((f) => f.code === 'copy-differs');
      expect(found.map((f) => f.id)).toEqual(['copy-differs:b:a']);
      expect(found[0]!.message).toContain('copies');
    });
});

describe('a copy of a claim set aside', () => {
  // A ministry's figure of 10,000 (ten times the record), an outlet repeating it, and the other
  // side's 1,000. Once the ministry's figure is set aside, its copy stands for nothing either:
  // the one figure left agrees with the record, and nothing disagrees.
  const subject = { type: 'transferred', exchange: 'x', to: 'UA' } as const;
  const cases: [string, Claim[]][] = [
    [
      'a copy of a deprecated claim',
      [
        claim('a', subject, n(10000), 'ua', { rank: { level: 'deprecated', reason: 'misprint' } }),
        claim('b', subject, n(10000), 'press', { links: [{ type: 'copies', claim: 'a' }] }),
      ],
    ],
    [
      'a restatement of a deprecated claim',
      [
        claim('a', subject, n(10000), 'ua', { rank: { level: 'deprecated', reason: 'misprint' } }),
        claim('b', subject, n(10000), 'press', { links: [{ type: 'restates', claim: 'a' }] }),
      ],
    ],
    [
      'a copy of a copy of a revised claim',
      [
        claim('a', subject, n(10000), 'ua'),
        claim('r', subject, n(1000), 'ua', {
          statedOn: '2025-05-26',
          links: [{ type: 'revises', claim: 'a' }],
        }),
        claim('b', subject, n(10000), 'press', { links: [{ type: 'copies', claim: 'a' }] }),
        claim('b2', subject, n(10000), 'press', {
          statedOn: '2025-05-27',
          links: [{ type: 'copies', claim: 'b' }],
        }),
      ],
    ],
  ];
  for (const [name, claims] of cases)
    it(`leaves ${name} out, as reconcile does`, () => {
      const d = dataset([staged], [...claims, claim('c', subject, n(1000), 'ru')]);
      const report = audit(d);
      expect(report.findings.filter((f) => f.code === 'claims-disagree')).toEqual([]);
      expect(report.findings.filter((f) => f.claims.includes('b'))).toEqual([]);
    });

  it('leaves out a copy of a copy set aside, whose own original stands', () => {
    // d copies c2, a deprecated copy of a: reconciling counts that chain once, at a.
    const d = dataset(
      [staged],
      [
        claim('a', subject, n(1000), 'ua'),
        claim('c2', subject, n(10000), 'press', {
          rank: { level: 'deprecated', reason: 'misprint' },
          links: [{ type: 'copies', claim: 'a' }],
        }),
        claim('d', subject, n(10000), 'press', {
          statedOn: '2025-05-26',
          links: [{ type: 'copies', claim: 'c2' }],
        }),
      ],
    );
    expect(audit(d).findings.filter((f) => f.claims.includes('d'))).toEqual([]);
  });

  it('counts a circle of copies at its smallest id when one of the circle is set aside', () => {
    const copies = (id: string) => [{ type: 'copies' as const, claim: id }];
    const claims = [
      claim('c1', subject, n(1000), 'ua', { links: copies('c2') }),
      claim('c2', subject, n(10000), 'press', { links: copies('c3') }),
      claim('c3', subject, n(10000), 'press', {
        statedOn: '2025-05-26',
        links: copies('c1'),
        rank: { level: 'deprecated', reason: 'misprint' },
      }),
      claim('x', subject, n(10000), 'ru'),
    ];
    const d = dataset([staged], claims);
    const disagree = audit(d).findings.find((f) => f.code === 'claims-disagree');
    expect(disagree?.claims).toEqual(reconcile(d.claims, { sources: d.sources }).considered);
    expect(disagree?.claims).toEqual(['c1', 'x']);
  });

  it('keeps two claims of a circle of revisions when a third of the circle is deprecated', () => {
    // None of a circle of revisions prevails; deprecating one of it settles nothing between the
    // others, which disagree.
    const revises = (id: string) => [{ type: 'revises' as const, claim: id }];
    const d = dataset(
      [staged],
      [
        claim('a', subject, n(500), 'ua', { links: revises('b') }),
        claim('b', subject, n(600), 'ru', { links: revises('c') }),
        claim('c', subject, n(700), 'ua', {
          statedOn: '2025-05-26',
          links: revises('a'),
          rank: { level: 'deprecated', reason: 'misprint' },
        }),
      ],
    );
    const disagree = audit(d).findings.find((f) => f.code === 'claims-disagree');
    expect(disagree?.claims).toEqual(['a', 'b']);
    expect(reconcile(d.claims, { sources: d.sources }).considered).toEqual(['a', 'b']);
  });

  it('keeps a copy of a claim that stands', () => {
    const d = dataset(
      [staged],
      [
        claim('a', subject, n(10000), 'ua'),
        claim('b', subject, n(10000), 'press', { links: [{ type: 'copies', claim: 'a' }] }),
        claim('c', subject, n(1000), 'ru'),
      ],
    );
    const disagree = audit(d).findings.find((f) => f.code === 'claims-disagree');
    expect(disagree?.claims).toEqual(['a', 'c']);
  });

  it('keeps a copy of a claim about another subject, which reconciling its own does not follow', () => {
    const other = { type: 'transferred', exchange: 'x', to: 'RU' } as const;
    const d = dataset(
      [staged],
      [
        claim('a', other, n(10000), 'ua', { rank: { level: 'deprecated', reason: 'misprint' } }),
        claim('b', subject, n(10000), 'press', { links: [{ type: 'copies', claim: 'a' }] }),
        claim('c', subject, n(1000), 'ru'),
      ],
    );
    const disagree = audit(d).findings.find((f) => f.code === 'claims-disagree');
    expect(disagree?.claims).toEqual(['b', 'c']);
  });
});

describe('a breakdown with a part whose figure is not known', () => {
  const subject = { type: 'transferred', exchange: 'x', to: 'UA' } as const;
  const broken = (civilians: number, complete = false) =>
    claim('a', subject, n(100), 'ua', {
      breakdown: [
        { category: 'military', count: { status: 'unknown' } },
        { category: 'civilian', count: n(civilians) },
      ],
      ...(complete ? { breakdownComplete: true } : {}),
    });

  it('exceeds its total when the known parts alone do', () => {
    const report = audit(dataset([staged], [broken(110)]));
    const finding = report.findings.find((f) => f.code === 'breakdown-exceeds-total');
    expect(finding?.observed).toEqual({ low: 110, high: null });
    expect(finding?.gap).toBe(10);
    expect(finding?.message).toContain('add up to 110 or more');
  });

  it('is neither over nor short when the known parts are within the total', () => {
    expect(codes(dataset([staged], [broken(90, true)]), 'breakdown-exceeds-total')).toEqual([]);
    expect(codes(dataset([staged], [broken(90, true)]), 'breakdown-short-of-total')).toEqual([]);
  });
});

describe('copies and revisions among figures that change over time', () => {
  const held = { type: 'held', holder: 'RU', of: 'UA' } as const;
  const on = (asOf: PartialDate) => ({ asOf });

  it('counts a later copy of an earlier estimate once, at the estimate, whatever else is set aside', () => {
    const claims = [
      claim('orig', held, n(100), 'ua', on('2025-05-10')),
      claim('copy', held, n(100), 'press', {
        ...on('2025-05-20'),
        links: [{ type: 'copies', claim: 'orig' }],
      }),
      claim('other', held, n(120), 'ru', on('2025-05-20')),
    ];
    const unrelated = claim('z', { type: 'missing', of: 'RU' }, n(5), 'ru', {
      rank: { level: 'deprecated', reason: 'misprint' },
    });
    for (const d of [dataset([], claims), dataset([], [...claims, unrelated])])
      expect(audit(d).findings.filter((f) => f.code === 'claims-disagree')).toEqual([]);
  });

  it('reports two estimates of one source and day that revise each other', () => {
    // Neither of a circle prevails: both stand, and they cannot both be true.
    const claims = [
      claim('p', held, n(100), 'ua', {
        ...on('2025-05-10'),
        links: [{ type: 'revises', claim: 'q' }],
      }),
      claim('q', held, n(120), 'ua', {
        ...on('2025-05-10'),
        links: [{ type: 'revises', claim: 'p' }],
      }),
    ];
    expect(codes(dataset([], claims))).toEqual(['self-contradiction']);
  });
});
