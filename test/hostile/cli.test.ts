// The command line against input that is valid but awkwardly delivered, or hostile: bytes split
// anywhere, slow pipes, FIFOs, failing reads, names that would drive a terminal, a reader that
// hangs up early. Each test here failed before the fix it names.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { ndjsonLines } from '../ndjson-lines.js';
import { buildCli } from '../cli-build.js';

let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'swapledger-hostile-cli-'));
  cli = await buildCli(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in this process, with standard input made of the given chunks. */
async function inProcess(args: string[], stdin: Readable = Readable.from([])) {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin,
    stderrIsTty: false,
  });
  return { code, out, err };
}

const ndjson = (dataset: ReturnType<typeof loadSampleDataset>, header: object): string =>
  `${ndjsonLines(dataset, header).join('\n')}\n`;

const sample = loadSampleDataset();

describe('the command line reads bytes as bytes', () => {
  it('does not garble a character split between two reads of a JSON file', () => {
    // Notes of 4,000 Cyrillic letters (the limit, two bytes each): many straddle a 64 KB read.
    const dataset = {
      ...sample,
      claims: sample.claims.map((c) => ({ ...c, note: 'ж'.repeat(4000) })),
    };
    const path = join(dir, 'notes.json');
    writeFileSync(path, JSON.stringify(dataset));
    const result = spawnSync(process.execPath, [cli, 'validate', path], { encoding: 'utf8' });
    expect(result.stdout).toContain('records read: valid');
    expect(result.status).toBe(0);
  });

  it('does not garble a title split at a read boundary, in report, from NDJSON', () => {
    // Spaces push the title's first letter across byte 65,536.
    const head = '{"header":{"format":"swapledger/1",';
    const pad = ' '.repeat(65_536 - head.length - '"title":"'.length - 1);
    const text = ndjson(sample, {}).replace('{"header":{}}', `${head}${pad}"title":"Україна"}}`);
    const path = join(dir, 'title.ndjson');
    writeFileSync(path, text);
    const result = spawnSync(
      process.execPath,
      [cli, 'report', path, '--format', 'json', '--fail-on', 'none'],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    );
    expect(JSON.parse(result.stdout).dataset).toBe('Україна');
  });

  it('reads a JSON document that starts with a byte-order mark', async () => {
    const result = await inProcess(
      ['validate', '-'],
      Readable.from([Buffer.from(`\uFEFF${JSON.stringify(sample)}`)]),
    );
    expect(result.out).toContain('records read: valid');
  });
});

describe('the command line treats pipes, FIFOs and standard input alike', () => {
  it('tells NDJSON from JSON on a pipe that delivers its first line in pieces', async () => {
    const text = ndjson(sample, { format: 'swapledger/1' });
    // Standard input from a slow writer: a few bytes, then the rest.
    const pieces = [text.slice(0, 5), text.slice(5, 40), text.slice(40)].map((t) => Buffer.from(t));
    const result = await inProcess(['validate', '-'], Readable.from(pieces));
    expect(result.out).toContain('records read: valid');
    expect(result.code).toBe(0);
  });

  it('reads a FIFO as it reads a file', async () => {
    const fifo = join(dir, 'dataset.fifo');
    execFileSync('mkfifo', [fifo]);
    const text = ndjson(sample, { format: 'swapledger/1' });
    // A writer in another process, as `swapledger validate <(generate)` has; both run at once.
    const source = join(dir, 'fifo-source.ndjson');
    writeFileSync(source, text);
    const writer = spawn('sh', ['-c', `cat "${source}" > "${fifo}"`], { stdio: 'ignore' });
    const reader = spawn(process.execPath, [cli, 'validate', fifo]);
    let out = '';
    let err = '';
    reader.stdout.on('data', (d: Buffer) => (out += d.toString()));
    reader.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => reader.on('close', resolve));
    writer.kill();
    expect(err).toBe('');
    expect(out).toContain('records read: valid');
    expect(code).toBe(0);
  }, 30_000);

  it('audits NDJSON larger than the longest string the engine can hold', async () => {
    // 600 MB, past V8's 512 MB string limit: padded with blank lines, which NDJSON allows, and
    // written through a FIFO so that nothing touches the disk.
    const fifo = join(dir, 'large.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn(process.execPath, [cli, 'report', fifo, '--fail-on', 'none']);
    let out = '';
    let err = '';
    reader.stdout.on('data', (d: Buffer) => (out += d.toString()));
    reader.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const blank = Buffer.alloc(2 ** 20, 0x20);
    blank[blank.length - 1] = 0x0a;
    const writer = createWriteStream(fifo);
    await pipeline(
      Readable.from(
        (function* () {
          yield Buffer.from(ndjson(sample, { format: 'swapledger/1' }));
          for (let i = 0; i < 600; i += 1) yield blank;
        })(),
      ),
      writer,
    );
    const code = await new Promise<number | null>((resolve) => reader.on('close', resolve));
    expect(err).toBe('');
    expect(out).toMatch(/: \d+ exchanges, \d+ claims\n/);
    expect(code).toBe(0);
  }, 120_000);

  it('says why a read failed instead of "unexpected failure"', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      },
    });
    const result = await inProcess(['validate', '-'], failing);
    expect(result.err).toContain('standard input: permission denied');
    expect(result.err).not.toContain('unexpected failure');
    expect(result.code).toBe(2);
  });

  it('refuses standard input over the size limit by its bytes, with a clear message', async () => {
    const mb = Buffer.alloc(2 ** 20, 0x20);
    const huge = Readable.from(
      (function* () {
        yield Buffer.from('{"format": "swapledger/1", "title": "');
        for (let i = 0; i < 257; i += 1) yield mb;
      })(),
    );
    const result = await inProcess(['validate', '-'], huge);
    expect(result.err).toContain('too large to read as one JSON document');
    expect(result.err).not.toContain('unexpected failure');
    expect(result.code).toBe(2);
  }, 60_000);
});

describe('the command line prints nothing that drives a terminal', () => {
  it('escapes control characters in names before printing them', () => {
    const hostile = {
      ...sample,
      title: 'Exchanges\r\u001b[2J',
      sources: sample.sources.map((s, i) =>
        i === 0 ? { ...s, name: 'Yermak | x\n\n# injected heading\u001b[2J\r' } : s,
      ),
    };
    const path = join(dir, 'hostile.json');
    writeFileSync(path, JSON.stringify(hostile));
    for (const format of ['table', 'markdown']) {
      const result = spawnSync(
        process.execPath,
        [cli, 'report', path, '--format', format, '--fail-on', 'none'],
        { encoding: 'utf8' },
      );
      expect(result.status, format).toBe(0);
      expect(result.stdout.includes('\u001b'), format).toBe(false);
      expect(result.stdout.includes('\r'), format).toBe(false);
      expect(result.stdout, format).not.toContain('\n# injected heading');
    }
  });

  it('ends quietly when the reader hangs up early', async () => {
    // Thousands of issues, printed a line at a time, to a reader that takes one chunk and goes,
    // like `swapledger validate … | head -1`.
    const bad = Array.from({ length: 5000 }, (_, i) => ({
      ...sample.claims[0]!,
      id: `bad-${i}`,
      source: 'nobody',
    }));
    const path = join(dir, 'many-issues.json');
    writeFileSync(path, JSON.stringify({ ...sample, claims: bad }));
    const child = spawn(process.execPath, [cli, 'validate', path, '--max-errors', '5000']);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toContain('EPIPE');
    expect([0, 1]).toContain(code);
  }, 30_000);
});

describe('the command line counts every issue, JSON or NDJSON', () => {
  it('gives the same total for a document with more issues than it lists', async () => {
    const extra = Array.from({ length: 1200 }, (_, i) => ({
      ...sample.claims[0]!,
      id: `extra-${i}`,
      source: 'nope',
    }));
    const dataset = { ...sample, claims: [...sample.claims, ...extra] };
    const json = await inProcess(
      ['validate', '-', '--format', 'json'],
      Readable.from([Buffer.from(JSON.stringify(dataset))]),
    );
    const streamed = await inProcess(
      ['validate', '-', '--format', 'json'],
      Readable.from([Buffer.from(ndjson(dataset, { format: 'swapledger/1' }))]),
    );
    expect(JSON.parse(json.out).issueCount).toBe(1200);
    expect(JSON.parse(streamed.out).issueCount).toBe(1200);
  });
});
