// Every @example in the public source is run as a test, so the documentation cannot rot. A line
// of the form `expression; // expected` also checks its result: the comment, when it reads as a
// JavaScript value, must match what the expression returns (objects as a subset, so an example
// may leave fields out; anything else exactly). Comments that are prose are left as prose.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleModule } from './runExample.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const OUT = join(ROOT, 'test', 'docs', '.examples');

interface Example {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'internal' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && entry.name !== 'index.ts' ? [path] : [];
  });
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  const block = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
  for (const match of text.matchAll(block)) {
    const code = (match[2] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    examples.push({ file: relative(ROOT, file), index: examples.length, code });
  }
  return examples;
}

/** Turns an example into a module: imports point at the sources, checked lines become assertions. */
function toModule(example: Example): string {
  return exampleModule(example.code).text;
}

const examples = sourceFiles(SRC).sort().flatMap(examplesIn);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('documentation examples', () => {
  it('exist for the public API, and most state their results', () => {
    expect(examples.length).toBeGreaterThan(50);
    const checked =
      examples
        .map(toModule)
        .join('\n')
        .match(/__check\(/g)?.length ?? 0;
    expect(checked).toBeGreaterThan(60);
  });

  it.each(examples.map((e) => [`${e.file} #${e.index + 1}`, e] as const))(
    '%s runs',
    async (_, example) => {
      const path = join(OUT, `${example.file.replace(/[/\\.]/g, '_')}_${example.index}.ts`);
      writeFileSync(path, toModule(example));
      await import(path);
    },
  );
});
