// The CSV parser stays in its own entry: the main entry does not reach it, and swapledger/sheet
// needs no Node built-in, so it bundles for browsers and workers too.
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['zod'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the sheet entry', () => {
  it('is not reached from the main entry', async () => {
    const inputs = await inputsOf('src/index.ts');
    expect(
      inputs.some((i) => i.includes('node_modules/csv-parse') || i.includes('src/sheet/')),
    ).toBe(false);
  });

  it('bundles csv-parse with no Node built-in', async () => {
    const inputs = await inputsOf('src/sheet/index.ts');
    expect(inputs.some((i) => i.includes('node_modules/csv-parse'))).toBe(true);
    expect(inputs.some((i) => i.startsWith('node:'))).toBe(false);
  });
});
