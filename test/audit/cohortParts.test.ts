// Breakdown parts that name a cohort. A cohort may overlap any group, so a part for one beside a
// part of the same category ("40 soldiers, among them 30 Azovstal defenders") is a note on some of
// the people the other counts: it is not added up, nor reported as the category listed twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audit,
  safeParseDataset,
  type BreakdownPart,
  type Claim,
  type Dataset,
  type Finding,
} from '../../src/index.js';

const n = (low: number, high: number | null = low) => ({ low, high });

function dataset(
  claims: Claim[],
  transferBreakdown?: { parts: BreakdownPart[]; count: number; complete?: boolean },
): Dataset {
  const d: Dataset = {
    format: 'swapledger/1',
    parties: [
      { id: 'UA', name: 'Ukraine', kind: 'state' },
      { id: 'RU', name: 'Russia', kind: 'state' },
    ],
    sources: [{ id: 'ua', name: 'Ukrainian official', kind: 'official', affiliation: 'UA' }],
    cohorts: [
      { id: 'azovstal', name: 'Defenders of the Azovstal steelworks' },
      { id: 'snake-island', name: 'Defenders of Snake Island' },
    ],
    exchanges: [
      {
        id: 'x',
        parties: ['UA', 'RU'],
        status: 'completed',
        stages: [{ on: '2025-05-23' }],
        transfers: [
          {
            id: 'to-ua',
            from: 'RU',
            to: 'UA',
            category: 'people',
            count: n(transferBreakdown?.count ?? 45),
            ...(transferBreakdown
              ? {
                  breakdown: transferBreakdown.parts,
                  ...(transferBreakdown.complete ? { breakdownComplete: true } : {}),
                }
              : {}),
          },
          { id: 'to-ru', from: 'UA', to: 'RU', category: 'people', count: n(45) },
        ],
      },
    ],
    claims,
  };
  const checked = safeParseDataset(d);
  if (!checked.success) throw new Error(JSON.stringify(checked.error));
  return checked.data;
}

/** Ukraine's claim of 45 (or `total`) returned, broken down into `parts`. */
const broken = (parts: BreakdownPart[], total = 45, complete = false): Claim => ({
  id: 'c',
  subject: { type: 'transferred', exchange: 'x', to: 'UA' },
  value: n(total),
  source: 'ua',
  citations: [{ url: 'https://example.org/c' }],
  breakdown: parts,
  ...(complete ? { breakdownComplete: true } : {}),
});

const BREAKDOWN_CODES = new Set<string>([
  'overlapping-parts',
  'breakdown-exceeds-total',
  'breakdown-short-of-total',
]);
const breakdownFindings = (d: Dataset): Finding[] =>
  audit(d).findings.filter((f) => BREAKDOWN_CODES.has(f.code));

const military = (count: number, cohort?: string): BreakdownPart => ({
  category: 'military',
  count: n(count),
  ...(cohort === undefined ? {} : { cohort }),
});
const civilians = (count: number): BreakdownPart => ({ category: 'civilian', count: n(count) });

describe('a breakdown part for a cohort', () => {
  it('beside a part of its category is a note on it, neither added up nor listed twice', () => {
    const parts = [military(40), military(30, 'azovstal'), civilians(5)];
    expect(breakdownFindings(dataset([broken(parts)]))).toEqual([]);
    // The other parts are still added up against the total.
    const over = breakdownFindings(dataset([broken(parts, 44)]));
    expect(over.map((f) => [f.code, f.observed])).toEqual([['breakdown-exceeds-total', n(45)]]);
    const short = breakdownFindings(dataset([broken(parts, 46, true)]));
    expect(short.map((f) => [f.code, f.observed])).toEqual([['breakdown-short-of-total', n(45)]]);
  });

  it('is held against the part it is a note on: that part counts at least the cohort', () => {
    const parts = [military(10), military(30, 'azovstal'), civilians(30)];
    const [finding, ...rest] = breakdownFindings(dataset([broken(parts, 50)]));
    expect(rest).toEqual([]);
    expect([finding?.code, finding?.observed, finding?.gap]).toEqual([
      'breakdown-exceeds-total',
      n(60),
      10,
    ]);
    expect(finding?.message).toContain(
      'its parts add up to 60, each at least the cohort it says is among it',
    );
    // A part whose figure is not known holds at least its note too.
    const unknown: BreakdownPart = { category: 'military', count: { status: 'unknown' } };
    const [open] = breakdownFindings(
      dataset([broken([unknown, military(30, 'azovstal'), civilians(30)], 50)]),
    );
    expect([open?.code, open?.observed]).toEqual(['breakdown-exceeds-total', n(60, null)]);
  });

  it('beside parts of other cohorts only is not a note: the parts may overlap', () => {
    // No part of the category names no cohort, so none is a note, and two cohorts may share people.
    const parts = [military(30, 'azovstal'), military(1, 'snake-island'), civilians(30)];
    expect(breakdownFindings(dataset([broken(parts, 50)])).map((f) => f.code)).toEqual([
      'overlapping-parts',
    ]);
  });

  it('alone above the total exceeds it, named when it is on no one part', () => {
    // On the part of its category it is that part's least, and the parts' sum says so.
    expect(
      breakdownFindings(dataset([broken([military(40), military(50, 'azovstal')])])).map((f) => [
        f.code,
        f.observed,
      ]),
    ).toEqual([['breakdown-exceeds-total', n(50)]]);
    // Beside two groups of its category in different words it may be on either: held alone.
    const parts: BreakdownPart[] = [
      { ...military(10), wording: 'soldiers' },
      { ...military(10), wording: 'marines' },
      military(70, 'azovstal'),
    ];
    const [finding, ...rest] = breakdownFindings(dataset([broken(parts, 50)]));
    expect(rest).toEqual([]);
    expect([finding?.code, finding?.observed, finding?.gap]).toEqual([
      'breakdown-exceeds-total',
      n(70),
      20,
    ]);
    expect(finding?.message).toContain('its part for cohort azovstal alone is 70');
  });

  it('whose category no other part can share is added up like any part', () => {
    // Officers of a cohort and civilians are two groups whatever the cohort.
    const parts: BreakdownPart[] = [
      { category: 'officer', cohort: 'azovstal', count: n(5) },
      civilians(5),
    ];
    const [finding] = breakdownFindings(dataset([broken(parts, 8)]));
    expect([finding?.code, finding?.observed]).toEqual(['breakdown-exceeds-total', n(10)]);
  });

  it('beside a part of a category that may share people with its own is reported as overlapping', () => {
    // Officers and national guardsmen split the military two ways, whatever the cohort: the
    // Kyiv Post's 124 officers and 108 of the Azov regiment, of 215, in the embedded sample.
    const parts: BreakdownPart[] = [
      { category: 'officer', count: n(124) },
      { category: 'national-guard', cohort: 'azovstal', count: n(108) },
    ];
    const found = breakdownFindings(dataset([broken(parts, 215)]));
    expect(found.map((f) => f.code)).toEqual(['overlapping-parts']);
    expect(found[0]?.message).toContain('"national-guard" and "officer" split "military"');
  });

  it('still leaves the other parts to the overlap check', () => {
    const parts: BreakdownPart[] = [
      { category: 'officer', count: n(10) },
      { category: 'navy', count: n(10) },
      military(30, 'azovstal'),
    ];
    const codes = breakdownFindings(dataset([broken(parts)])).map((f) => f.code);
    expect(codes).toEqual(['overlapping-parts']);
  });

  it('is read the same way in a recorded transfer', () => {
    const parts = [military(40), military(30, 'azovstal'), civilians(5)];
    expect(breakdownFindings(dataset([], { parts, count: 45 }))).toEqual([]);
    const over = breakdownFindings(
      dataset([], { parts: [military(40), military(50, 'azovstal')], count: 45 }),
    );
    expect(over.map((f) => [f.code, f.records])).toEqual([
      ['breakdown-exceeds-total', ['x/to-ua']],
    ]);
  });

  it('gives the same findings whatever order the parts are listed in', () => {
    const part = fc.record({
      category: fc.constantFrom('people', 'military', 'officer', 'civilian', 'navy'),
      count: fc.integer({ min: 0, max: 60 }).map((k) => n(k)),
      cohort: fc.option(fc.constantFrom('azovstal', 'snake-island'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 120 }),
        fc.boolean(),
        fc.integer(),
        (raw, total, complete, seed) => {
          const parts = raw.map(({ cohort, ...p }): BreakdownPart =>
            cohort === undefined ? p : { ...p, cohort },
          );
          const shuffled = [...parts].sort(
            (a, b) =>
              ((parts.indexOf(a) * 7919 + seed) % 13) - ((parts.indexOf(b) * 7919 + seed) % 13),
          );
          const one = breakdownFindings(dataset([broken(parts, total, complete)]));
          const other = breakdownFindings(dataset([broken(shuffled, total, complete)]));
          expect(other.map((f) => [f.code, f.observed, f.message])).toEqual(
            one.map((f) => [f.code, f.observed, f.message]),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
