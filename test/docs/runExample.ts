// Turns a documentation example into a module that runs against the sources: imports of the
// package point at src/, and a line `expression; // value` checks its result when the comment
// reads as a JavaScript value (objects as a subset, anything else exactly).
import { join } from 'node:path';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function parsesAsValue(text: string): boolean {
  try {
    new Function(`return (${text});`);
    return true;
  } catch {
    return false;
  }
}

/** The module text for an example, and how many of its lines state a checked result. */
export function exampleModule(code: string): { text: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const fixed = line
      .replace(/from 'swapledger'/g, `from ${JSON.stringify(join(SRC, 'index.js'))}`)
      .replace(
        /from 'swapledger\/([a-z-]+)'/g,
        (_, sub: string) => `from ${JSON.stringify(join(SRC, sub, 'index.js'))}`,
      );
    const check = /^([^/]*?);\s*\/\/\s*(.+)$/.exec(fixed);
    if (!check || /^\s*(const|let|import|export|type)\b/.test(check[1] ?? '')) return fixed;
    const [, expression, comment] = check;
    if (!parsesAsValue(expression ?? '') || !parsesAsValue(comment ?? '')) return fixed;
    if ((comment ?? '').includes('…')) return fixed;
    checks += 1;
    return `__check(${expression}, (${comment}), ${JSON.stringify(fixed.trim())});`;
  });
  const text = [
    `import { expect } from 'vitest';`,
    `const __check = (actual: unknown, expected: unknown, line: string) => {`,
    `  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected))`,
    `    expect(actual, line).toMatchObject(expected as object);`,
    `  else expect(actual, line).toEqual(expected);`,
    `};`,
    ...lines,
    'export {};',
  ].join('\n');
  return { text, checks };
}
