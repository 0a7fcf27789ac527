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
        import { parseCount, type Count, type IssueCode } from 'swapledger';
        import { loadSampleDataset } from 'swapledger/sample';
        import { CountC } from 'swapledger/io-ts';
        import { MonoidSumCount } from 'swapledger/fp-ts';
        import { jsonSchemas } from 'swapledger/json-schema';
        import { readSheet } from 'swapledger/sheet';
        import { htmlReport } from 'swapledger/html';
        import { StandardCount } from 'swapledger/standard';
        const count: Count = parseCount('about 40');
        const claims: number = loadSampleDataset().claims.length;
        const ok: boolean = CountC.is(count);
        const sum = MonoidSumCount.concat({ low: 1, high: 1 }, MonoidSumCount.empty);
        const schemas: object = jsonSchemas;
        const rows = readSheet('id,figure\\nc1,40\\n');
        const page: string = htmlReport(loadSampleDataset());
        const checked = StandardCount['~standard'].validate(count);
        const low: number | undefined = checked.issues ? undefined : (checked.value as { low?: number }).low;
        // @ts-expect-error a dataset's claims are records, not numbers
        const wrong: number[] = loadSampleDataset().claims;
        // A Standard Schema's issues are the package's, with their codes.
        const code: IssueCode | undefined = checked.issues?.[0]?.code;
        // @ts-expect-error a code is one of the package's names, not a number
        const notANumber: number = checked.issues?.[0]?.code;
        export { claims, ok, sum, schemas, wrong, rows, page, low, code, notANumber };
      `,
    },
  );
  tsc('types/node10');
  // Every subpath the package exports, so that a new one cannot be left out above.
  const text = readFileSync('types/node10/index.ts', 'utf8');
  const subpaths = Object.keys(
    JSON.parse(readFileSync('node_modules/swapledger/package.json', 'utf8')).exports,
  ).filter((key) => key !== '.' && !key.includes('*') && !key.endsWith('.json'));
  for (const subpath of subpaths)
    assert.ok(text.includes(`'swapledger/${subpath.slice(2)}'`), `${subpath} is not imported`);
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

await check('a taxonomy written as const is taken by the functions that read one', () => {
  project(
    'types/as-const',
    { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022' },
    {
      'taxonomy.mts': `
        import { categoriesDisjoint, extendTaxonomy, isCategoryWithin, type Taxonomy } from 'swapledger';
        const mine = {
          id: 'mine',
          version: '1',
          categories: [
            { id: 'people', label: 'people', parent: null },
            { id: 'military', label: 'military', parent: 'people' },
            { id: 'civilian', label: 'civilians', parent: 'people' },
          ],
          partitions: [{ id: 'status', label: 'by status', of: 'people', parts: ['military', 'civilian'], complete: true }],
        } as const;
        const within: boolean = isCategoryWithin('military', 'people', mine);
        const apart: boolean = categoriesDisjoint(['military', 'civilian'], mine).disjoint;
        const grown: Taxonomy = extendTaxonomy(mine, { categories: [{ id: 'medic', label: 'medics', parent: 'military' }] });
        // @ts-expect-error a taxonomy's categories are a list, not a number
        isCategoryWithin('military', 'people', { ...mine, categories: 3 });
        export { within, apart, grown };
      `,
    },
  );
  tsc('types/as-const');
});

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

// The schemas are zod 4 schemas: an app still on zod 3 (3.25 included, whose root is zod 3) is
// stopped by npm at install, naming the peer it needs, instead of meeting type errors later.
await check('an app on zod 3.25 is refused at install, with the zod it needs named', () => {
  const tarball = process.env.SWAPLEDGER_TGZ;
  assert.ok(tarball, 'the tarball under test is not known');
  const app = 'zod3-app';
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'zod3-app', private: true }));
  const out = run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      'zod@3.25.76',
      tarball,
    ],
    // Its own log level: `npm run --silent` would pass on a silent one, and hide the reason.
    { cwd: app, env: { ...process.env, npm_config_loglevel: 'error' } },
  );
  assert.notEqual(out.status, 0, 'npm installed the package beside zod 3');
  assert.match(out.stderr, /ERESOLVE/);
  const wanted = JSON.parse(readFileSync('node_modules/swapledger/package.json', 'utf8'))
    .peerDependencies.zod;
  assert.ok(out.stderr.includes(`peer zod@"${wanted}"`), out.stderr);
  assert.equal(existsSync(join(app, 'node_modules', 'swapledger')), false);
});
