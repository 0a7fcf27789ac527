// Hostile input: whatever they are given, the validators never throw and never hang, they refuse
// what is not a record, and nothing in a payload can reach a prototype.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run as runCli } from '../src/cli/main.js';
import {
  safeCreateAgreement,
  safeCreateCitation,
  safeCreateClaim,
  safeCreateCohort,
  safeCreateExchange,
  safeCreateParty,
  safeCreateSource,
  safeCreateTransfer,
  safeParseCount,
  validateCount,
  validateDataset,
  validatePartialDate,
  validateTaxonomy,
} from '../src/index.js';
import { MODELS, type ModelName } from '../src/dataset/_lib/models.js';
import * as codecs from '../src/io-ts/index.js';
import { VALID } from './conformance/payloads.js';

type Check = (input: unknown) => { readonly success: boolean };
const decode = (name: string): Check => {
  const codec = (codecs as unknown as Record<string, { decode: (u: unknown) => { _tag: string } }>)[
    `${name}C`
  ]!;
  return (input) => ({ success: codec.decode(input)._tag === 'Right' });
};
const VALIDATORS: [string, Check][] = [
  ['validateDataset', validateDataset],
  ['validateCount', validateCount],
  ['validatePartialDate', validatePartialDate],
  ['validateTaxonomy', validateTaxonomy],
  ['safeCreateParty', safeCreateParty as Check],
  ['safeCreateSource', safeCreateSource as Check],
  ['safeCreateCitation', safeCreateCitation as Check],
  ['safeCreateClaim', safeCreateClaim as Check],
  ['safeCreateAgreement', safeCreateAgreement as Check],
  ['safeCreateExchange', safeCreateExchange as Check],
  ['safeCreateTransfer', safeCreateTransfer as Check],
  ['safeCreateCohort', safeCreateCohort as Check],
  ['safeParseCount', safeParseCount as unknown as Check],
  ...(Object.keys(MODELS) as ModelName[]).map(
    (name) =>
      [`${name}Schema.safeParse`, (input: unknown) => MODELS[name].safeParse(input)] as [
        string,
        Check,
      ],
  ),
  ...(Object.keys(MODELS) as ModelName[]).map(
    (name) => [`${name}C.decode`, decode(name)] as [string, Check],
  ),
  ['ValidDatasetC.decode', decode('ValidDataset')],
];

/** Runs every validator on `input`: none may throw, and a failure must carry its issues. */
function survive(input: unknown): void {
  for (const [name, check] of VALIDATORS) {
    let result: { success: boolean; error?: unknown };
    try {
      result = check(input);
      // Reading the issues must not throw either (zod builds some messages lazily).
      if (!result.success) JSON.stringify((result as { error?: { issues?: unknown } }).error);
    } catch (error) {
      throw new Error(`${name} threw on a hostile value: ${String(error)}`);
    }
  }
}

const ownKeysDeep = (
  value: unknown,
  found: Set<string>,
  seen = new Set<unknown>(),
): Set<string> => {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    found.add(String(key));
    ownKeysDeep((value as Record<PropertyKey, unknown>)[key], found, seen);
  }
  return found;
};

describe('hostile input', () => {
  it('arbitrary JSON: 100,000 values through every validator', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => {
        survive(input);
      }),
      { numRuns: 100_000 / 10 },
    );
    // The rest of the 100,000 cases go to the validators users call most.
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => {
        expect(validateDataset(input).success).toBe(false);
        validateCount(input);
        safeCreateClaim(input as never);
      }),
      { numRuns: 90_000 },
    );
  }, 170_000);

  it('throwing getters, Proxies and revoked Proxies, at the root and inside', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const traps = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        ownKeys: () => {
          throw new Error('ownKeys');
        },
        has: () => {
          throw new Error('has');
        },
        getPrototypeOf: () => {
          throw new Error('proto');
        },
      },
    );
    const getter = Object.defineProperty({ high: 3 }, 'low', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    for (const hostile of [revoked.proxy, traps, getter]) {
      survive(hostile);
      survive({
        format: 'swapledger/1',
        parties: [hostile],
        sources: hostile,
        exchanges: [],
        claims: [{ id: 'c', value: hostile, subject: hostile }],
      });
      survive({ low: hostile, high: hostile, status: hostile, id: hostile, url: hostile });
      survive([hostile]);
    }
  });

  it('cyclic values', () => {
    const cyclic: Record<string, unknown> = { id: 'x', low: 1, high: 2 };
    cyclic['self'] = cyclic;
    cyclic['subject'] = cyclic;
    survive(cyclic);
    survive({
      format: 'swapledger/1',
      parties: [cyclic],
      sources: [],
      exchanges: [cyclic],
      claims: [cyclic],
    });
  });

  it('nesting 100,000 levels deep', () => {
    let object: unknown = 1;
    let array: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) {
      object = { a: object };
      array = [array];
    }
    survive(object);
    survive(array);
    survive({
      format: 'swapledger/1',
      parties: array,
      sources: [],
      exchanges: [],
      claims: [{ id: 'c', subject: object, value: array }],
    });
  });

  it('1,000,000 invalid claims: the issues are capped and the rest counted', () => {
    const claims = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `c${i}`, source: 'nobody' }));
    const result = validateDataset({
      format: 'swapledger/1',
      parties: [],
      sources: [],
      exchanges: [],
      claims,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toHaveLength(1001);
    expect(result.error[1000]).toMatchObject({
      code: 'too-many-issues',
      message: '2,999,000 more issues were found and not listed',
    });
  }, 120_000);

  it('a 50 MB string in any string field is refused by its length, at once', () => {
    const huge = 'x'.repeat(50 * 2 ** 20);
    for (const name of Object.keys(MODELS) as ModelName[]) {
      const valid = fc.sample(VALID[name], { numRuns: 1, seed: 7 })[0];
      const strings: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]) => {
        if (typeof value === 'string') strings.push(path);
        else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
        else if (value !== null && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      };
      walk(valid, []);
      for (const path of strings.slice(0, 25)) {
        const payload = JSON.parse(JSON.stringify(valid)) as unknown;
        if (path.length === 0) {
          expect(MODELS[name].safeParse(huge).success, name).toBe(false);
          continue;
        }
        const parent = path
          .slice(0, -1)
          .reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], payload) as Record<
          string | number,
          unknown
        >;
        parent[path[path.length - 1]!] = huge;
        const started = Date.now();
        const result = MODELS[name].safeParse(payload);
        // Lengths are checked before patterns, so even a pattern-checked field is rejected fast.
        expect(Date.now() - started, `${name} at ${path.join('.')}`).toBeLessThan(2_000);
        if (name !== 'Lexicon') expect(result.success, `${name} at ${path.join('.')}`).toBe(false);
      }
    }
    expect(safeParseCount(huge)).toMatchObject({ success: false, error: [{ code: 'too-long' }] });
  }, 120_000);

  it('a string past its limit is refused for its length alone, not for its pattern too', () => {
    // Malformed as well as too long: one mistake, one issue, and the pattern never reads it.
    const huge = `${'x'.repeat(5 * 2 ** 20)}!`;
    const citation = { url: 'https://example.org/a' };
    const only = (result: unknown, path: (string | number)[]) => {
      const issues = (result as { error: { path: (string | number)[]; code: string }[] }).error;
      expect(issues.map((i) => [i.path, i.code])).toEqual([[path, 'too-long']]);
    };
    only(safeCreateParty({ id: huge, name: 'A', kind: 'state' }), ['id']);
    only(safeCreateCitation({ ...citation, url: `https://${huge} x` }), ['url']);
    only(safeCreateCitation({ ...citation, language: huge }), ['language']);
    // In a dataset, the refused record's id is not looked up or reported again either.
    const result = validateDataset({
      format: 'swapledger/1',
      parties: [{ id: huge, name: 'A', kind: 'state' }],
      sources: [],
      exchanges: [],
      claims: [],
    }) as unknown;
    only(result, ['parties', 0, 'id']);
  });

  it('NaN, Infinity, -0, 1e300, 2^53 + 1 and numeric strings as headcounts', () => {
    for (const n of [Number.NaN, Infinity, -Infinity, 1e300, 2 ** 53 + 1, '44', '4.4', -1, 4.5]) {
      expect(validateCount({ low: n, high: 50 }).success, String(n)).toBe(false);
      expect(validateCount({ low: 1, high: n }).success, String(n)).toBe(false);
      survive({ low: n, high: n, best: n });
    }
    // -0 is a whole, non-negative number: it reads as zero.
    expect(validateCount({ low: -0, high: 0 }).success).toBe(true);
  });

  it('never accepts an array where an object is expected', () => {
    for (const name of Object.keys(MODELS) as ModelName[]) {
      if (name === 'PartialDate') continue;
      const valid = fc.sample(VALID[name], { numRuns: 1, seed: 3 })[0];
      expect(MODELS[name].safeParse([]).success, name).toBe(false);
      expect(MODELS[name].safeParse([valid]).success, name).toBe(false);
    }
  });

  it('outputs never carry own __proto__, constructor or prototype keys, and no prototype changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(MODELS) as ModelName[])),
        fc.nat(),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        (name, pick, key) => {
          const valid = fc.sample(VALID[name], { numRuns: 1, seed: pick })[0];
          const payload = JSON.parse(JSON.stringify(valid)) as unknown;
          // The key as JSON.parse makes it: an own, enumerable property, even for __proto__.
          if (payload !== null && typeof payload === 'object') {
            Object.defineProperty(payload, key, {
              value: { polluted: true },
              enumerable: true,
              configurable: true,
              writable: true,
            });
          }
          const result = MODELS[name].safeParse(payload);
          if (result.success) {
            const keys = ownKeysDeep(result.data, new Set());
            expect(
              [...keys].filter(
                (k) => k === '__proto__' || k === 'constructor' || k === 'prototype',
              ),
            ).toEqual([]);
          }
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the command line answers hostile input with a message, never a crash', async () => {
    const cases = [
      '',
      '\u0000\u0001\u0002',
      '{'.repeat(50_000),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      '{"header":{"format":"swapledger/1"}}\n{"claim":',
      '"just a string"',
      'null',
      // Keys every object inherits must not pass for a kind of record.
      ...['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'].map(
        (key) => `{"header":{"format":"swapledger/1"}}\n{"${key}":{}}\n`,
      ),
    ];
    for (const text of cases) {
      let err = '';
      const code = await runCli(['validate', '-'], {
        stdout: () => undefined,
        stderr: (t) => (err += t),
        stdin: Readable.from([Buffer.from(text)]),
        stderrIsTty: false,
      });
      expect([1, 2], JSON.stringify(text.slice(0, 20))).toContain(code);
      expect(err).not.toMatch(/\n\s+at /);
      // Exit 2 is also how an internal error ends: it must never be one.
      expect(err, JSON.stringify(text.slice(0, 40))).not.toContain('unexpected failure');
    }
  });
});
