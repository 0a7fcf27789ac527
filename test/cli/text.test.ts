// The input as text: bytes that are not UTF-8 are refused at their place, every kind of line break
// counts as one, and an NDJSON issue's message gives the same column as its issue line. Run in
// this process, with standard input made of chunks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines } from '../../src/cli/ndjson.js';
import { positionsOf } from '../../src/cli/position.js';
import { run } from '../../src/cli/main.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { ndjsonLines } from '../ndjson-lines.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'swapledger-text-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = loadSampleDataset();

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function cli(args: string[], stdin: Buffer[] = []) {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: Readable.from(stdin),
    stderrIsTty: false,
  });
  return { code, out, err };
}

/** Every line `lines()` gives for a stream cut into the given chunks. */
async function linesOf(chunks: (string | Buffer)[]) {
  const got = [];
  const stream = Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  for await (const line of lines(stream, () => undefined)) got.push(line);
  return got;
}

// What the outside review fed the command: a lone byte that starts no character, an overlong
// "/" and an encoded surrogate. Each must be refused, never read as U+FFFD.
const BAD: [string, Buffer][] = [
  ['0xFF 0xFE', Buffer.from([0xff, 0xfe])],
  ['an overlong /', Buffer.from([0xc0, 0xaf])],
  ['a surrogate', Buffer.from([0xed, 0xa0, 0x80])],
];

/** Text, then bad bytes, then more text, as one buffer. */
const withBytes = (before: string, bytes: Buffer, after: string) =>
  Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)]);

describe('bytes that are not UTF-8', () => {
  // Before the bad bytes on their line: a Cyrillic letter and an emoji (two UTF-16 units).
  const before = `{\n  "format": "swapledger/1",\n  "title": "ж😀`;
  const column = '  "title": "ж😀'.length + 1;
  const document = (bytes: Buffer) =>
    withBytes(
      before,
      bytes,
      `",\n  "parties": [], "sources": [], "exchanges": [], "claims": []\n}\n`,
    );

  for (const [what, bytes] of BAD) {
    it(`refuses ${what} in a JSON document at its line and column, file, gzip or stdin`, async () => {
      const text = document(bytes);
      const plain = file('bad.json', text);
      const gz = file('bad.json.gz', gzipSync(text));
      for (const [args, stdin, name] of [
        [['validate', plain], [], plain],
        [['validate', gz], [], gz],
        [['validate', '-'], [text.subarray(0, 40), text.subarray(40)], '<stdin>'],
      ] as const) {
        const result = await cli([...args], [...stdin]);
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.out, args.join(' ')).toMatch(
          new RegExp(
            `^${name.replace(/[.<>]/g, '\\$&')}:3:${column}: invalid-input not valid UTF-8`,
            'm',
          ),
        );
        expect(result.out).not.toContain('\uFFFD');
        const json = await cli([...args, '--format', 'json'], [...stdin]);
        expect(JSON.parse(json.out)).toMatchObject({
          valid: false,
          issues: [{ file: name, line: 3, column, code: 'invalid-input' }],
        });
      }
      const report = await cli(['report', plain, '--fail-on', 'none']);
      expect(report.code).toBe(1);
      expect(report.out).toContain(`${plain}:3:${column}: invalid-input not valid UTF-8`);
      expect(report.out).not.toContain('\uFFFD');
    });

    it(`refuses ${what} in an NDJSON line at its line and column, file, gzip or stdin`, async () => {
      const head = ndjsonLines(sample).slice(0, 4).join('\n');
      const line = '{"party": {"id": "zz", "name": "ж😀';
      const text = withBytes(`${head}\n${line}`, bytes, '", "kind": "state"}}\n');
      const plain = file('bad.ndjson', text);
      const gz = file('bad.ndjson.gz', gzipSync(text));
      const at = `:5:${line.length + 1}: invalid-input not valid UTF-8`;
      for (const [args, stdin, name] of [
        [['validate', plain], [], plain],
        [['validate', gz], [], gz],
        // The bad bytes cut between two chunks: a line is checked once it is whole.
        [['validate', '-'], [text.subarray(0, text.length - 22), text.subarray(-22)], '<stdin>'],
      ] as const) {
        const result = await cli([...args], [...stdin]);
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.out, args.join(' ')).toContain(`${name}${at}`);
        expect(result.out).toContain(`${name}: 3 records read: 1 issue`);
        const json = await cli([...args, '--format', 'json'], [...stdin]);
        expect(JSON.parse(json.out).issues).toEqual([
          {
            file: name,
            line: 5,
            column: line.length + 1,
            path: [],
            code: 'invalid-input',
            message: expect.stringMatching(/^not valid UTF-8/),
          },
        ]);
      }
      const report = await cli(['report', plain]);
      expect(report.code).toBe(1);
      expect(report.out).toContain(`${plain}${at}`);
    });
  }

  it('gives the column of a bad byte on a first line that starts with a byte-order mark', async () => {
    const text = withBytes(
      '\uFEFF{"header": {"format": "swapledger/1", "title": "',
      Buffer.from([0xff]),
      '"}}\n',
    );
    const result = await cli(['validate', file('bom.ndjson', text)]);
    expect(result.out).toContain(
      `bom.ndjson:1:${'{"header": {"format": "swapledger/1", "title": "'.length + 1}: invalid-input not valid UTF-8`,
    );
  });

  it('refuses a phrase and a lexicon that are not UTF-8', async () => {
    const phrases = await cli(
      ['parse'],
      [withBytes('over 2,200\nab', Buffer.from([0xff]), '\n40\n')],
    );
    expect(phrases.code).toBe(1);
    expect(phrases.err).toMatch(/^<stdin>:2:3: invalid-input not valid UTF-8/m);
    expect(phrases.out.split('\n').filter((l) => l !== '')).toHaveLength(2);
    const lexicon = file('lexicon.json', withBytes('{"id": "', Buffer.from([0xc0, 0xaf]), '"}'));
    const refused = await cli(['parse', 'hundreds', '--lexicon', lexicon]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not valid UTF-8 .* at line 1, column 9/);
  });

  it('finds the same bad lines as a fatal decoder, and reads every good one unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 12 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 7 }),
        async (pieces, cut) => {
          const bytes = Buffer.concat(
            pieces
              .map((p, i) => (i === 0 ? p : Buffer.concat([Buffer.from('\n'), p])))
              .map((p) => Buffer.from(p)),
          );
          const chunks = [];
          for (let i = 0; i < bytes.length; i += cut) chunks.push(bytes.subarray(i, i + cut));
          const got = await linesOf(chunks);
          // Line breaks are \n, \r and \r\n alike: split the bytes the same way to compare.
          const expected = bytes
            .toString('latin1')
            .split(/\r\n|\r|\n/)
            .map((l) => Buffer.from(l, 'latin1'));
          if (expected.at(-1)?.length === 0) expected.pop();
          expect(got).toHaveLength(expected.length);
          got.forEach((line, i) => {
            const raw = expected[i]!;
            let decoded: string | undefined;
            try {
              decoded = new TextDecoder('utf-8', { fatal: true }).decode(raw);
            } catch {
              decoded = undefined;
            }
            if (decoded === undefined) expect(line).toMatchObject({ code: 'invalid-input' });
            else expect(line).toBe(decoded);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('line breaks', () => {
  it('count \\r\\n, \\r and \\n each as one in positions', () => {
    const text = 'a\rb\r\nc\nd\r\re';
    expect(positionsOf(text, [0, 2, 5, 7, 10])).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 6, column: 1 },
    ]);
  });

  it('place an issue of a JSON document written with bare CR line endings', async () => {
    const text =
      '{\r  "format": "swapledger/1",\r  "parties": [],\r  "sources": [],\r  "exchanges": 5,\r  "claims": []\r}\r';
    const result = await cli(['validate', file('mac.json', text)]);
    expect(result.out).toContain(`mac.json:5:16: invalid-type exchanges: expected an array`);
  });

  it('split NDJSON records at \\r, \\r\\n and \\n, even a \\r\\n cut between two reads', async () => {
    expect(await linesOf(['a\rb\r', '\nc\n', '\r\nd'])).toEqual(['a', 'b', 'c', '', 'd']);
    expect(await linesOf(['a\r', '', '\n', 'b'])).toEqual(['a', 'b']);
    const records = ndjsonLines(sample);
    const bad = [...records];
    bad[3] = bad[3]!.replace('"id":"', '"id":7,"was":"');
    const column = bad[3]!.indexOf('7,') + 1;
    for (const eol of ['\r', '\r\n', '\n']) {
      const valid = await cli(['validate', '-'], [Buffer.from(`${records.join(eol)}${eol}`)]);
      expect(valid.out, JSON.stringify(eol)).toContain('records read: valid');
      expect(valid.code).toBe(0);
      const name = file('eol.ndjson', `${bad.join(eol)}${eol}`);
      const result = await cli(['validate', name]);
      expect(result.out, JSON.stringify(eol)).toContain(`${name}:4:${column}: invalid-type `);
      const report = await cli(
        ['report', '-', '--fail-on', 'none'],
        [Buffer.from(records.join(eol))],
      );
      expect(report.code, JSON.stringify(eol)).toBe(0);
    }
  });
});

describe('the column of a line that is not JSON', () => {
  it('is the same in the issue line and in its message, from a file and from stdin', async () => {
    const header = ndjsonLines(sample)[0]!;
    // The engine gives no place for some errors ("Unexpected token"): the message then has none.
    for (const [line, column, inMessage] of [
      ['  "format": "swapledger/1",', 11, true],
      ['\t {"party": {"id": 1,}}', 22, true],
      ['{"party": tru}', 11, false],
    ] as const) {
      const text = `${header}\n${line}\n`;
      const said = `invalid-input not valid JSON${inMessage ? ` (column ${column})` : ''}:`;
      const result = await cli(['validate', file('lines.ndjson', text)]);
      expect(result.out, line).toContain(`lines.ndjson:2:${column}: ${said}`);
      const piped = await cli(['validate', '-'], [Buffer.from(text)]);
      expect(piped.out, line).toContain(`<stdin>:2: ${said}`);
    }
  });
});
