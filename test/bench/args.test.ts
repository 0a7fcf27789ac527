import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A benchmark run as `npm run bench:…` runs it, with `args` after its name. */
function bench(file: string, ...args: string[]) {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    ['--import', 'tsx', `bench/${file}`, ...args],
    { cwd: root, encoding: 'utf8', timeout: 25_000 },
  );
  return { status, stdout, stderr: stderr.trim() };
}

// A mistake on the command line ends the run at once: exit code 2 and one line that says what
// was wrong, never a stack trace from a child process that ran out of memory or a flag the engine
// refused, and nothing measured.
describe('the benchmarks refuse a command line they cannot run', () => {
  it.each([
    [
      'audit.ts',
      ['--semi-space', 'abc'],
      /^bench:audit: --semi-space is a whole number from 1 to 1024, not "abc"$/,
    ],
    [
      'audit.ts',
      ['--hold', '1e9'],
      /^bench:audit: --hold is a whole number from 0 to 8192, not "1e9"$/,
    ],
    [
      'audit.ts',
      ['--hold', '100000'],
      /^bench:audit: --hold is a whole number from 0 to 8192, not "100000"$/,
    ],
    ['audit.ts', ['--hold', '-5'], /^bench:audit: .*--hold/],
    ['audit.ts', ['--hold'], /^bench:audit: .*--hold/],
    [
      'audit.ts',
      ['--sizes', '10000,1e5'],
      /^bench:audit: --sizes is a whole number from 1 to 10000000, not "1e5"$/,
    ],
    [
      'audit.ts',
      ['--shapes', 'war,wars'],
      /^bench:audit: --shapes lists shapes of theatres, war, war\+statements, two-party, not "wars"$/,
    ],
    [
      'audit.ts',
      ['--shapes', 'toString'],
      /^bench:audit: --shapes lists shapes of theatres, war, war\+statements, two-party, not "toString"$/,
    ],
    ['audit.ts', ['--size', '10000'], /^bench:audit: .*--size/],
    [
      'compare.ts',
      ['--claims', '0'],
      /^bench:compare: --claims is a whole number of 1 or more, not "0"$/,
    ],
    ['compare.ts', ['--shape', 'wars'], /^bench:compare: --shape is war or theatres, not "wars"$/],
  ])('%s %j', (file, args, message) => {
    const run = bench(file, ...args);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});
