// The issues written directly by the compiled schema (emit.ts) against the long way (zod's issues
// through fromZod): on generated payloads with one or two mutations, every model, the same list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCreateClaim } from '../../src/index.js';
import { MODELS, type ModelName } from '../../src/dataset/_lib/models.js';
import { emitIssues } from '../../src/validation/_lib/emit.js';
import { directIssues } from '../../src/validation/_lib/fast.js';
import { fromZod } from '../../src/validation/_lib/fromZod.js';
import { compile } from '../../src/validation/_lib/parser.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { MUTATIONS, VALID, mutate } from '../conformance/payloads.js';

const RUNS = Number(process.env['CONFORMANCE_RUNS'] ?? 2_000);
const replacement = fc.constantFrom<unknown>('text', 7, -1, true, null, [], {}, [1], { a: 1 }, '');
const RANGE = [-1, 4.5, 2 ** 53 + 1, 1e300];

describe.each(Object.keys(MODELS) as ModelName[])('%s', (name) => {
  const schema = MODELS[name];
  const compiled = compile(schema);

  it('direct issues equal the issues through zod', () => {
    if (!compiled) throw new Error('code generation is available under Node');
    let written = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        VALID[name],
        fc.array(fc.tuple(fc.constantFrom(...MUTATIONS), fc.nat(), replacement), {
          minLength: 1,
          maxLength: 3,
        }),
        (valid, steps) => {
          let payload = valid;
          for (const [kind, pick, other] of steps) {
            const next = mutate(payload, kind, pick, kind === 'out-of-range' ? RANGE : other);
            if (next !== undefined) payload = next;
          }
          const zod = schema.safeParse(payload);
          const direct = emitIssues(compiled, schema, payload);
          if (zod.success) return;
          rejected += 1;
          if (direct === undefined) return;
          written += 1;
          expect(direct).toEqual(fromZod(zod.error.issues, payload));
        },
      ),
      { numRuns: RUNS },
    );
    // Most rejected payloads take the direct path, or this test would prove little.
    if (rejected > 50) expect(written / rejected).toBeGreaterThan(0.8);
  }, 300_000);
});

describe('the switch', () => {
  const claims = JSON.parse(JSON.stringify(loadSampleDataset().claims)) as Record<
    string,
    unknown
  >[];
  const bad = claims.flatMap((c) => [
    { ...c, id: '' },
    { ...c, value: { low: 9, high: 1 }, statedOn: '2023-02-30' },
    { ...c, value: { low: -1, high: 'x' } },
    { ...c, value: 'many', subject: { type: 'nope' } },
    { ...c, citations: [{ url: 'ftp://x' }, 3], extra: true },
  ]);

  it('gives the same issues on and off', () => {
    for (const claim of bad) {
      const on = safeCreateClaim(claim as never);
      directIssues.enabled = false;
      try {
        expect(on).toEqual(safeCreateClaim(claim as never));
      } finally {
        directIssues.enabled = true;
      }
      expect(on.success).toBe(false);
    }
  });
});
