// The package's types and classes as other projects meet them: a CommonJS project on the `node10`
// resolution TypeScript gives `"module": "commonjs"`, a form library typed from the schemas'
// input types, and an app that loads both the ESM and the CommonJS build.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { ClaimSchema, SwapledgerError, parseCount } from 'swapledger';
import { loadSampleDataset } from 'swapledger/sample';
import { check, run } from './_lib.mjs';

const tsc = (dir) => {
  const out = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', dir]);
  if (out.status !== 0) throw new Error(`tsc -p ${dir} failed:\n${out.stdout}${out.stderr}`);
};
const project = (dir, compilerOptions, files) => {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        ...compilerOptions,
      },
      files: Object.keys(files),
    }),
  );
};

await check('a CommonJS project on node10 resolution finds the types of every subpath', () => {
  project(
    'types/node10',
    // As `tsc --init` sets up a CommonJS project.
    {
      module: 'commonjs',
      moduleResolution: 'node10',
      target: 'es2022',
      esModuleInterop: true,
      skipLibCheck: true,
    },
    {
      'index.ts': `
        import { parseCount, type Count } from 'swapledger';
        import { loadSampleDataset } from 'swapledger/sample';
        import { CountC } from 'swapledger/io-ts';
        import { MonoidSumCount } from 'swapledger/fp-ts';
        import { jsonSchemas } from 'swapledger/json-schema';
        const count: Count = parseCount('about 40');
        const claims: number = loadSampleDataset().claims.length;
        const ok: boolean = CountC.is(count);
        const sum = MonoidSumCount.concat({ low: 1, high: 1 }, MonoidSumCount.empty);
        const schemas: object = jsonSchemas;
        // @ts-expect-error a dataset's claims are records, not numbers
        const wrong: number[] = loadSampleDataset().claims;
        export { claims, ok, sum, schemas, wrong };
      `,
    },
  );
  tsc('types/node10');
});

await check(
  'TanStack Form takes defaultValues typed with ClaimInput and ClaimSchema as validator',
  () => {
    project(
      'types/form',
      { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022' },
      {
        'form.mts': `
        import { FormApi } from '@tanstack/form-core';
        import { ClaimSchema, type Claim, type ClaimInput } from 'swapledger';
        const defaultValues: ClaimInput = {
          id: 'c1',
          subject: { type: 'held', holder: 'RU', of: 'UA' },
          value: { low: 1, high: 1 },
          source: 'ua-ombudsman',
          statedOn: '2023-04-26',
          citations: [],
        };
        const form = new FormApi({ defaultValues, validators: { onChange: ClaimSchema } });
        const id: string = form.state.values.id;
        // What the schema gives back is a Claim, whose dates are checked PartialDates.
        const parsed: Claim = ClaimSchema.parse(defaultValues);
        export { id, parsed };
      `,
      },
    );
    tsc('types/form');
  },
);

await check(
  'an error from the CommonJS build is instanceof the ESM build’s SwapledgerError',
  () => {
    const required = createRequire(join(process.cwd(), 'index.cjs'))('swapledger');
    assert.notEqual(required.SwapledgerError, SwapledgerError, 'the two builds share one class');
    const fromCjs = (() => {
      try {
        required.parseCount('');
      } catch (error) {
        return error;
      }
    })();
    const fromEsm = (() => {
      try {
        parseCount('');
      } catch (error) {
        return error;
      }
    })();
    assert.ok(fromCjs instanceof SwapledgerError, 'CommonJS error is not an ESM SwapledgerError');
    assert.ok(fromEsm instanceof required.SwapledgerError, 'ESM error is not a CommonJS one');
    assert.ok(!(new Error('x') instanceof SwapledgerError));
    assert.ok(!({ issues: [] } instanceof SwapledgerError));
    class Mine extends SwapledgerError {}
    assert.ok(!(fromCjs instanceof Mine), 'a subclass answers for errors it did not make');
    assert.ok(new Mine([]) instanceof Mine && new Mine([]) instanceof required.SwapledgerError);
  },
);

await check('zod is the app’s own: a peer dependency, no copy of its own, schemas compose', () => {
  const manifest = JSON.parse(readFileSync('node_modules/swapledger/package.json', 'utf8'));
  assert.ok(manifest.peerDependencies?.zod, 'zod is not a peer dependency');
  assert.equal(manifest.dependencies?.zod, undefined, 'zod is a plain dependency');
  assert.ok(!existsSync('node_modules/swapledger/node_modules/zod'), 'a second zod was installed');
  const claim = loadSampleDataset().claims[0];
  const Envelope = z.object({ received: z.string(), claim: ClaimSchema });
  assert.equal(Envelope.safeParse({ received: 'today', claim }).success, true);
  assert.equal(
    Envelope.safeParse({ received: 'today', claim: { ...claim, id: 7 } }).success,
    false,
  );
});
