// The dependency rule (.dependency-cruiser.cjs) holds on src/, and it bites: on a small tree
// built to break it, every kind of violation is reported. A rule that passes everything would
// pass src/ too, so the second half is what makes the first half mean something.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}node_modules/.bin/depcruise`;
const config = `${root}.dependency-cruiser.cjs`;

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

function cruise(cwd: string): readonly Violation[] {
  const run = spawnSync(bin, ['src', '--config', config, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
  });
  const output = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return output.summary.violations;
}

describe('the dependency rule', () => {
  it('finds no upward import and no cycle in src/', () => {
    expect(cruise(root)).toEqual([]);
  }, 60_000);

  it('refuses upward imports, cycles and folders outside the layers', () => {
    const found = cruise(fileURLToPath(new URL('./broken/', import.meta.url)))
      .map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)
      .sort();
    expect(found).toEqual([
      'analysis-below-adapters: src/audit/audit.ts -> src/cli/main.ts',
      'core-stays-core: src/count/Count.ts -> src/audit/audit.ts',
      'every-folder-has-a-layer: src/stray/x.ts -> src/cli/main.ts',
      'model-below-analysis: src/claim/up.ts -> src/audit/audit.ts',
      'no-cycle: src/claim/a.ts -> src/claim/b.ts',
    ]);
  }, 60_000);
});
