// scripts/zod-range.mjs runs the validation suites against the lowest and the newest zod of the
// peer range. This proves each run really used the zod it names, not the one in node_modules.
import { version } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const wanted = process.env['SWAPLEDGER_ZOD'];

describe('the zod under test', () => {
  it('is the one scripts/zod-range.mjs installed, or the locked one', () => {
    const dir = wanted ?? new URL('../../node_modules/zod', import.meta.url).pathname;
    const installed = (
      JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { version: string }
    ).version;
    expect(`${version.major}.${version.minor}.${version.patch}`).toBe(installed);
  });
});
