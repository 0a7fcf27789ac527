// Each plain Standard Schema answers exactly as the model's own safe function does, on the sample's
// records and on broken copies of them, and carries nothing a framework could take for a parser.
import { describe, expect, it } from 'vitest';
import {
  defaultTaxonomy,
  safeAssertCount,
  safeAssertPartialDate,
  safeAssertTaxonomy,
  safeCreateAgreement,
  safeCreateCitation,
  safeCreateClaim,
  safeCreateCohort,
  safeCreateExchange,
  safeCreateParty,
  safeCreateSource,
  safeCreateStatement,
  safeCreateTransfer,
  safeParseDataset,
  type Result,
} from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import * as standard from '../../src/standard/index.js';
import type { StandardModel } from '../../src/standard/index.js';

const sample = loadSampleDataset();
const exchange = sample.exchanges.find((e) => e.transfers.length > 0)!;

// What each instance must agree with, and records to try it on.
const cases: [
  string,
  StandardModel<unknown, unknown>,
  (v: never) => Result<unknown, unknown>,
  unknown[],
][] = [
  ['StandardClaim', standard.StandardClaim, safeCreateClaim, sample.claims.slice(0, 20)],
  ['StandardDataset', standard.StandardDataset, safeParseDataset, [sample]],
  [
    'StandardExchange',
    standard.StandardExchange,
    safeCreateExchange,
    sample.exchanges.slice(0, 10),
  ],
  ['StandardTransfer', standard.StandardTransfer, safeCreateTransfer, exchange.transfers],
  ['StandardParty', standard.StandardParty, safeCreateParty, sample.parties],
  ['StandardSource', standard.StandardSource, safeCreateSource, sample.sources.slice(0, 10)],
  ['StandardCitation', standard.StandardCitation, safeCreateCitation, sample.claims[0]!.citations],
  ['StandardAgreement', standard.StandardAgreement, safeCreateAgreement, sample.agreements ?? []],
  ['StandardCohort', standard.StandardCohort, safeCreateCohort, sample.cohorts ?? []],
  [
    'StandardStatement',
    standard.StandardStatement,
    safeCreateStatement,
    [
      {
        id: 's1',
        about: { type: 'outcome', exchange: 'x', outcome: 'aborted' },
        source: 'ru-mod',
        citations: [],
      },
    ],
  ],
  [
    'StandardSubject',
    standard.StandardSubject,
    (v: unknown) => {
      const claim = safeCreateClaim({ ...sample.claims[0]!, subject: v as never });
      if (claim.success) return { success: true, data: claim.data.subject };
      const issues = claim.error
        .filter((i) => i.path[0] === 'subject')
        .map((i) => ({ ...i, path: i.path.slice(1) }));
      return { success: false, error: issues };
    },
    sample.claims.slice(0, 10).map((c) => c.subject as unknown),
  ],
  [
    'StandardCount',
    standard.StandardCount,
    safeAssertCount,
    sample.claims.slice(0, 10).map((c) => c.value),
  ],
  [
    'StandardPartialDate',
    standard.StandardPartialDate,
    safeAssertPartialDate,
    ['2023', '2023-04', '2023-04-26'],
  ],
  ['StandardTaxonomy', standard.StandardTaxonomy, safeAssertTaxonomy, [defaultTaxonomy]],
];

/** Broken copies of a record: each field in turn given a wrong type, or removed. */
function broken(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') return [null, 44, '2023-02-30', { value }];
  const out: unknown[] = [null, [], 'text'];
  for (const key of Object.keys(value)) {
    const rest = Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
    out.push(rest, { ...rest, [key]: 44 }, { ...rest, [key]: '44' });
  }
  return out;
}

describe('swapledger/standard', () => {
  it('has an instance for every case below and nothing else', () => {
    expect(Object.keys(standard).sort()).toEqual(cases.map(([name]) => name).sort());
  });

  for (const [name, instance, safe, records] of cases)
    it(`${name} answers as the model's own check, on good and broken records`, () => {
      const props = instance['~standard'];
      expect(props.version).toBe(1);
      expect(props.vendor).toBe('swapledger');
      // Nothing a framework would run before Standard Schema (tRPC looks for these first).
      for (const method of ['parse', 'parseAsync', 'safeParse', 'assert', 'create', 'validateSync'])
        expect(method in instance, method).toBe(false);
      expect(typeof instance).toBe('object');
      let refused = 0;
      for (const record of [...records, ...records.slice(0, 3).flatMap(broken)]) {
        const expected = safe(record as never);
        const got = props.validate(record);
        if (expected.success) expect(got).toEqual({ value: expected.data });
        else {
          refused += 1;
          expect(got).toEqual({ issues: expected.error });
        }
      }
      expect(refused).toBeGreaterThan(0);
      // And the good records listed above pass.
      for (const record of records) expect(props.validate(record).issues, name).toBeUndefined();
    });

  it('is frozen: no one can swap the check for another', () => {
    expect(Object.isFrozen(standard.StandardClaim)).toBe(true);
    expect(Object.isFrozen(standard.StandardClaim['~standard'])).toBe(true);
  });
});
