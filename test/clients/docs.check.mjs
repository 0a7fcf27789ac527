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
