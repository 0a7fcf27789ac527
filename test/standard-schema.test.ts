// Any Standard Schema consumer can use the package's schemas: this test sees only `~standard`.
import { describe, expect, it } from 'vitest';
import {
  ClaimSchema,
  CountSchema,
  DatasetSchema,
  PartialDateSchema,
  safeCreateClaim,
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
