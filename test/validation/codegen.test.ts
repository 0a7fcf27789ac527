// Code generation is an optimisation, never a condition: with it refused by the platform (a
// strict Content-Security-Policy, Node's --disallow-code-generation-from-strings) or switched
// off by the user through zod's own `z.config({ jitless: true })`, every answer is the same.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./codegen-child.ts', import.meta.url));

function answers(nodeFlags: string[], args: string[]): { generated: number; answers: unknown } {
  const run = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', child, ...args], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { generated: number; answers: unknown };
}

describe('validation without code generation', () => {
  const free = answers([], []);

  it('validates the sample, and refuses what it refuses, when code generation is refused', () => {
    const refused = answers(['--disallow-code-generation-from-strings'], []);
    expect(refused.answers).toEqual(free.answers);
    expect((free.answers as { sample: { success: boolean } }).sample.success).toBe(true);
  }, 60_000);

  it('generates no code at all under z.config({ jitless: true }), with the same answers', () => {
    const jitless = answers([], ['jitless']);
    expect(jitless.generated).toBe(0);
    expect(jitless.answers).toEqual(free.answers);
  }, 60_000);

  it('does generate code when allowed (so the two runs above compare two engines)', () => {
    const counted = answers([], ['count']);
    expect(counted.generated).toBeGreaterThan(0);
    expect(counted.answers).toEqual(free.answers);
  }, 60_000);
});
