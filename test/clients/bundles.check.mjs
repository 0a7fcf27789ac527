// An app that imports one function, bundled by esbuild and by Rollup (the bundler under Vite)
// for the browser, minified: what ships is that function's code and the part of zod it uses,
// not all of zod with its locales and JSON Schema code. Budgets are gzip sizes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { check } from './_lib.mjs';

const APPS = {
  // Budgets: the measured size plus a little room, in kB gzip (see docs/performance.md). parseCount
  // keeps the lexicon schema (a caller's lexicon is checked), so most of zod's classic API and the
  // package's validator, which answers that schema's Standard Schema.
  parseCount: {
    code: `import { parseCount } from 'swapledger';\nconsole.log(parseCount(globalThis.text));`,
    budget: { esbuild: 56, rollup: 52.5 },
  },
  validateDataset: {
    code: `import { validateDataset } from 'swapledger';\nconsole.log(validateDataset(globalThis.data));`,
    // 51.6 kB and 48.4 kB with reused ids told of refused records, parts held to their whole and
    // suggestions compared by a banded edit distance; 52.3 kB and 49.2 kB with exchanges read by a
    // scan of their few transfers and limits told in the package's words; 52.8 kB and 49.7 kB once
    // those words hold under zod's global error map and for whole numbers and keys; 53.4 kB and
    // 50.4 kB once a part a taxonomy extension gives is told at the entry and place that gave it;
    // 50.5 kB with a partition grown past its limit told at that entry; 53.8 kB and 50.8 kB with
    // that limit counted over the parts that can be parts.
    budget: { esbuild: 54, rollup: 51 },
  },
  audit: {
    code: `import { audit } from 'swapledger';\nconsole.log(audit(globalThis.data));`,
    // 60.1 kB and 55.5 kB once the audit followed copies to their original and gave every
    // finding its own id; 60.3 kB and 55.8 kB with the validation's fixes of the same round;
    // 62.3 kB and 57.7 kB with the audit cutting a dataset into independent parts, which reads
    // the names records give through the validator's tables of naming fields; 62.5 kB and 57.9 kB
    // with what the cut cannot read kept whole and the taxonomy made once per audit; 62.8 kB and
    // 58.2 kB with exchanges read by a scan and limits told in the package's words; 63.4 kB and
    // 59.1 kB with taxonomies read as they are at each call and a breakdown's part for a cohort
    // beside one of its category read as a note on it; 63.7 kB and 59.5 kB with questions about a
    // taxonomy that can still change answered from its parents, and a note held against its part;
    // 64.4 kB and 60.0 kB with a taxonomy extension's parts told at the addParts entry that gave
    // them and the partition limit counted over the parts that can be parts.
    budget: { esbuild: 64.5, rollup: 60.25 },
  },
  StandardClaim: {
    code: `import { StandardClaim } from 'swapledger/standard';\nconsole.log(StandardClaim['~standard'].validate(globalThis.data));`,
    budget: { esbuild: 40, rollup: 37 },
  },
  readSheet: {
    code: `import { readSheet } from 'swapledger/sheet';\nconsole.log(readSheet(globalThis.text));`,
    budget: { esbuild: 17.5, rollup: 12.5 },
  },
};
// Words from two of zod's locales (German, French), ASCII because bundlers escape the rest: a
// bundle that holds them holds them all.
const LOCALES = ['Eingabe: erwartet', 'invalide : attendu'];

mkdirSync('bundles', { recursive: true });
const kB = (bytes) => bytes / 1000;
for (const [name, app] of Object.entries(APPS)) {
  const entry = `bundles/${name}.js`;
  writeFileSync(entry, app.code);
  const sizes = {};
  await check(`esbuild bundle of an app importing only ${name}`, async () => {
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    });
    sizes.esbuild = out.outputFiles[0].contents;
  });
  await check(`Rollup bundle of an app importing only ${name}`, async () => {
    const bundle = await rollup({
      input: entry,
      plugins: [nodeResolve({ browser: true }), terser()],
      onwarn: () => undefined,
    });
    const { output } = await bundle.generate({ format: 'es' });
    sizes.rollup = Buffer.from(output[0].code);
  });
  for (const [bundler, bytes] of Object.entries(sizes)) {
    const gzip = kB(gzipSync(bytes).length);
    await check(
      `${bundler} · ${name}: ${kB(bytes.length).toFixed(1)} kB minified, ${gzip.toFixed(1)} kB gzip (budget ${app.budget[bundler]} kB gzip)`,
      () => {
        const text = Buffer.from(bytes).toString('utf8');
        for (const words of LOCALES)
          if (text.includes(words)) throw new Error(`zod's locales are in the bundle ("${words}")`);
        if (gzip > app.budget[bundler])
          throw new Error(`over budget by ${(gzip - app.budget[bundler]).toFixed(1)} kB`);
      },
    );
  }
}
