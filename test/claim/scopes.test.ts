// The subjects and fields of the model's second edition: running totals of other scopes, deaths,
// lists of names, relative figures, dates as reported and breakdowns along other lines than
// category. Each is validated, its references checked, and its scope kept apart in subjectKey.
import { describe, expect, it } from 'vitest';
import {
  audit,
  safeCreateClaim,
  safeParseDataset,
  subjectKey,
  type Claim,
  type Dataset,
} from '../../src/index.js';
import { copy, seedDataset } from '../fixtures.js';

const EXCHANGE = 'ua-ru-2023-04-26';
const BREAKDOWN_CODES = new Set([
  'overlapping-parts',
  'breakdown-exceeds-total',
  'breakdown-short-of-total',
]);

const claim = (id: string, fields: Partial<Claim> & Pick<Claim, 'subject' | 'value'>): Claim => ({
  id,
  source: 'ua-zelensky',
  statedOn: '2023-04-26',
  citations: [{ url: `https://example.org/${id}` }],
  ...fields,
});

const withClaims = (...claims: Claim[]): Dataset => {
  const d = copy(seedDataset());
  return { ...d, claims: [...d.claims, ...claims] };
};

const codes = (dataset: Dataset) => {
  const result = safeParseDataset(dataset);
  return result.success ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`);
};

const n = (low: number, high: number | null = low) => ({ low, high });

describe('subjects of the second edition', () => {
  it('accepts every new scope, and keeps each apart in subjectKey', () => {
    const subjects: Claim['subject'][] = [
      { type: 'returned-total', to: 'UA', agreement: 'all-for-all' },
      { type: 'returned-total', to: 'UA', legalBasis: 'unilateral-release' },
      { type: 'returned-total', to: 'UA', registered: true },
      { type: 'exchanged-total', parties: ['UA', 'RU'], through: 'TR' },
      { type: 'exchange-count', parties: ['UA', 'RU'], through: 'TR' },
      { type: 'transferred', exchange: EXCHANGE, to: 'UA', throughStage: 0 },
      { type: 'held', holder: 'RU', of: 'UA', cohort: 'azovstal-defenders' },
      { type: 'captured-total', captor: 'RU', of: 'UA', cohort: 'azovstal-defenders' },
      { type: 'missing', of: 'UA', registered: true },
      { type: 'died', of: 'UA', holder: 'RU', during: 'transport', exchange: EXCHANGE },
      { type: 'listed', by: 'UA', to: 'RU', stage: 'submitted', exchange: EXCHANGE },
      { type: 'agreed', agreement: 'all-for-all' },
    ];
    const claims = subjects.map((subject, i) => claim(`new/${i}`, { subject, value: n(10) }));
    expect(codes(withClaims(...claims))).toEqual([]);
    const keys = new Set(subjects.map(subjectKey));
    expect(keys.size).toBe(subjects.length);
    // A narrowed running total is not the whole running total.
    expect(subjectKey({ type: 'returned-total', to: 'UA', registered: true })).not.toBe(
      subjectKey({ type: 'returned-total', to: 'UA' }),
    );
  });

  it('checks what the new fields name', () => {
    const dataset = withClaims(
      claim('a', { subject: { type: 'died', of: 'UA', holder: 'XX' }, value: n(1) }),
      claim('b', { subject: { type: 'listed', by: 'UA', agreement: 'no-deal' }, value: n(500) }),
      claim('c', {
        subject: { type: 'transferred', exchange: EXCHANGE, to: 'UA', throughStage: 2 },
        value: n(44),
      }),
      claim('d', {
        subject: { type: 'exchange-count', parties: ['UA', 'RU'], through: 'ZZ' },
        value: n(5),
      }),
    );
    expect(codes(dataset)).toEqual([
      'claims.5.subject.holder unknown-reference',
      'claims.6.subject.agreement unknown-reference',
      'claims.7.subject.throughStage invalid-reference',
      'claims.8.subject.through unknown-reference',
    ]);
  });
});

describe('relative figures and dates as reported', () => {
  it('states a share of another claim, and refuses one of itself, of nothing, or backwards', () => {
    const ok = claim('half', {
      subject: { type: 'transferred', exchange: EXCHANGE, to: 'UA', category: 'civilian' },
      value: { status: 'unknown' },
      share: { of: 'ua-ru-2023-04-26/1', low: 0.5, high: 1, wording: 'more than half of them' },
    });
    expect(codes(withClaims(ok))).toEqual([]);
    expect(
      codes(
        withClaims(
          { ...ok, id: 's1', share: { of: 's1', low: 0.5, high: 1 } },
          { ...ok, id: 's2', share: { of: 'ghost', low: 0.5, high: 1 } },
          { ...ok, id: 's3', share: { of: 'half', low: 0.6, high: 0.3 } },
          ok,
        ),
      ),
    ).toEqual([
      'claims.5.share.of invalid-reference',
      'claims.6.share.of unknown-reference',
      'claims.7.share.low low-above-high',
    ]);
    expect(safeCreateClaim({ ...ok, share: { of: 'x', low: 0, high: 1.5 } }).success).toBe(false);
  });

  it('keeps a window or an approximate date, and holds asOf inside it', () => {
    const dated = claim('early-2024', {
      subject: { type: 'returned-total', to: 'UA' },
      value: n(3000, null),
      dated: { from: '2024-01', to: '2024-04', approximate: true, wording: 'early 2024' },
    });
    expect(codes(withClaims(dated))).toEqual([]);
    expect(codes(withClaims({ ...dated, asOf: '2024-03-15' }))).toEqual([]);
    expect(codes(withClaims({ ...dated, asOf: '2024-06-01' }))).toEqual([
      'claims.5.asOf out-of-order',
    ]);
    expect(
      codes(withClaims({ ...dated, dated: { from: '2024-06-09', to: '2024-06-08' } })),
    ).toEqual(['claims.5.dated.to out-of-order']);
  });
});

describe('breakdowns along other lines than category', () => {
  const staged = (parts: NonNullable<Claim['breakdown']>, value = n(697)) =>
    claim('staged', {
      subject: { type: 'transferred', exchange: EXCHANGE, to: 'UA' },
      value,
      breakdown: parts,
    });

  it('checks the parties and agreements that parts name', () => {
    const dataset = withClaims(
      staged([
        { category: 'people', count: n(390), to: 'XX' },
        { category: 'people', count: n(307), agreement: 'no-deal' },
      ]),
    );
    expect(codes(dataset)).toEqual([
      'claims.5.breakdown.0.to unknown-reference',
      'claims.5.breakdown.1.agreement unknown-reference',
    ]);
  });

  it('adds up a split by stage on its own: no overlap, and a sum above the total is found', () => {
    const byStage = [
      { category: 'military', count: n(270), stage: 0 },
      { category: 'civilian', count: n(120), stage: 0 },
      { category: 'people', count: n(307), stage: 1 },
    ];
    const codesOf = (d: Dataset) =>
      audit(d)
        .findings.filter((f) => f.claims.includes('staged'))
        .map((f) => f.code);
    expect(codesOf(withClaims(staged(byStage)))).not.toContain('overlapping-parts');
    expect(codesOf(withClaims(staged(byStage)))).not.toContain('breakdown-exceeds-total');
    expect(codesOf(withClaims(staged(byStage, n(600))))).toContain('breakdown-exceeds-total');
  });

  it('counts two parts of one category in different words as two groups', () => {
    const parts = [
      { category: 'military', count: n(150), wording: 'defenders of Mariupol' },
      { category: 'military', count: n(30), wording: 'soldiers freed from the front' },
    ];
    const findings = (d: Dataset) =>
      audit(d)
        .findings.filter((f) => f.claims.includes('staged') && BREAKDOWN_CODES.has(f.code))
        .map((f) => f.code);
    expect(findings(withClaims(staged(parts, n(180))))).toEqual([]);
    // The same words twice is the same group counted twice.
    const twice = parts.map((p) => ({ ...p, wording: 'soldiers' }));
    expect(findings(withClaims(staged(twice, n(180))))).toContain('overlapping-parts');
  });
});

describe('the audit and narrowed running totals', () => {
  it('holds a running total under one legal basis only against transfers on that basis', () => {
    const d = withClaims(
      claim('basis', {
        subject: { type: 'returned-total', to: 'UA', from: 'RU', legalBasis: 'unilateral-release' },
        value: n(0),
        asOf: '2023-04-30',
      }),
    );
    // No transfer of the seed names a legal basis: 0 released unilaterally is what the record says.
    expect(audit(d).findings.filter((f) => f.claims.includes('basis'))).toEqual([]);
    // Without the basis, 0 would be far below the 44 recorded.
    const whole = withClaims(
      claim('whole', {
        subject: { type: 'returned-total', to: 'UA', from: 'RU', since: '2023-04-01' },
        value: n(0),
        asOf: '2023-04-30',
      }),
    );
    expect(audit(whole).findings.filter((f) => f.claims.includes('whole')).length).toBeGreaterThan(
      0,
    );
  });

  it('does not hold registered cases against the record, which cannot tell them apart', () => {
    const d = withClaims(
      claim('registered', {
        subject: {
          type: 'returned-total',
          to: 'UA',
          from: 'RU',
          since: '2023-04-01',
          registered: true,
        },
        value: n(0),
        asOf: '2023-04-30',
      }),
    );
    expect(audit(d).findings.filter((f) => f.claims.includes('registered'))).toEqual([]);
  });
});
