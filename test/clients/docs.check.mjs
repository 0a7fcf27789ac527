// The documentation's examples as a user runs them: copied out of the installed package (README,
// docs/*.md and docs/examples/), TypeScript compiled by tsc as a Node project compiles it, then
// every example run by plain `node`, with Node's own module resolution and no loader between.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, run } from './_lib.mjs';

const PACKAGE = 'node_modules/swapledger';
const DIR = 'docs-examples';
mkdirSync(join(DIR, 'src'), { recursive: true });

const examples = [];
for (const file of readdirSync(join(PACKAGE, 'docs', 'examples'))) {
  const text = readFileSync(join(PACKAGE, 'docs', 'examples', file), 'utf8');
  examples.push({ name: `examples-${file}`, text });
}
// Blocks quoting an example file are that file; the others are examples of their own.
const pages = ['README.md', ...readdirSync(join(PACKAGE, 'docs')).map((f) => `docs/${f}`)].filter(
  (page) => page.endsWith('.md'),
);
for (const page of pages) {
  const text = readFileSync(join(PACKAGE, page), 'utf8');
  let index = 0;
  for (const [, lang, code] of text.matchAll(/```(\w*)\n([\s\S]*?)```/g)) {
    index += 1;
    if (!['ts', 'typescript', 'js', 'javascript'].includes(lang)) continue;
    if (examples.some((e) => e.text.includes(code.trimEnd()))) continue;
    const ext = lang.startsWith('t') ? 'ts' : 'mjs';
    examples.push({ name: `${page.replace(/[/.]/g, '-')}-${index}.${ext}`, text: code });
  }
}

for (const { name, text } of examples)
  writeFileSync(join(DIR, 'src', name.replace(/\.ts$/, '.mts')), text);
writeFileSync(
  join(DIR, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      outDir: 'out',
      rootDir: 'src',
    },
    include: ['src/*.mts'],
  }),
);

await check(
  `tsc compiles the ${examples.filter((e) => e.name.endsWith('.ts')).length} TypeScript examples as a Node project`,
  () => {
    const out = run(process.execPath, ['../node_modules/typescript/bin/tsc', '-p', '.'], {
      cwd: DIR,
    });
    if (out.status !== 0) throw new Error(out.stdout + out.stderr);
  },
);
cpSync(join(DIR, 'src'), join(DIR, 'out'), {
  recursive: true,
  filter: (source) => !source.endsWith('.mts'),
});
for (const { name } of examples) {
  const file = name.replace(/\.ts$/, '.mjs');
  await check(`node runs ${file}`, () => {
    const out = run(process.execPath, [join('out', file)], { cwd: DIR });
    if (out.status !== 0) throw new Error(`exit ${out.status}\n${out.stdout}${out.stderr}`);
  });
}

// The recipe for a Content-Security-Policy without `unsafe-eval` must generate no code at all:
// every call of the Function constructor is counted while it runs.
const csp = examples.find((e) => e.text.includes('jitless: true'));
writeFileSync(
  join(DIR, 'count-function.mjs'),
  `const Real = globalThis.Function;
let calls = 0;
globalThis.Function = new Proxy(Real, {
  construct: (target, args) => ((calls += 1), Reflect.construct(target, args)),
  apply: (target, self, args) => ((calls += 1), Reflect.apply(target, self, args)),
});
process.on('exit', () => process.stdout.write('Function calls: ' + calls + '\\n'));
`,
);
await check('the documented jitless recipe generates no code', () => {
  if (!csp) throw new Error('no example sets jitless');
  const file = join('out', csp.name.replace(/\.ts$/, '.mjs'));
  const out = run(process.execPath, ['--import', './count-function.mjs', file], { cwd: DIR });
  if (out.status !== 0) throw new Error(`exit ${out.status}\n${out.stdout}${out.stderr}`);
  if (!out.stdout.includes('Function calls: 0\n')) throw new Error(out.stdout);
  // And the counter counts: the same validation without the switch generates code.
  const plain = join(DIR, 'out', 'with-jit.mjs');
  writeFileSync(
    plain,
    `import { loadSampleDataset } from 'swapledger/sample';
import { safeParseDataset } from 'swapledger';
if (!safeParseDataset(loadSampleDataset()).success) throw new Error('sample refused');
`,
  );
  const jit = run(process.execPath, ['--import', './count-function.mjs', 'out/with-jit.mjs'], {
    cwd: DIR,
  });
  if (jit.status !== 0 || jit.stdout.includes('Function calls: 0\n'))
    throw new Error(
      `the counter saw no code generated without the switch:\n${jit.stdout}${jit.stderr}`,
    );
});
