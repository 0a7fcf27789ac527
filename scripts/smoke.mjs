// Packs the package as it would be published, installs the tarball into a scratch project, and uses
// it the ways consumers do: import from ESM, require from CJS, and compile TypeScript under
// `moduleResolution` node16 (both module kinds) and bundler. The scratch folder is always removed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const scratch = mkdtempSync(join(tmpdir(), 'swapledger-smoke-'));
const run = (file, args, cwd = scratch) => {
  try {
    return execFileSync(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    console.error(`✖ ${[file, ...args].join(' ')}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exitCode = 1;
    throw new Error('consumer smoke test failed');
  }
};

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const tarball = join(scratch, packed[0].filename);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // io-ts and fp-ts are optional peers: a consumer of their entries installs them.
  const peers = ['io-ts', 'fp-ts'].map((name) => {
    const manifest = readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8');
    return `${name}@${JSON.parse(manifest).version}`;
  });
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
    tarball,
    ...peers,
  ]);

  const check = `
    const count = parseCount('over 2,200');
    if (count.low !== 2201 || count.high !== null) throw new Error('parseCount gave ' + JSON.stringify(count));
    if (formatCount(sumCounts([exact(36), exact(6), exact(2)])) !== '44') throw new Error('sum is wrong');
    if (!isPartialDate('2023-04-26') || isPartialDate('2023-02-30')) throw new Error('dates are wrong');
    const sample = loadSampleDataset();
    if (!safeParseDataset(sample).success || sample.exchanges.length < 38) throw new Error('sample is wrong');
    if (!CountC.is({ low: 1, high: 1 }) || CountC.is({ low: 2, high: 1 })) throw new Error('io-ts codec is wrong');
    if (MonoidSumCount.concat({ low: 1, high: 1 }, MonoidSumCount.empty).low !== 1) throw new Error('fp-ts instance is wrong');
    if (jsonSchemas.Count.$id !== 'https://unpkg.com/swapledger/schemas/count.json' || countFile.$id !== jsonSchemas.Count.$id) throw new Error('JSON Schema is wrong');
    console.log('ok');`;
  writeFileSync(
    join(scratch, 'esm.mjs'),
    `import { parseCount, formatCount, sumCounts, exact, isPartialDate, safeParseDataset } from 'swapledger';
import { loadSampleDataset } from 'swapledger/sample';
import { CountC } from 'swapledger/io-ts';
import { MonoidSumCount } from 'swapledger/fp-ts';
import { jsonSchemas } from 'swapledger/json-schema';
import countFile from 'swapledger/schemas/count.json' with { type: 'json' };${check}`,
  );
  writeFileSync(
    join(scratch, 'cjs.cjs'),
    `const { parseCount, formatCount, sumCounts, exact, isPartialDate, safeParseDataset } = require('swapledger');
const { loadSampleDataset } = require('swapledger/sample');
const { CountC } = require('swapledger/io-ts');
const { MonoidSumCount } = require('swapledger/fp-ts');
const { jsonSchemas } = require('swapledger/json-schema');
const countFile = require('swapledger/schemas/count.json');${check}`,
  );
  const version = run(join(scratch, 'node_modules', '.bin', 'swapledger'), ['--version']).trim();
  if (version !== JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
    throw new Error(`swapledger --version printed ${version}`);
  const parsed = run(join(scratch, 'node_modules', '.bin', 'swapledger'), ['parse', 'over 2,200']);
  if (!parsed.startsWith('2,201 or more')) throw new Error(`swapledger parse printed ${parsed}`);
  console.log('✔ the swapledger command runs from the installed package');
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const out = run(process.execPath, [file]).trim();
    if (out !== 'ok') throw new Error(`${file} printed ${out}`);
    console.log(`✔ ${file} runs against the packed tarball`);
  }

  const typed = `
    import { parseCount, safeParseCount, isKnownCount, type Count, type KnownCount, type PartialDate, type Dataset } from 'swapledger';
    import { loadSampleDataset } from 'swapledger/sample';
    import { CountC, type CountC as CountCodec } from 'swapledger/io-ts';
    import { MonoidSumCount, OrdPartialDate } from 'swapledger/fp-ts';
    import { jsonSchemas } from 'swapledger/json-schema';
    const sample: Dataset = loadSampleDataset();
    const codec: CountCodec = CountC;
    const summed: KnownCount = MonoidSumCount.concat({ low: 1, high: 1 }, MonoidSumCount.empty);
    const order: -1 | 0 | 1 = OrdPartialDate.compare('2022', '2023');
    const id: string = jsonSchemas.Dataset.$id;
    const result = safeParseCount('about 40');
    const count: Count = result.success ? result.data : parseCount('0');
    const known: KnownCount | undefined = isKnownCount(count) ? count : undefined;
    const date: PartialDate = '2023-04-26';
    // @ts-expect-error a count's low is a number
    const wrong: KnownCount = { low: '44', high: 44 };
    export { known, date, wrong, sample, codec, summed, order, id };
  `;
  writeFileSync(join(scratch, 'node16-esm.mts'), typed);
  writeFileSync(join(scratch, 'node16-cjs.cts'), typed);
  writeFileSync(join(scratch, 'bundler.ts'), typed);
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', types: [] };
  writeFileSync(
    join(scratch, 'tsconfig.node16.json'),
    JSON.stringify({
      compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' },
      files: ['node16-esm.mts', 'node16-cjs.cts'],
    }),
  );
  writeFileSync(
    join(scratch, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' },
      files: ['bundler.ts'],
    }),
  );
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    run(process.execPath, [tsc, '-p', config]);
    console.log(`✔ TypeScript consumer compiles with ${config}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
