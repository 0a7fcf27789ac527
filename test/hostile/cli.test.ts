// The command line against input that is valid but awkwardly delivered, or hostile: bytes split
// anywhere, slow pipes, FIFOs, failing reads, names that would drive a terminal, a reader that
// hangs up early. Each test here failed before the fix it names.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
    // 128 + SIGPIPE, as `cat` or `yes` end when the reader goes: the verdict was never finished.
    expect(code).toBe(141);
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

describe('the command line refuses NDJSON with no header, even when it holds nothing', () => {
  // Blank lines, white space and a no-break space: nothing on any line, so no header either.
  const blank = '\n  \n\t\n\u00a0\n\r\n';

  it('refuses it in validate as report does, from a file and from standard input', async () => {
    const path = join(dir, 'blank.ndjson');
    writeFileSync(path, blank);
    for (const command of ['validate', 'report']) {
      const result = await inProcess([command, path]);
      expect(result.code, command).toBe(1);
      expect(result.out, command).toContain(
        `${path}:1:1: missing-field header: the first line should be`,
      );
      expect(result.out, command).not.toContain('valid\n');
    }
    const piped = await inProcess(['validate', '-'], Readable.from([Buffer.from(blank)]));
    expect(piped.code).toBe(1);
    expect(piped.out).toBe(
      '<stdin>: invalid-input the input is empty\n<stdin>: 0 records read: 1 issue\n',
    );
  });
});

describe('the command line tells NDJSON by what its first line holds, not how it is spelt', () => {
  const rest = ndjsonLines(sample).slice(1).join('\n');
  const spellings = {
    spaced: '{ "header" : { "format": "swapledger/1" } }',
    escaped: '{"\\u0068eader": {"\\u0066ormat": "swapledger/1"}}',
    // Longer than the 64 KB that used to be read to decide.
    long: `{ "header": {"format": "swapledger/1",${' '.repeat(100_000)}"title": "T"}}`,
  };

  for (const [name, header] of Object.entries(spellings)) {
    it(`reads a header line written ${name}, from standard input and from a .txt file`, async () => {
      const text = `${header}\n${rest}\n`;
      const piped = await inProcess(
        ['validate', '-'],
        Readable.from([Buffer.from(text.slice(0, 7)), Buffer.from(text.slice(7))]),
      );
      expect(piped.err, name).toBe('');
      expect(piped.out, name).toContain('records read: valid');
      const path = join(dir, `header-${name}.txt`);
      writeFileSync(path, text);
      const file = await inProcess(['validate', path]);
      expect(file.err, name).toBe('');
      expect(file.out, name).toContain('records read: valid');
      expect(file.code, name).toBe(0);
    });
  }

  it('still reads a one-line JSON document as JSON', async () => {
    // A guard for the fix above, not a defect: this passed before it too.
    const result = await inProcess(
      ['validate', '-', '--format', 'json'],
      Readable.from([Buffer.from(`${JSON.stringify(sample)}\n`)]),
    );
    expect(JSON.parse(result.out)).toMatchObject({ valid: true, format: 'json' });
  });
});

describe('the command line says why it cannot write or read, with exit code 2', () => {
  it.runIf(existsSync('/dev/full'))('names a full disk instead of printing a stack trace', () => {
    const path = join(dir, 'full.json');
    writeFileSync(path, JSON.stringify(sample));
    for (const args of [['report'], ['validate', path], ['parse', 'over 2,200']]) {
      const full = openSync('/dev/full', 'w');
      const result = spawnSync(process.execPath, [cli, ...args], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      closeSync(full);
      expect(result.stderr, args[0]).toBe(
        'swapledger: cannot write the output: no space left on device\n',
      );
      expect(result.status, args[0]).toBe(2);
    }
  });

  it('says that a directory given as standard input is one', () => {
    for (const args of [['validate', '-'], ['validate']]) {
      const folder = openSync(dir, 'r');
      const result = spawnSync(process.execPath, [cli, ...args], {
        stdio: [folder, 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      closeSync(folder);
      expect(result.stderr, args.join(' ')).toMatch(/^swapledger: standard input: is a directory/);
      expect(result.status, args.join(' ')).toBe(2);
    }
  });

  it.runIf(existsSync('/proc/self/status'))(
    'reads a file that says it has 0 bytes, as /proc files do, before calling it empty',
    async () => {
      const result = await inProcess(['validate', '/proc/self/status']);
      expect(result.out).toBe(
        '/proc/self/status:1:1: invalid-input not valid JSON\n/proc/self/status: 0 records read: 1 issue\n',
      );
      expect(result.code).toBe(1);
    },
  );
});

describe('the command line prints no character that acts on a terminal', () => {
  // Raw, these would recolour or clear the screen, or reorder the text after them.
  const acting =
    // eslint-disable-next-line no-control-regex -- these characters are what is looked for
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  it('escapes a file name in an error line', async () => {
    const result = await inProcess(['validate', join(dir, 'x\u001b]0;owned\u0007\u001b[2J.json')]);
    expect(result.err).toContain('x\\u001b]0;owned\\u0007\\u001b[2J.json: no such file');
    expect(result.err).not.toMatch(acting);
    expect(result.code).toBe(2);
  });

  it('escapes DEL and C1 controls in what parse says', async () => {
    const result = await inProcess(['parse', 'over \u009b2J\u007f']);
    expect(result.err).toContain('\\u009b2J\\u007f');
    expect(result.err).not.toMatch(acting);
    expect(result.code).toBe(1);
  });

  it('escapes bidirectional controls in titles and source names, in every format', async () => {
    const hostile = {
      ...sample,
      title: 'Exchanges \u202e2202\u202c',
      sources: sample.sources.map((s) => ({ ...s, name: `\u2067${s.name}\u2069\u200f` })),
    };
    const path = join(dir, 'bidi.json');
    writeFileSync(path, JSON.stringify(hostile));
    for (const format of ['table', 'markdown', 'json']) {
      const result = await inProcess(['report', path, '--format', format, '--fail-on', 'none']);
      expect(result.code, format).toBe(0);
      expect(result.out, format).toContain('\\u2067');
      expect(result.out, format).not.toMatch(acting);
    }
    // In JSON the escapes are JSON's own: the text reads back as it was.
    const json = await inProcess(['report', path, '--format', 'json', '--fail-on', 'none']);
    expect(JSON.parse(json.out).dataset).toBe(hostile.title);
  });
});

describe('the command line refuses empty option values', () => {
  for (const args of [
    ['report', '--only', ''],
    ['report', '--only', ','],
    ['report', '--only', ' , '],
    ['validate', '-', '--max-errors', ''],
    ['validate', '-', '--max-errors', ' '],
    ['parse', 'over 2,200', '--format', ''],
  ]) {
    it(`refuses ${args.join(' ')}`, async () => {
      const result = await inProcess(args, Readable.from([Buffer.from(JSON.stringify(sample))]));
      expect(result.err).toMatch(new RegExp(`^swapledger: ${args[args.length - 2]}`));
      expect(result.out).toBe('');
      expect(result.code).toBe(2);
    });
  }
});

describe('the command line counts records the same in JSON and in NDJSON', () => {
  it('does not count the NDJSON header as a record', async () => {
    const records = async (text: string) =>
      JSON.parse(
        (await inProcess(['validate', '-', '--format', 'json'], Readable.from([Buffer.from(text)])))
          .out,
      ).records as number;
    const json = await records(JSON.stringify(sample));
    expect(json).toBeGreaterThan(0);
    expect(await records(ndjson(sample, { format: 'swapledger/1' }))).toBe(json);
  });
});
