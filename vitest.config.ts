import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
// scripts/zod-range.mjs runs the suites against other versions of zod, installed elsewhere.
const zod = process.env['SWAPLEDGER_ZOD'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The examples in docs/ import the package by name, as its users do; here that is the sources.
    alias: [
      { find: /^swapledger$/, replacement: src('index.ts') },
      { find: /^swapledger\/(sample|io-ts|fp-ts|json-schema)$/, replacement: src('$1/index.ts') },
      ...(zod ? [{ find: /^zod(\/.*)?$/, replacement: `${zod}$1` }] : []),
    ],
  },
});
