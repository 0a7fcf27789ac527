// Frameworks that take any Standard Schema (tRPC's `.input()`, Hono's standard validator, the
// Standard Schema utilities) given the package's schemas: their users must get the package's
// codes, paths and messages, and a whole dataset must be checked with its references.
import assert from 'node:assert/strict';
import { initTRPC } from '@trpc/server';
import { Hono } from 'hono';
import { sValidator } from '@hono/standard-validator';
import { SchemaError, getDotPath } from '@standard-schema/utils';
import { ClaimSchema, CountSchema, DatasetSchema, safeCreateClaim } from 'swapledger';
import { loadSampleDataset } from 'swapledger/sample';
import { StandardClaim, StandardDataset } from 'swapledger/standard';
import { check } from './_lib.mjs';

const sample = loadSampleDataset();
const claim = sample.claims.find((c) => 'low' in c.value);
const broken = { ...claim, value: { ...claim.value, low: '44' } };
const expected = safeCreateClaim(broken);
assert.equal(expected.success, false);
const [issue] = expected.error;
// What every framework below must pass on.
const ours = { path: ['value', 'low'], code: 'invalid-type', message: issue.message };
assert.match(issue.message, /expected a number, got the string "44"/);

// tRPC runs a zod schema's own parse when it finds one, so it is given the plain values of
// swapledger/standard, which have none (docs/validating-payloads.md).
await check('tRPC .input(StandardClaim) reports the package’s issue', async () => {
  const t = initTRPC.create();
  const router = t.router({
    add: t.procedure.input(StandardClaim).mutation(({ input }) => input.id),
  });
  const caller = t.createCallerFactory(router)({});
  assert.equal(await caller.add(claim), claim.id);
  const error = await caller.add(broken).then(
    () => assert.fail('tRPC accepted a claim whose low is a string'),
    (e) => e,
  );
  assert.equal(error.code, 'BAD_REQUEST');
  assert.deepEqual(
    error.cause.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })),
    [ours],
  );
});

await check('tRPC .input(StandardDataset) refuses a dangling reference', async () => {
  const t = initTRPC.create();
  const router = t.router({
    load: t.procedure.input(StandardDataset).mutation(({ input }) => input.claims.length),
  });
  const caller = t.createCallerFactory(router)({});
  assert.equal(await caller.load(sample), sample.claims.length);
  const dangling = { ...sample, claims: [{ ...claim, source: 'no-such-source' }] };
  const error = await caller.load(dangling).then(
    () => assert.fail('tRPC accepted a claim citing a source that is not in the dataset'),
    (e) => e,
  );
  assert.deepEqual(
    error.cause.issues.map((i) => [getDotPath(i), i.code]),
    [['claims.0.source', 'unknown-reference']],
  );
});

await check(
  'Hono sValidator("json", ClaimSchema) answers 400 with the package’s issue',
  async () => {
    const app = new Hono().post('/claims', sValidator('json', ClaimSchema), (c) =>
      c.json({ id: c.req.valid('json').id }),
    );
    const post = (body) =>
      app.request('/claims', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const good = await post(claim);
    assert.equal(good.status, 200);
    assert.deepEqual(await good.json(), { id: claim.id });
    const bad = await post(broken);
    assert.equal(bad.status, 400);
    const body = await bad.json();
    assert.deepEqual(
      body.error.map((i) => ({ path: i.path, code: i.code, message: i.message })),
      [ours],
    );
  },
);

await check(
  '@standard-schema/utils: SchemaError and getDotPath on the package’s issues',
  async () => {
    const result = await ClaimSchema['~standard'].validate(broken);
    assert.ok(result.issues, 'the broken claim was accepted');
    const error = new SchemaError(result.issues);
    assert.equal(getDotPath(error.issues[0]), 'value.low');
    assert.equal(error.issues[0].message, issue.message);
  },
);

await check('a count with an unknown status names every status it could have', async () => {
  const result = await CountSchema['~standard'].validate({ status: 'nope' });
  assert.deepEqual(result.issues, [
    {
      path: ['status'],
      code: 'invalid-value',
      message: 'expected one of "unknown", "undisclosed", got the string "nope"',
    },
  ]);
});

await check('DatasetSchema as a Standard Schema checks references between records', async () => {
  assert.deepEqual(await DatasetSchema['~standard'].validate(sample), { value: sample });
  const dangling = { ...sample, claims: [{ ...claim, source: 'no-such-source' }] };
  const result = await DatasetSchema['~standard'].validate(dangling);
  assert.ok(result.issues, 'a claim citing a source that is not in the dataset was accepted');
  assert.deepEqual(
    result.issues.map((i) => [getDotPath(i), i.code]),
    [['claims.0.source', 'unknown-reference']],
  );
});
