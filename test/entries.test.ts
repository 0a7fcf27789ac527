// The main entry must not pull in io-ts or fp-ts (optional peers, used only by their own entries),
// nor the CSV parser of swapledger/sheet or the charting code of swapledger/html. Bundling each
// entry shows exactly which modules it reaches.
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

async function inputsOf(
  entry: string,
  platform: 'neutral' | 'node' = 'neutral',
): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    external: ['zod'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('entry points', () => {
  it('the main entry imports neither io-ts nor fp-ts, nor the sample data', async () => {
    const inputs = await inputsOf('src/index.ts');
    expect(
      inputs.some((i) => i.includes('node_modules/io-ts') || i.includes('node_modules/fp-ts')),
    ).toBe(false);
    expect(inputs.some((i) => i.endsWith('sample-dataset.json'))).toBe(false);
    expect(inputs.some((i) => i.includes('/schemas/'))).toBe(false);
    for (const own of [
      'src/sheet/',
      'src/html/',
      'node_modules/csv-parse',
      'node_modules/@observablehq',
      'node_modules/linkedom',
    ])
      expect(
        inputs.some((i) => i.includes(own)),
        own,
      ).toBe(false);
  });

  it('the standard entry reaches the models and their checks, not the sheet, the report or the audit', async () => {
    const inputs = await inputsOf('src/standard/index.ts');
    expect(inputs.some((i) => i.includes('src/claim/'))).toBe(true);
    for (const own of ['src/sheet/', 'src/html/', 'src/audit/', 'node_modules/csv-parse'])
      expect(
        inputs.some((i) => i.includes(own)),
        own,
      ).toBe(false);
  });

  it('the sheet entry bundles csv-parse with no Node built-in, so it runs in browsers too', async () => {
    const inputs = await inputsOf('src/sheet/index.ts');
    expect(inputs.some((i) => i.includes('node_modules/csv-parse'))).toBe(true);
    expect(inputs.some((i) => i.startsWith('node:'))).toBe(false);
  });

  it('the io-ts entry reaches io-ts, and the fp-ts entry needs no fp-ts code at run time', async () => {
    const io = await inputsOf('src/io-ts/index.ts', 'node');
    expect(io.some((i) => i.includes('node_modules/io-ts'))).toBe(true);
    const fp = await inputsOf('src/fp-ts/index.ts');
    expect(fp.some((i) => i.includes('node_modules/fp-ts'))).toBe(false);
  });
});

describe('what the main entry carries', () => {
  it('leaves out the lexicon and the sample when only validation is imported', async () => {
    const { build: bundle } = await import('esbuild');
    const result = await bundle({
      stdin: {
        contents: `export { validateDataset } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      external: ['zod'],
      treeShaking: true,
      logLevel: 'silent',
    });
    const [output] = Object.values(result.metafile.outputs);
    const used = Object.entries(output?.inputs ?? {})
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([path]) => path);
    expect(used.some((p) => p.endsWith('defaultLexicon.ts'))).toBe(false);
    expect(used.some((p) => p.endsWith('sample-dataset.json'))).toBe(false);
    expect(used.some((p) => p.endsWith('validateDataset.ts'))).toBe(true);
  });
});
