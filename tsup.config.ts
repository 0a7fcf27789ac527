import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      sample: 'src/sample/index.ts',
      'io-ts': 'src/io-ts/index.ts',
      'fp-ts': 'src/fp-ts/index.ts',
      'json-schema': 'src/json-schema/index.ts',
      sheet: 'src/sheet/index.ts',
      standard: 'src/standard/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
  },
  // The HTML report draws its charts with Observable Plot, which (with d3) is published as ESM
  // only. The ESM build imports it; the CommonJS build carries it, so that \`require\` works on
  // every Node.js 20, not only on those that can require ES modules.
  {
    entry: { html: 'src/html/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    entry: { html: 'src/html/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
    noExternal: [/^(?!zod(?:\/|$)|linkedom(?:\/|$))/],
  },
  {
    // The command line: one ESM file with its shebang, next to the library entries.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
