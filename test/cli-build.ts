// The command line as users run it: bundled from src/cli/bin.ts with esbuild (as the package
// build does with tsup), so the tests that run it in a child process need no earlier build.
import { execFileSync, spawnSync } from 'node:child_process';
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

/** The command's output as a shell gives it to a test: no colour unless `env` asks for it. */
const plainEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  return env;
};

/** Runs the bundled command in `cwd`; its exit code (-1 when killed) and what it wrote. */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { cwd: string; input?: string | Buffer | undefined; env?: NodeJS.ProcessEnv },
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: options.input,
    cwd: options.cwd,
    env: options.env ?? plainEnv(),
  });
  return {
    code: result.status ?? -1,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
  };
}
