// Any Standard Schema consumer can use the package's schemas: this test sees only `~standard`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AgreementSchema,
  ClaimSchema,
  CohortSchema,
  CountSchema,
  DatasetSchema,
  ExchangeSchema,
  PartialDateSchema,
  PartySchema,
  SourceSchema,
  TaxonomySchema,
  defaultTaxonomy,
  safeAssertCount,
  safeAssertPartialDate,
  safeAssertTaxonomy,
  safeCreateAgreement,
  safeCreateClaim,
  safeCreateCohort,
  safeCreateExchange,
  safeCreateParty,
  safeCreateSource,
  type Issue,
  type Result,
} from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';

interface StandardSchemaV1 {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) =>
      | { value: unknown; issues?: undefined }
      | {
          issues: readonly {
            message: string;
            path?: readonly (PropertyKey | { key: PropertyKey })[];
          }[];
        }
      | Promise<unknown>;
  };
}

/** A minimal Standard Schema consumer, as a form library or an RPC framework would write it. */
function check(
  schema: StandardSchemaV1,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; paths: string[] } {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('expected a synchronous validator');
  const r = result as
    | { value: unknown; issues?: undefined }
    | { issues: readonly { path?: readonly (PropertyKey | { key: PropertyKey })[] }[] };
  if (r.issues === undefined) return { ok: true, value: (r as { value: unknown }).value };
  return {
    ok: false,
    paths: r.issues.map((i) =>
      (i.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.'),
    ),
  };
}

describe('Standard Schema', () => {
  it('exposes version 1 and its vendor', () => {
    for (const schema of [
      CountSchema,
      PartialDateSchema,
      ClaimSchema,
      DatasetSchema,
    ] as unknown as StandardSchemaV1[]) {
      expect(schema['~standard'].version).toBe(1);
      expect(schema['~standard'].vendor).toBe('zod');
    }
  });

  it('accepts valid payloads and reports paths for bad ones', () => {
    expect(check(CountSchema as unknown as StandardSchemaV1, { low: 44, high: 44 })).toEqual({
      ok: true,
      value: { low: 44, high: 44 },
    });
    expect(check(DatasetSchema as unknown as StandardSchemaV1, loadSampleDataset()).ok).toBe(true);
    expect(check(PartialDateSchema as unknown as StandardSchemaV1, '2023-02-30')).toEqual({
      ok: false,
      paths: [''],
    });
    const claim = loadSampleDataset().claims[0];
    expect(
      check(ClaimSchema as unknown as StandardSchemaV1, { ...claim, statedOn: 'yesterday' }),
    ).toEqual({ ok: false, paths: ['statedOn'] });
  });

  it("answers with the package's issues, as the safe constructors do", () => {
    const claim = loadSampleDataset().claims.find((c) => 'low' in c.value);
    const broken = { ...claim, value: { low: '44', high: 44 } };
    const result = (ClaimSchema as unknown as StandardSchemaV1)['~standard'].validate(broken);
    const expected = safeCreateClaim(broken as never);
    expect(expected.success).toBe(false);
    expect(result).toEqual({ issues: expected.success ? [] : expected.error });
    expect(result).toMatchObject({ issues: [{ path: ['value', 'low'], code: 'invalid-type' }] });
  });

  it('checks a whole dataset with its references, as safeParseDataset does', () => {
    const sample = loadSampleDataset();
    const [claim] = sample.claims;
    const dangling = { ...sample, claims: [{ ...claim, source: 'no-such-source' }] };
    const schema = DatasetSchema as unknown as StandardSchemaV1;
    expect(schema['~standard'].validate(sample)).toEqual({ value: sample });
    expect(schema['~standard'].validate(dangling)).toMatchObject({
      issues: [{ path: ['claims', 0, 'source'], code: 'unknown-reference' }],
    });
    // zod's own parse checks the shape only, as documented.
    expect(DatasetSchema.safeParse(dangling).success).toBe(true);
  });
});

// Every model schema's Standard Schema must give exactly what the model's own safe function
// gives, on valid records, on records with one field changed, and on anything at all.
describe('Standard Schema answers as the safe functions do', () => {
  const sample = loadSampleDataset();
  const pairs: [
    string,
    StandardSchemaV1,
    (value: never) => Result<unknown, readonly Issue[]>,
    unknown[],
  ][] = [
    ['Count', CountSchema as never, safeAssertCount, sample.claims.map((c) => c.value)],
    [
      'PartialDate',
      PartialDateSchema as never,
      safeAssertPartialDate,
      sample.claims.map((c) => c.statedOn),
    ],
    ['Taxonomy', TaxonomySchema as never, safeAssertTaxonomy, [defaultTaxonomy]],
    ['Claim', ClaimSchema as never, safeCreateClaim, sample.claims],
    ['Exchange', ExchangeSchema as never, safeCreateExchange, sample.exchanges],
    ['Party', PartySchema as never, safeCreateParty, sample.parties],
    ['Source', SourceSchema as never, safeCreateSource, sample.sources],
    ['Cohort', CohortSchema as never, safeCreateCohort, sample.cohorts ?? []],
    ['Agreement', AgreementSchema as never, safeCreateAgreement, sample.agreements ?? []],
  ];
  /** A copy of `record` with the value at one path replaced (or removed, with `undefined`). */
  const changed = (record: unknown, path: readonly string[], value: unknown): unknown => {
    if (path.length === 0) return value;
    if (record === null || typeof record !== 'object') return record;
    const [key, ...rest] = path as [string, ...string[]];
    const entries = Object.entries(record).filter(
      ([k]) => k !== key || rest.length > 0 || value !== undefined,
    );
    const copy = Object.fromEntries(
      entries.map(([k, v]) => [k, k === key ? changed(v, rest, value) : v]),
    );
    if (!(key in copy) && value !== undefined) copy[key] = changed(undefined, rest, value);
    return Array.isArray(record) ? Object.assign([], copy) : copy;
  };
  const pathsOf = (value: unknown, prefix: string[] = []): string[][] =>
    value === null || typeof value !== 'object'
      ? [prefix]
      : [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];

  for (const [name, schema, safe, records] of pairs)
    it(`${name}`, () => {
      expect(records.length).toBeGreaterThan(0);
      const input = fc.oneof(
        fc.constantFrom(...records),
        fc.anything(),
        fc
          .tuple(
            fc.constantFrom(...records),
            fc.nat(),
            fc.oneof(fc.anything(), fc.constant(undefined)),
          )
          .map(([record, at, value]) => {
            const paths = pathsOf(record);
            return changed(record, paths[at % paths.length] ?? [], value);
          }),
        fc
          .tuple(fc.constantFrom(...records), fc.string(), fc.anything())
          .map(([record, key, value]) => changed(record, [key], value)),
      );
      fc.assert(
        fc.property(input, (value) => {
          const result = safe(value as never);
          expect(schema['~standard'].validate(value)).toEqual(
            result.success ? { value: result.data } : { issues: result.error },
          );
        }),
        { numRuns: 400 },
      );
    });

  it('checks a taxonomy with the rules between its categories', () => {
    const taxonomy = {
      ...defaultTaxonomy,
      categories: [...defaultTaxonomy.categories, { id: 'x', label: 'x', parent: 'ghost' }],
    };
    expect(TaxonomySchema.safeParse(taxonomy).success).toBe(true);
    expect(
      (TaxonomySchema as unknown as StandardSchemaV1)['~standard'].validate(taxonomy),
    ).toMatchObject({
      issues: [{ code: 'unknown-reference' }],
    });
  });

  it("keeps zod's JSON Schema converters and hides the property as zod does", () => {
    const standard = (CountSchema as unknown as Record<string, unknown>)['~standard'] as {
      jsonSchema?: { input: (options: { target: string }) => unknown };
      vendor: string;
    };
    expect(standard.vendor).toBe('zod');
    expect(standard.jsonSchema?.input({ target: 'draft-2020-12' })).toMatchObject({
      anyOf: expect.any(Array),
    });
    expect(Object.keys(CountSchema)).not.toContain('~standard');
  });
});
