import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audit,
  findingCodes,
  validateDataset,
  type Claim,
  type Dataset,
  type Exchange,
  type FindingCode,
} from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const REFERENCE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'reported-exchanges-2022-2023.json',
);
const sample = loadSampleDataset();
const report = audit(sample);
const forExchange = (id: string, code: FindingCode) =>
  report.findings.filter(
    (f) => f.code === code && (f.exchange === id || f.claims.some((c) => c.startsWith(`${id}/`))),
  );

describe('audit on the sample dataset', () => {
  it.runIf(existsSync(REFERENCE))('finds what the reference tags say is there', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
      exchanges: { id: string; tags: string[] }[];
    };
    let checked = 0;
    for (const event of reference.exchanges) {
      if (event.tags.includes('breakdown-does-not-sum')) {
        const found = [
          ...forExchange(event.id, 'breakdown-exceeds-total'),
          ...forExchange(event.id, 'breakdown-short-of-total'),
        ];
        expect(found.length, event.id).toBeGreaterThan(0);
        checked += 1;
      }
      if (event.tags.includes('asymmetric')) {
        expect(forExchange(event.id, 'asymmetric-exchange'), event.id).toHaveLength(1);
        checked += 1;
      }
      if (event.tags.includes('sides-disagree')) {
        // The sides disagree either on one subject, or each counts its own receipt differently.
        const disagree = forExchange(event.id, 'claims-disagree');
        const uneven = forExchange(event.id, 'asymmetric-exchange');
        expect(disagree.length + uneven.length, event.id).toBeGreaterThan(0);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });

  it.runIf(existsSync(REFERENCE))(
    'raises no conflict on events whose figures are consistent',
    () => {
      const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
        exchanges: { id: string; tags: string[] }[];
      };
      const troubled = [
        'sides-disagree',
        'breakdown-does-not-sum',
        'breakdown-conflict',
        'ambiguous-total',
        'category-mismatch',
        'date-discrepancy',
        'sides-report-different-groups',
      ];
      const consistent = reference.exchanges.filter(
        (e) => !e.tags.some((t) => troubled.includes(t)),
      );
      expect(consistent.length).toBeGreaterThan(15);
      for (const event of consistent) {
        const serious = report.findings.filter(
          (f) =>
            (f.severity === 'conflict' || f.severity === 'error') &&
            (f.exchange === event.id || f.claims.some((c) => c.startsWith(`${event.id}/`))),
        );
        expect(
          serious.map((f) => f.id),
          event.id,
        ).toEqual([]);
      }
    },
  );

  it('reports the 26 April 2023 exchange as 44 for 40', () => {
    expect(
      report.findings.find((f) => f.id === 'asymmetric-exchange:ua-ru-2023-04-26'),
    ).toMatchObject({
      severity: 'info',
      expected: { low: 44, high: 44 },
      observed: { low: 40, high: 40 },
      gap: 4,
      message:
        'In the exchange of 2023-04-26, Ukraine received 44 people and Russian Federation 40 people (1.1 for 1).',
    });
  });

  it('catches the civilian running total that goes down (140, then 139, then 144)', () => {
    const decreases = report.findings.filter((f) => f.code === 'cumulative-decreases');
    expect(decreases).toHaveLength(1);
    expect(decreases[0]).toMatchObject({
      subject: 'returned-total|to=UA|from=RU|since=2022-02-24|category=civilian',
      expected: { low: 140, high: 140 },
      observed: { low: 139, high: 139 },
      gap: 1,
    });
  });

  it('compares running totals with the ledger and reports a persistent gap once, with when it opened', () => {
    const gaps = report.findings.filter(
      (f) => f.code === 'cumulative-vs-ledger' && f.severity === 'warning',
    );
    // Zelensky's 2,238 of 24 April 2023 against 1,981 recorded: one of the totals that show the
    // second gap, about 257 people, which opened after the total of 7 March 2023 showed the first.
    const second = gaps.find((f) => f.claims.includes('total/15'));
    expect(second?.id).toBe(
      'cumulative-vs-ledger:returned-total|to=UA|from=RU|since=2022-02-24|category=people@2023-04-24',
    );
    expect(second?.message).toContain('leaving about 254–260 people the ledger cannot account for');
    expect(second?.message).toContain('between then and 2023-04-24');
    const first = gaps.find((f) => f.id.endsWith('category=people@2022-10-02'));
    expect(first?.message).toContain('about 110–112 people');
    expect(first?.message).toContain('It opened between 2022-05-06');
    // The first nine exchanges sum to 324 by 6 May 2022: the ledger agrees, so that total is no
    // finding of its own; it is cited only as the last that fitted before the first gap.
    expect(report.findings.filter((f) => f.claims.includes('total/01')).map((f) => f.id)).toEqual([
      first?.id,
    ]);
    // Each claim above the ledger is in exactly one finding.
    const ids = gaps.flatMap((f) => f.claims);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says which side disagreeing sources are on', () => {
    expect(
      report.findings.find((f) =>
        f.id.startsWith('claims-disagree:transferred|exchange=ua-ru-2023-04-10|to=UA'),
      )?.sides,
    ).toBe('opposite');
    expect(
      report.findings.find((f) =>
        f.id.startsWith('claims-disagree:transferred|exchange=ua-ru-2023-07-06|to=UA'),
      )?.sides,
    ).toBe('independent');
  });

  it('finds a source contradicting itself and agreed against delivered', () => {
    expect(
      report.findings.some(
        (f) =>
          f.code === 'self-contradiction' &&
          f.claims.join() === 'ua-ru-2022-10-29/1,ua-ru-2022-10-29/2',
      ),
    ).toBe(true);
    expect(report.findings.find((f) => f.code === 'agreed-vs-delivered')).toMatchObject({
      expected: { low: 110, high: 110 },
      observed: { low: 108, high: 108 },
      gap: 2,
    });
  });

  it('uses only documented codes and severities, with a sentence each, most serious first', () => {
    const order = ['error', 'conflict', 'warning', 'info'];
    let last = 0;
    for (const finding of report.findings) {
      expect(findingCodes[finding.code]).toBeDefined();
      expect(finding.message).toMatch(/^[A-Z].*\.$/);
      expect(order.indexOf(finding.severity)).toBeGreaterThanOrEqual(last);
      last = order.indexOf(finding.severity);
    }
    expect(new Set(report.findings.map((f) => f.id)).size).toBe(report.findings.length);
    expect(
      report.summary.bySeverity.error +
        report.summary.bySeverity.conflict +
        report.summary.bySeverity.warning +
        report.summary.bySeverity.info,
    ).toBe(report.findings.length);
  });

  it('can switch codes off and allow-list known findings', () => {
    const quieter = audit(sample, {
      disable: ['asymmetric-exchange', 'cumulative-vs-ledger'],
      allow: [
        'cumulative-decreases:returned-total|to=UA|from=RU|since=2022-02-24|category=civilian:total/19',
      ],
    });
    expect(
      quieter.findings.some(
        (f) =>
          f.code === 'asymmetric-exchange' ||
          f.code === 'cumulative-vs-ledger' ||
          f.code === 'cumulative-decreases',
      ),
    ).toBe(false);
    expect(quieter.allowed).toEqual([
      'cumulative-decreases:returned-total|to=UA|from=RU|since=2022-02-24|category=civilian:total/19',
    ]);
  });

  it('flags a claim with no citation', () => {
    const copy = structuredClone(sample);
    copy.claims[0]!.citations = [];
    expect(audit(copy).findings.find((f) => f.code === 'unsourced-claim')?.claims).toEqual([
      copy.claims[0]!.id,
    ]);
  });

  it('flags a record that agrees with none of its claims', () => {
    const copy = structuredClone(sample);
    const swap = copy.exchanges.find((e) => e.id === 'ua-ru-2023-04-26')!;
    swap.transfers[0]!.count = { low: 50, high: 50 };
    expect(audit(copy).findings.find((f) => f.code === 'record-vs-claims')).toMatchObject({
      records: ['ua-ru-2023-04-26/people-to-UA'],
      observed: { low: 50, high: 50 },
      gap: 6,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Generated datasets that are consistent by construction: each transfer is claimed at its own
// figure by a source on each side, breakdowns add up, running totals match the ledger.
const consistentDataset = fc
  .array(
    fc.record({
      toA: fc.integer({ min: 1, max: 500 }),
      toB: fc.integer({ min: 1, max: 500 }),
      officers: fc.nat(20),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((rows): Dataset => {
    const exchanges: Exchange[] = [];
    const claims: Claim[] = [];
    let totalA = 0;
    rows.forEach((row, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      const on =
        `2022-${month}-${String(row.day).padStart(2, '0')}` as Exchange['stages'][number]['on'];
      const id = `x${i}`;
      // A balanced exchange, so that no asymmetry is reported either.
      const n = Math.max(row.toA, row.officers);
      exchanges.push({
        id,
        parties: ['A', 'B'],
        status: 'completed',
        stages: [{ on }],
        transfers: [
          { id: 'to-A', from: 'B', to: 'A', category: 'people', count: { low: n, high: n } },
          { id: 'to-B', from: 'A', to: 'B', category: 'people', count: { low: n, high: n } },
        ],
      });
      totalA += n;
      for (const [to, source] of [
        ['A', 'sa'],
        ['A', 'sb'],
        ['B', 'sb'],
      ] as const) {
        claims.push({
          id: `${id}/${to}/${source}`,
          subject: { type: 'transferred', exchange: id, to },
          value: { low: n, high: n },
          source,
          statedOn: on,
          exchange: id,
          citations: [{ url: `https://example.org/${id}` }],
          breakdown: [
            {
              category: 'officer',
              count: { low: Math.min(row.officers, n), high: Math.min(row.officers, n) },
            },
            {
              category: 'enlisted',
              count: { low: n - Math.min(row.officers, n), high: n - Math.min(row.officers, n) },
            },
          ],
          breakdownComplete: true,
        });
      }
    });
    claims.push({
      id: 'total',
      subject: { type: 'returned-total', to: 'A', since: '2022' },
      value: { low: totalA, high: totalA },
      source: 'sa',
      asOf: '2023-06-01',
      citations: [{ url: 'https://example.org/total' }],
    });
    return {
      format: 'swapledger/1',
      parties: [
        { id: 'A', name: 'A', kind: 'state' },
        { id: 'B', name: 'B', kind: 'state' },
      ],
      sources: [
        { id: 'sa', name: 'A official', kind: 'official', affiliation: 'A' },
        { id: 'sb', name: 'B ministry', kind: 'ministry', affiliation: 'B' },
      ],
      exchanges,
      claims,
    };
  });

describe('audit laws', () => {
  it('a dataset built to be consistent yields no conflict or error', () => {
    fc.assert(
      fc.property(consistentDataset, (dataset) => {
        expect(validateDataset(dataset).success).toBe(true);
        const serious = audit(dataset).findings.filter(
          (f) => f.severity === 'conflict' || f.severity === 'error',
        );
        expect(serious).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('findings are identical across runs and input orders', () => {
    const reversed: Dataset = {
      ...sample,
      exchanges: [...sample.exchanges].reverse(),
      claims: [...sample.claims].reverse(),
      sources: [...sample.sources].reverse(),
    };
    expect(audit(reversed)).toEqual(report);
    expect(audit(sample)).toEqual(report);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sample.claims, { minLength: sample.claims.length }),
        (claims) => {
          expect(audit({ ...sample, claims })).toEqual(report);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('a breakdown made not to add up is caught', () => {
    fc.assert(
      fc.property(consistentDataset, fc.integer({ min: 1, max: 50 }), (dataset, extra) => {
        const claim = dataset.claims[0]!;
        const part = claim.breakdown![1]!;
        part.count = {
          low: (part.count as { low: number }).low + extra,
          high: (part.count as { low: number }).low + extra,
        };
        expect(
          audit(dataset).findings.some(
            (f) => f.code === 'breakdown-exceeds-total' && f.claims[0] === claim.id,
          ),
        ).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
