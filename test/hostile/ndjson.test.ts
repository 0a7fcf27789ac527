// The streamed validator against what an attacker tried on it (defects 1 and 2 of the hostile
// review): rules it skipped, header fields it let through, and the shortcuts (hashes, a Bloom
// filter, a second reading that skipped lines by their first bytes) that called invalid data valid.
// Every case failed before. For the hash, the test keeps a copy of the removed function to show
// that its two ids really collided there. The property test in test/dataset/ndjson.test.ts
// covers the rest.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { validateNdjson } from '../../src/cli/ndjson.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { ndjsonLines } from '../ndjson-lines.js';

const sample = loadSampleDataset();

const lines = (header: object = { format: 'swapledger/1' }): string[] =>
  ndjsonLines(sample, header);

const check = (text: string[]) =>
  validateNdjson(Readable.from([Buffer.from(`${text.join('\n')}\n`)]));
const codes = async (text: string[]) => (await check(text)).issues.map((i) => i.code);

describe('the streamed validator refuses what the document validator refuses', () => {
  it('an alignment cycle', async () => {
    const text = lines();
    text.push(
      JSON.stringify({ party: { id: 'a', name: 'A', kind: 'armed-group', alignedWith: 'b' } }),
    );
    text.push(
      JSON.stringify({ party: { id: 'b', name: 'B', kind: 'armed-group', alignedWith: 'a' } }),
    );
    expect(await codes(text)).toEqual(['cycle', 'cycle']);
  });

  it('stages out of order, a stage that does not exist, a transfer between outsiders', async () => {
    const e = sample.exchanges.find((x) => x.transfers.length > 0 && x.stages.length === 1)!;
    const broken = {
      ...e,
      id: 'broken',
      stages: [{ on: '2023-05-02' }, { on: '2023-05-01' }],
      transfers: [{ ...e.transfers[0]!, stage: 7, to: 'TR' }],
    };
    const found = await codes([...lines(), JSON.stringify({ exchange: broken })]);
    expect(found).toEqual(['out-of-order', 'invalid-reference', 'invalid-reference']);
  });

  it('header fields the document refuses: unknown keys, __proto__, a 5,000-character title', async () => {
    expect(await codes(lines({ format: 'swapledger/1', titel: 'x' }))).toEqual(['unknown-field']);
    const proto = lines();
    proto[0] = '{"header":{"format":"swapledger/1","__proto__":{"polluted":true}}}';
    expect(await codes(proto)).toEqual(['unknown-field']);
    expect(await codes(lines({ format: 'swapledger/1', title: 'x'.repeat(5000) }))).toEqual([
      'too-long',
    ]);
  });

  it('a late header, and a second one', async () => {
    const text = lines();
    const late = [...text.slice(1, 3), text[0]!, ...text.slice(3)];
    expect(await codes(late)).toContain('out-of-order');
    expect(await codes([...text, text[0]!])).toEqual(['out-of-order']);
  });
});

/** The issue codes `swapledger validate FILE` reports: a file, which the validator could read twice. */
async function fileCodes(text: string[]): Promise<string[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'swapledger-ndjson-')), 'data.ndjson');
  writeFileSync(path, `${text.join('\n')}\n`);
  let out = '';
  await run(['validate', path, '--format', 'json'], {
    stdout: (t) => (out += t),
    stderr: () => undefined,
    stdin: Readable.from([]),
    stderrIsTty: false,
  });
  return (JSON.parse(out) as { issues: { code: string }[] }).issues.map((i) => i.code);
}

describe('the streamed validator decides every id exactly', () => {
  it('finds a duplicate claim whose line is spelled with a space or an escaped key', async () => {
    const text = lines();
    const last = JSON.parse(text[text.length - 1]!) as { claim: object };
    for (const spelled of [
      `{ "claim": ${JSON.stringify(last.claim)}}`,
      `{"\\u0063laim":${JSON.stringify(last.claim)}}`,
    ]) {
      const result = await check([...text, spelled]);
      expect(
        result.issues.map((i) => i.code),
        spelled.slice(0, 12),
      ).toEqual(['duplicate-id']);
    }
  });

  it('refuses a link to a claim that is not in the file', async () => {
    const text = lines();
    const last = JSON.parse(text[text.length - 1]!) as { claim: object };
    const linked = { ...last.claim, id: 'linked', links: [{ type: 'copies', claim: 'ghost' }] };
    expect(await fileCodes([...text, JSON.stringify({ claim: linked })])).toEqual([
      'unknown-reference',
    ]);
  });

  it('refuses a reference to an exchange that is not in the file, among thousands that are', async () => {
    const text = lines();
    const e = sample.exchanges[0]!;
    for (let i = 0; i < 5000; i += 1)
      text.push(JSON.stringify({ exchange: { ...e, id: `x-${i}` } }));
    const last = JSON.parse(text[lines().length - 1]!) as { claim: object };
    const claim = { ...last.claim, id: 'far', exchange: 'x-5000' };
    expect(await fileCodes([...text, JSON.stringify({ claim })])).toEqual(['unknown-reference']);
  });

  it('tells apart two exchange ids that the removed 53-bit hash took for one', async () => {
    // A collision found by cycle-finding on the old hash (about 10^8 evaluations).
    const [declared, named] = ['exchange-z50rcu32ch', 'exchange-19gjtn5peqc'];
    expect(removedIdHash(declared)).toBe(removedIdHash(named));

    const text = lines();
    const e = sample.exchanges[0]!;
    text.push(JSON.stringify({ exchange: { ...e, id: declared } }));
    const last = JSON.parse(text[lines().length - 1]!) as { claim: object };
    const claim = { ...last.claim, id: 'crafted', exchange: named };
    expect(await fileCodes([...text, JSON.stringify({ claim })])).toEqual(['unknown-reference']);
    // …and both ids declared are two exchanges, not a duplicate.
    text.push(JSON.stringify({ exchange: { ...e, id: named } }));
    expect(await fileCodes(text)).toEqual([]);
  });
});

/** The id hash the streamed validator used before ids were kept whole (two folded FNV-1a passes). */
function removedIdHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff) || 1;
}
