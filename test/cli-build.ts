// The command line as users run it: bundled from src/cli/bin.ts with esbuild (as the package
// build does with tsup), so the tests that run it in a child process need no earlier build.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');

/** Writes the bundled command to `dir/cli.mjs`, able to find zod, and returns its path. */
export async function buildCli(dir: string): Promise<string> {
  const cli = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/cli/bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    packages: 'external',
    logLevel: 'silent',
  });
  // The bundle imports its dependencies by name: let it find the project's copies.
  mkdirSync(join(dir, 'node_modules', '@observablehq'), { recursive: true });
  for (const name of ['zod', 'csv-parse', 'linkedom', '@observablehq/plot'])
    execFileSync('ln', ['-s', join(ROOT, 'node_modules', name), join(dir, 'node_modules', name)]);
  return cli;
}
