import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
// scripts/zod-range.mjs runs the suites against other versions of zod, installed elsewhere.
const zod = process.env['SWAPLEDGER_ZOD'];
// Tests that compare times (work at n against work at 10n) run alone, after every other file:
// measured while other files run on the same cores, a linear path can look superlinear.
const timed = ['test/hostile/complexity.test.ts', 'test/sheet/complexity.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // A guard against a hang, not a measure of speed: many tests start the command line in a
    // child process, which takes seconds when every core is busy.
    testTimeout: 30_000,
    // The examples in docs/ import the package by name, as its users do; here that is the sources.
    alias: [
      { find: /^swapledger$/, replacement: src('index.ts') },
      {
        find: /^swapledger\/(sample|io-ts|fp-ts|json-schema|sheet|html|standard)$/,
        replacement: src('$1/index.ts'),
      },
      ...(zod ? [{ find: /^zod(\/.*)?$/, replacement: `${zod}$1` }] : []),
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...timed],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: timed,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
