// Every code example in the README and in docs/ runs, so the documentation cannot rot: TypeScript
// and JavaScript blocks run against the sources (their stated results are checked), blocks that
// are excerpts of docs/examples/ match those files and the files run, JSON datasets validate, and
// every relative link points at a file (and heading) that exists.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/index.js';
import { exampleModule } from './runExample.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test', 'docs', '.markdown');
const EXAMPLES = join(ROOT, 'docs', 'examples');
const pages = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].sort();
const exampleFiles = readdirSync(EXAMPLES).map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));

interface Block {
  readonly page: string;
  readonly index: number;
  readonly lang: string;
  readonly code: string;
}

const blocks: Block[] = pages.flatMap((page) =>
  [...readFileSync(join(ROOT, page), 'utf8').matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(
    (m, index) => ({ page, index, lang: m[1] ?? '', code: m[2] ?? '' }),
  ),
);
const code = blocks.filter((b) => ['ts', 'typescript', 'js', 'javascript'].includes(b.lang));
const isExcerpt = (b: Block) => exampleFiles.some((file) => file.includes(b.code.trimEnd()));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('code examples in the documentation', () => {
  it('are many, and most state their results', () => {
    expect(code.length).toBeGreaterThan(15);
    const checks = code
      .filter((b) => !isExcerpt(b))
      .reduce((n, b) => n + exampleModule(b.code).checks, 0);
    expect(checks).toBeGreaterThan(20);
  });

  it.each(code.filter((b) => !isExcerpt(b)).map((b) => [`${b.page} #${b.index + 1}`, b] as const))(
    '%s runs',
    async (_, block) => {
      const path = join(OUT, `${block.page.replace(/[/.]/g, '_')}_${block.index}.ts`);
      writeFileSync(path, exampleModule(block.code).text);
      await import(path);
    },
  );

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')))(
    'docs/examples/%s runs',
    async (file) => {
      await expect(import(join(EXAMPLES, file))).resolves.toBeDefined();
    },
  );

  it('shows datasets that validate', () => {
    const datasets = blocks
      .filter((b) => b.lang === 'json')
      .map((b) => JSON.parse(b.code) as Record<string, unknown>)
      .filter((j) => 'format' in j);
    expect(datasets.length).toBeGreaterThan(0);
    for (const dataset of datasets) expect(validateDataset(dataset).success).toBe(true);
  });
});

describe('links in the documentation', () => {
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s+/g, '-');
  it.each(pages)('%s has no broken relative link', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (target === undefined || /^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
      const [file, anchor] = target.split('#');
      const path = resolve(dirname(join(ROOT, page)), file ?? '');
      expect(existsSync(path), `${page} → ${target}`).toBe(true);
      if (anchor && path.endsWith('.md')) {
        const headings = [...readFileSync(path, 'utf8').matchAll(/^#+\s+(.*)$/gm)].map((m) =>
          slug(m[1] ?? ''),
        );
        expect(headings, `${page} → ${target} (${relative(ROOT, path)})`).toContain(anchor);
      }
    }
  });
});

describe('TypeScript examples in the documentation', () => {
  it('compile under the project’s strict settings', async () => {
    const ts = (await import('typescript')).default;
    const dir = join(OUT, 'compile');
    mkdirSync(dir, { recursive: true });
    const files = code
      .filter((b) => (b.lang === 'ts' || b.lang === 'typescript') && !isExcerpt(b))
      .map((b) => {
        const file = join(dir, `${b.page.replace(/[/.]/g, '_')}_${b.index}.ts`);
        // Each block is its own module, as a reader would paste it.
        writeFileSync(file, `${b.code}\nexport {};\n`);
        return file;
      });
    const program = ts.createProgram(
      [
        ...files,
        ...readdirSync(EXAMPLES)
          .filter((f) => f.endsWith('.ts'))
          .map((f) => join(EXAMPLES, f)),
      ],
      {
        strict: true,
        noEmit: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        resolveJsonModule: true,
        skipLibCheck: true,
        types: ['node'],
        baseUrl: ROOT,
        paths: { swapledger: ['src/index.ts'], 'swapledger/*': ['src/*/index.ts'] },
      },
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
