// The examples of docs/validating-payloads.md are the files in docs/examples/, word for word, and
// each of them runs here (the TypeScript ones are also type-checked by the gate).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const EXAMPLES = join(DOCS, 'examples');
const page = readFileSync(join(DOCS, 'validating-payloads.md'), 'utf8');
const blocks = [...page.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('docs/validating-payloads.md', () => {
  const files = readdirSync(EXAMPLES)
    .filter((f) => f.startsWith('validate-with-'))
    .sort();

  it('shows every example file exactly as it is', () => {
    expect(files).toHaveLength(4);
    for (const file of files) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      expect(blocks, file).toContain(text);
    }
  });

  it.each(files.filter((f) => f.endsWith('.ts')))('%s runs', async (file) => {
    await expect(import(join(EXAMPLES, file))).resolves.toBeDefined();
  });

  it('the JSON Schema example runs as plain JavaScript', () => {
    const out = execFileSync(process.execPath, [join(EXAMPLES, 'validate-with-json-schema.mjs')], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('valid exchange accepted, impossible date refused');
  });
});
