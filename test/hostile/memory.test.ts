// What a stream keeps: the ids of its records and the names still waiting for a later record,
// never the records. A file whose every claim comes before what it names is the worst case: the
// heap must grow by a few hundred bytes a claim at most (it grew by 1.2 kB before).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the memory a stream keeps', () => {
  it('stays within 400 bytes a claim when every reference waits to the end', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        fileURLToPath(new URL('./memory-child.ts', import.meta.url)),
        '100000',
      ],
      { encoding: 'utf8', cwd: fileURLToPath(new URL('../../', import.meta.url)) },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    const { issues, perClaim } = JSON.parse(run.stdout) as { issues: number; perClaim: number };
    expect(issues).toBe(0);
    expect(perClaim).toBeLessThan(400);
  }, 120_000);
});
