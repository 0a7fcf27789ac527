// Hono and tRPC taking the package's schemas. Their users get the package's issues (path, code
// and message); a whole dataset is checked with the references between its records.
import { initTRPC } from '@trpc/server';
import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';
import { ClaimSchema, DatasetSchema } from 'swapledger';

// Hono: a 400 whose body lists the package's issues.
export const app = new Hono()
  .post('/claims', sValidator('json', ClaimSchema), (c) => c.json({ id: c.req.valid('json').id }))
  .post('/datasets', sValidator('json', DatasetSchema), (c) => c.json({ ok: true }));

// tRPC runs a zod schema's own `parse` when it finds one, which reports zod's issues; given the
// schema's Standard Schema alone, it reports the package's.
const t = initTRPC.create();
export const router = t.router({
  addClaim: t.procedure
    .input({ '~standard': ClaimSchema['~standard'] })
    .mutation(({ input }) => input.id),
});

const response = await app.request('/claims', {
  method: 'POST',
  body: JSON.stringify({ id: 'c1', value: { low: '44', high: 44 } }),
  headers: { 'content-type': 'application/json' },
});
const { error } = (await response.json()) as { error: { path: string[]; code: string }[] };
if (response.status !== 400 || !error.some((i) => i.code === 'missing-field'))
  throw new Error('expected the package’s issues in a 400');
