/**
 * The cost of importing the main entry against importing zod alone, each in fresh processes,
 * alternating, 25 runs each; the median time of the `import()` inside the process is compared.
 * Needs a build (`npm run build`). Run with `npm run bench:import`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const entry = join(ROOT, 'dist', 'index.js');
if (!existsSync(entry)) {
  console.error('bench/import.ts: build first (npm run build)');
  process.exit(2);
}
const timeImport = (specifier: string) =>
  Number(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ).trim(),
  );
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const zod: number[] = [];
const ours: number[] = [];
for (let i = 0; i < 25; i += 1) {
  zod.push(timeImport('zod'));
  ours.push(timeImport(pathToFileURL(entry).href));
}
console.log(`import zod alone            ${median(zod).toFixed(1).padStart(6)} ms (median of 25)`);
console.log(`import swapledger (+ zod)   ${median(ours).toFixed(1).padStart(6)} ms`);
console.log(`ratio                       ${(median(ours) / median(zod)).toFixed(2).padStart(6)}×`);
