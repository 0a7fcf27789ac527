// Run in a child process by codegen.test.ts, under the conditions given in its arguments:
// `jitless` sets zod's switch and makes every construction of a Function fail loudly, and the
// parent may start Node with --disallow-code-generation-from-strings. Prints what validation
// answered, for the parent to compare with a run under no restriction.
import { z } from 'zod';

const jitless = process.argv.includes('jitless');
let generated = 0;
if (process.argv.includes('count')) {
  globalThis.Function = new Proxy(Function, {
    construct(target, args) {
      generated += 1;
      return Reflect.construct(target, args) as object;
    },
  });
}
if (jitless) {
  z.config({ jitless: true });
  globalThis.Function = new Proxy(Function, {
    construct() {
      generated += 1;
      throw new EvalError('code generation is off');
    },
    apply() {
      generated += 1;
      throw new EvalError('code generation is off');
    },
  });
}

const { validateDataset, safeCreateClaim } = await import('../../src/index.js');
const { loadSampleDataset } = await import('../../src/sample/index.js');
const sample = loadSampleDataset();
const claim = sample.claims[0]!;
const broken = {
  ...sample,
  claims: [{ ...claim, value: { low: '44', high: 44 } }, ...sample.claims.slice(1)],
};
const dangling = { ...sample, claims: [{ ...claim, source: 'nobody' }, ...sample.claims.slice(1)] };
const answers = {
  sample: validateDataset(JSON.parse(JSON.stringify(sample))),
  broken: validateDataset(broken),
  dangling: validateDataset(dangling),
  claim: safeCreateClaim(claim),
  badClaim: safeCreateClaim({ ...claim, statedOn: '2023-02-30' }),
};
process.stdout.write(JSON.stringify({ generated, answers }));
