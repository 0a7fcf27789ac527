import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countContains,
  countsOverlap,
  reconcile,
  type Claim,
  type KnownCount,
  type Source,
} from '../../src/index.js';
import { knownCount } from '../arbitraries.js';

const subject = { type: 'transferred', exchange: 'x', to: 'UA' } as const;
const claim = (id: string, value: Claim['value'], extra: Partial<Claim> = {}): Claim => ({
  id,
  subject,
  value,
  source: id.split('-')[0] ?? id,
  citations: [],
  ...extra,
});
const sources: Source[] = [
  { id: 'ua', name: 'Ukrainian official', kind: 'official', affiliation: 'UA' },
  { id: 'ru', name: 'Russian ministry', kind: 'ministry', affiliation: 'RU' },
  { id: 'icrc', name: 'ICRC', kind: 'international-organisation', affiliation: null },
  { id: 'press', name: 'An outlet', kind: 'outlet', affiliation: null },
  { id: 'anon', name: 'a source', kind: 'anonymous', affiliation: 'RU' },
];
const exact = (n: number): KnownCount => ({ low: n, high: n });

describe('reconcile', () => {
  it('finds the consensus where claims agree', () => {
    const r = reconcile(
      [claim('ua-1', exact(50)), claim('press-1', { low: 45, high: 55, best: 50 })],
      { sources },
    );
    expect(r.consensus).toEqual({ low: 50, high: 50 });
    expect(r.camps).toHaveLength(1);
    expect(r.outliers).toEqual([]);
    expect(r.estimate).toEqual({
      kind: 'estimate',
      value: 50,
      method: 'weighted-mean',
      claims: ['press-1', 'ua-1'],
    });
  });

  it('splits disagreeing claims into camps instead of averaging them', () => {
    const r = reconcile(
      [
        claim('ua-1', exact(52)),
        claim('ua-2', exact(52)),
        claim('ru-1', exact(50)),
        claim('press-1', { low: 45, high: 55, best: 50 }),
      ],
      { sources },
    );
    expect(r.consensus).toBeNull();
    expect(r.camps.map((c) => [c.claims, c.interval])).toEqual([
      [['press-1', 'ru-1'], { low: 50, high: 50 }],
      [['ua-1', 'ua-2'], { low: 52, high: 52 }],
    ]);
    expect(r.camps.map((c) => c.weight)).toEqual([3, 4]);
    expect(r.leading).toBe(1);
    expect(r.outliers).toEqual([]);
    expect(r.estimate?.value).toBe(52);
  });

  it('names outliers: claims in camps weighing at most half the leading one', () => {
    const r = reconcile(
      [claim('icrc-1', exact(100)), claim('ua-1', exact(100)), claim('anon-1', exact(130))],
      { sources },
    );
    expect(r.leading).toBe(0);
    expect(r.outliers).toEqual(['anon-1']);
  });

  it('has no leading camp and no estimate on a tie', () => {
    const r = reconcile([claim('ua-1', exact(44)), claim('ru-1', exact(40))], { sources });
    expect(r.leading).toBeNull();
    expect(r.estimate).toBeNull();
    expect(r.outliers).toEqual([]);
  });

  it('counts a copy once, and sets aside deprecated, retracted and revised claims', () => {
    const r = reconcile(
      [
        claim('ua-1', exact(3400)),
        claim('press-1', exact(3_400_000), { links: [{ type: 'copies', claim: 'ua-1' }] }),
        claim('press-2', exact(7), { rank: { level: 'deprecated', reason: 'misprint' } }),
        claim('ru-1', exact(9)),
        claim('ru-2', exact(3400), { links: [{ type: 'retracts', claim: 'ru-1' }] }),
        claim('anon-1', exact(1)),
        claim('anon-2', exact(3400), { links: [{ type: 'revises', claim: 'anon-1' }] }),
        claim('icrc-1', { status: 'undisclosed' }),
      ],
      { sources },
    );
    expect(r.consensus).toEqual(exact(3400));
    expect(r.excluded).toEqual([
      { claim: 'anon-1', reason: 'revised' },
      { claim: 'ru-1', reason: 'retracted' },
      { claim: 'press-1', reason: 'copy', of: 'ua-1' },
      { claim: 'press-2', reason: 'deprecated' },
    ]);
    expect(r.absent).toEqual([{ claim: 'icrc-1', status: 'undisclosed' }]);
    expect(r.considered).toEqual(['anon-2', 'ru-2', 'ua-1']);
  });

  it('weighs every claim 1 without sources, and lets weights be changed', () => {
    const claims = [
      claim('ua-1', exact(10)),
      claim('anon-1', exact(20)),
      claim('anon-2', exact(20)),
    ];
    expect(reconcile(claims).leading).toBe(1);
    expect(
      reconcile(claims, {
        sources,
        weights: {
          mediator: 3,
          'international-organisation': 3,
          official: 5,
          ministry: 2,
          ngo: 2,
          outlet: 1,
          expert: 1,
          anonymous: 0.5,
          joint: 2,
          'reference-work': 1,
          archive: 2,
        },
      }).leading,
    ).toBe(0);
  });

  const claimsArb = fc
    .array(fc.tuple(fc.constantFrom('ua', 'ru', 'icrc', 'press', 'anon'), knownCount), {
      maxLength: 12,
    })
    .map((list) => list.map(([src, value], i) => claim(`${src}-${i}`, value)));

  it('does not depend on the order of the claims', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(), (claims, seed) => {
        const shuffled = [...claims].sort(
          (a, b) =>
            ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) ||
            (a.id < b.id ? 1 : -1),
        );
        expect(reconcile(shuffled, { sources })).toEqual(reconcile(claims, { sources }));
      }),
    );
  });

  it('makes camps of mutually consistent claims that no single point could merge', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const r = reconcile(claims, { sources });
        const byId = new Map(claims.map((c) => [c.id, c.value as KnownCount]));
        expect(r.camps.flatMap((c) => c.claims).sort()).toEqual(claims.map((c) => c.id).sort());
        for (const camp of r.camps) {
          for (const id of camp.claims)
            expect(countContains(byId.get(id)!, camp.interval)).toBe(true);
        }
        // Camps come in order, and consecutive camps cannot be joined into one.
        for (let i = 1; i < r.camps.length; i += 1) {
          const previous = r.camps[i - 1]!.interval;
          expect(previous.high).not.toBeNull();
          expect(
            r.camps[i]!.claims.every(
              (id) => !countsOverlap(byId.get(id)!, { low: previous.high!, high: previous.high! }),
            ),
          ).toBe(true);
        }
        if (r.estimate) {
          const leading = r.camps[r.leading!]!.interval;
          expect(countContains(leading, { low: r.estimate.value, high: r.estimate.value })).toBe(
            true,
          );
          expect(Number.isInteger(r.estimate.value)).toBe(true);
        }
      }),
    );
  });

  it('never widens the consensus when a claim that agrees with it is added', () => {
    fc.assert(
      fc.property(claimsArb, knownCount, (claims, extra) => {
        const before = reconcile(claims, { sources });
        fc.pre(before.consensus !== null);
        const consensus = before.consensus!;
        fc.pre(countsOverlap(extra, consensus));
        const after = reconcile([...claims, claim('press-new', extra)], { sources });
        expect(after.consensus).not.toBeNull();
        expect(countContains(consensus, after.consensus!)).toBe(true);
      }),
    );
  });
});

describe('reconcile and the order of a claim’s links', () => {
  const orders = [
    ['a', 'b'],
    ['b', 'a'],
  ];
  it('sets aside what a claim revises in the same order, however it lists them', () => {
    const results = orders.map(
      (order) =>
        reconcile([
          claim('a', exact(10)),
          claim('b', exact(11)),
          claim('r', exact(12), { links: order.map((id) => ({ type: 'revises', claim: id })) }),
        ]).excluded,
    );
    expect(results[0]).toEqual([
      { claim: 'a', reason: 'revised' },
      { claim: 'b', reason: 'revised' },
    ]);
    expect(results[1]).toEqual(results[0]);
  });

  it('takes a claim that copies two as a copy of the lower id, however it lists them', () => {
    const results = orders.map((order) =>
      reconcile([
        claim('a', exact(10)),
        claim('b', exact(10)),
        claim('c', exact(10), { links: order.map((id) => ({ type: 'copies', claim: id })) }),
      ]),
    );
    expect(results[0]?.excluded).toEqual([{ claim: 'c', reason: 'copy', of: 'a' }]);
    expect(results[1]).toEqual(results[0]);
  });
});
