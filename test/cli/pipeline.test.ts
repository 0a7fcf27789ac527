// The command line as a part of a pipeline: help on every command, JSON on every path of
// --format json, several files with compiler-style issue lines, gzip and byte-order marks,
// colour by the environment, counts in words, a progress line that goes away, phrases a line at
// a time. Run in this process, with standard input made of chunks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsAsJson, wantsHelp } from '../../src/cli/args.js';
import { colorWanted } from '../../src/cli/color.js';
import {
  counted,
  findingsTable,
  printIssues,
  reportTable,
  summaryLine,
} from '../../src/cli/format.js';
import { run } from '../../src/cli/main.js';
import { placeOnLines, type Input } from '../../src/cli/read.js';
import { defaultLexicon } from '../../src/phrase/defaultLexicon.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { ndjsonLines } from '../ndjson-lines.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'swapledger-pipeline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = loadSampleDataset();
const ndjson = `${ndjsonLines(sample, { format: 'swapledger/1' }).join('\n')}\n`;

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Runs the command with standard input made of the given chunks. */
async function cli(
  args: string[],
  stdin: (string | Buffer)[] = [],
  options: { stderrIsTty?: boolean; color?: boolean } = {},
) {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: Readable.from(stdin.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))),
    stderrIsTty: options.stderrIsTty ?? false,
    ...(options.color === undefined ? {} : { color: options.color }),
  });
  return { code, out, err };
}

describe('help', () => {
  it('is given by -h and --help on every command, wherever they are, with exit 0', async () => {
    for (const command of ['report', 'validate', 'parse']) {
      for (const args of [
        [command, '-h'],
        [command, '--help'],
        [command, '--no-such-option', 'x', '-h'],
        ['help', command],
      ]) {
        const result = await cli(args);
        expect(result.code, args.join(' ')).toBe(0);
        expect(result.out, args.join(' ')).toMatch(new RegExp(`^Usage: swapledger ${command}`));
      }
    }
    // Before the command too, and with --format json: help is for people, plain text.
    for (const command of ['report', 'validate', 'parse'])
      for (const args of [
        ['-h', command],
        ['--help', command],
        ['--format', 'json', '-h', command],
        [command, '-h', '--format', 'json'],
        [command, '--format=json', '--help'],
      ]) {
        const result = await cli(args);
        expect(result.code, args.join(' ')).toBe(0);
        expect(result.out, args.join(' ')).toMatch(new RegExp(`^Usage: swapledger ${command}`));
      }
    // After --, -h is a file name, not a request for help.
    expect(wantsHelp(['--', '-h'])).toBe(false);
    expect((await cli(['help', 'nonsense'])).code).toBe(2);
    for (const args of [
      ['--format', 'json', '-h'],
      ['--format', 'json', '--help'],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.out, args.join(' ')).toMatch(/^swapledger \d+\.\d+\.\d+: validate/);
    }
  });
});

describe('options before the command', () => {
  it('takes --format before the command as after it, the one after winning', async () => {
    for (const args of [
      ['--format', 'json', 'validate', '-'],
      ['--format=json', 'validate', '-'],
      ['--format', 'text', 'validate', '-', '--format', 'json'],
    ]) {
      const result = await cli(args, [ndjson]);
      expect(result.code, args.join(' ')).toBe(0);
      expect(JSON.parse(result.out), args.join(' ')).toMatchObject({ valid: true });
    }
    const report = await cli(['--format', 'markdown', 'report', '--fail-on', 'none']);
    expect(report.out).toMatch(/^\| Severity \| Code \| Finding \|/);
    expect((await cli(['--format', 'json', 'validate', '-'], ['{'])).out).toMatch(/^\{/);
  });

  it('refuses any other option there with a usage line, as JSON under --format json', async () => {
    const other = await cli(['--max-errors', '5', 'validate', '-']);
    expect(other).toMatchObject({ code: 2, out: '' });
    expect(other.err).toBe(
      'swapledger: --max-errors goes after the command: swapledger COMMAND [options]; run swapledger --help\n',
    );
    for (const args of [
      ['--format', 'json', '--max-errors', '5', 'validate', '-'],
      ['--format', 'json', '--frobnicate', 'validate'],
      ['--format', 'json'],
      ['--format', 'json', 'audit'],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(JSON.parse(result.out), args.join(' ')).toEqual({
        error: { message: expect.any(String) },
      });
      expect(result.err, args.join(' ')).toMatch(/^swapledger: .*\n$/);
    }
    expect((await cli(['--format'])).err).toBe(
      'swapledger: --format needs a value: swapledger --format json COMMAND; run swapledger --help\n',
    );
    expect((await cli(['--format', 'json', '--version'])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('--format json', () => {
  it('is read before the arguments are parsed, the last well-formed one winning', () => {
    expect(errorsAsJson(['--format', 'text', '--format=json'])).toBe(true);
    expect(errorsAsJson(['--format', 'json', '--format', 'text'])).toBe(false);
    expect(errorsAsJson(['--', '--format', 'json'])).toBe(false);
    // A broken --format after --format json is itself told as JSON.
    expect(errorsAsJson(['--format', 'json', 'validate', 'a.json', '--format'])).toBe(true);
    expect(errorsAsJson(['--format', 'json', 'validate', '--format', 'yaml'])).toBe(true);
  });

  it('prints one JSON document with the error for usage errors, and says it on stderr too', async () => {
    for (const args of [
      ['validate', '--format', 'json', '--max-errors', 'x'],
      ['validate', '--format', 'json', '--bogus'],
      ['report', '--format', 'json', '--only', 'nonsense'],
      ['parse', 'over 2,200', 'and more', '--format', 'json'],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(JSON.parse(result.out), args.join(' ')).toEqual({
        error: { message: expect.any(String) },
      });
      expect(result.err, args.join(' ')).toMatch(/^swapledger: /);
    }
  });

  it('names an unknown option in its own words, quotes balanced', async () => {
    const result = await cli(['report', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe(
      'swapledger: unknown option "--bogus" (an argument starting with "-" goes after "--"); run swapledger report --help',
    );
    // A quote in the option's name does not cut it short.
    const quoted = await cli(['validate', "--it's"]);
    expect(quoted.err).toContain('unknown option "--it\'s"');
  });

  it('gives report’s issues, placed in the file, with the error', async () => {
    const bad = {
      ...sample,
      claims: sample.claims.map((c, i) => (i === 1 ? { ...c, source: 'x' } : c)),
    };
    const text = JSON.stringify(bad, null, 2);
    const result = await cli(['report', file('bad.json', text), '--format', 'json']);
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.out);
    expect(doc).toMatchObject({ dataset: null, valid: false, issueCount: 1, omitted: 0 });
    const offset = text.indexOf('"x"');
    const line = text.slice(0, offset).split('\n').length;
    expect(doc.issues[0]).toMatchObject({
      file: join(dir, 'bad.json'),
      line,
      column: offset - text.lastIndexOf('\n', offset - 1),
      path: ['claims', 1, 'source'],
      code: 'unknown-reference',
    });
  });

  it('gives every file of validate, the unreadable ones with their error', async () => {
    const ok = file('ok.json', JSON.stringify(sample));
    const result = await cli(['validate', ok, join(dir, 'missing.json'), '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toMatchObject({
      valid: false,
      format: null,
      issueCount: 0,
      files: [
        { file: ok, valid: true, format: 'json' },
        {
          file: join(dir, 'missing.json'),
          valid: false,
          error: { message: expect.stringContaining('no such file') },
        },
      ],
    });
  });
});

describe('validate with several inputs', () => {
  it('checks each, prints issues as FILE:LINE:COLUMN: CODE PATH: MESSAGE, and exits with the worst', async () => {
    const ok = file('ok.ndjson', ndjson);
    const lines = ndjson.split('\n');
    lines[3] = lines[3]!.replace('"id":"', '"id":7,"was":"');
    const bad = file('bad.ndjson', lines.join('\n'));
    const result = await cli(['validate', ok, bad]);
    expect(result.code).toBe(1);
    const column = lines[3]!.indexOf('7,') + 1;
    expect(result.out).toContain(`${bad}:4:${column}: invalid-type `);
    expect(result.out).toMatch(new RegExp(`^${ok}: [\\d,]+ records read: valid$`, 'm'));
    expect(result.out).toMatch(new RegExp(`^${bad}: [\\d,]+ records read: \\d+ issues$`, 'm'));
    expect((await cli(['validate', ok, ok])).code).toBe(0);
    expect((await cli(['validate', '-', '-'])).code).toBe(2);
  });

  it('caps the issues printed across all inputs, and counts the rest for each', async () => {
    const broken = file('broken.json', '{');
    const result = await cli(['validate', broken, broken, '--max-errors', '1']);
    expect(result.out.split('\n').filter((l) => l.includes('invalid-input'))).toHaveLength(1);
    expect(result.out).toContain('… and 1 more issue\n');
  });
});

describe('many issues', () => {
  // One argument per line with an issue once overflowed the call stack, and lost every issue.
  it('places more issues than a call can take arguments, from a file and from stdin', async () => {
    const count = 200_000;
    const issues = Array.from({ length: count }, (_, i) => ({
      line: i + 2,
      path: ['party', 'kind'],
      code: 'invalid-value' as const,
      message: 'no such kind',
    }));
    const stdin: Input = { name: '<stdin>', ndjson: true, stream: Readable.from([]), gzip: false };
    const unplaced = await placeOnLines(stdin, issues);
    expect(unplaced).toHaveLength(count);
    expect(unplaced[count - 1]).toMatchObject({ file: '<stdin>', line: count + 1 });
    const lines = ['{"header": {"format": "swapledger/1"}}'];
    for (let i = 0; i < count; i += 1) lines.push(`{"party": {"kind": "x${i}"}}`);
    const path = file('many.ndjson', `${lines.join('\n')}\n`);
    const reread: Input = {
      ...stdin,
      name: path,
      reopen: () => Readable.from([Buffer.from(`${lines.join('\n')}\n`)]),
    };
    const placed = await placeOnLines(reread, issues);
    expect(placed[count - 1]).toMatchObject({
      line: count + 1,
      column: '{"party": {"kind": '.length + 1,
    });
  });
});

describe('input', () => {
  it('decompresses gzip found by its first bytes, however the stream is cut', async () => {
    const gz = gzipSync(ndjson);
    const oneByteFirst = [gz.subarray(0, 1), gz.subarray(1, 5), gz.subarray(5)];
    for (const chunks of [[gz], oneByteFirst]) {
      const result = await cli(['validate', '-'], chunks);
      expect(result.out).toContain('<stdin>: ');
      expect(result.out).toContain('records read: valid');
      expect(result.code).toBe(0);
    }
    const json = await cli(
      ['validate', '-', '--format', 'json'],
      [gzipSync(JSON.stringify(sample))],
    );
    expect(JSON.parse(json.out)).toMatchObject({ valid: true, format: 'json' });
  });

  it('says that broken gzip is broken, as an issue of the input', async () => {
    const gz = gzipSync(ndjson);
    const result = await cli(['validate', '-'], [gz.subarray(0, gz.length - 20)]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^<stdin>: invalid-input not valid gzip data \(unexpected end of file\)$/m,
    );
  });

  it('skips a byte-order mark in NDJSON and keeps the columns of its first line', async () => {
    const lines = ndjson.split('\n');
    lines[0] = lines[0]!.replace('swapledger/1', 'swapledger/9');
    const result = await cli(['validate', file('bom.ndjson', `\uFEFF${lines.join('\n')}`)]);
    expect(result.code).toBe(1);
    const column = lines[0]!.indexOf('"swapledger/9"') + 1;
    expect(result.out).toMatch(new RegExp(`bom\\.ndjson:1:${column}: [a-z-]+ header\\.format: `));
  });

  it('reads standard input for report -', async () => {
    const result = await cli(['report', '-', '--fail-on', 'none', '--format', 'json'], [ndjson]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).summary.bySeverity.error).toBe(2);
  });
});

describe('colour', () => {
  it('is chosen by NO_COLOR, FORCE_COLOR and the terminal', () => {
    expect(colorWanted({}, true)).toBe(true);
    expect(colorWanted({}, false)).toBe(false);
    expect(colorWanted({ TERM: 'dumb' }, true)).toBe(false);
    expect(colorWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted({ NO_COLOR: '' }, true)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: '' }, false)).toBe(false);
    expect(colorWanted({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorWanted({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(colorWanted({ FORCE_COLOR: '1', NO_COLOR: 'yes' }, true)).toBe(false);
  });

  it('paints codes and severities, never JSON, and never what the data holds', async () => {
    const report = await cli(['report', '--fail-on', 'none'], [], { color: true });
    expect(report.out).toContain('\u001b[31mERROR\u001b[39m (2)');
    const json = await cli(['report', '--fail-on', 'none', '--format', 'json'], [], {
      color: true,
    });
    expect(json.out).not.toContain('\u001b');
    const broken = await cli(['validate', '-'], ['{'], { color: true });
    expect(broken.out).toContain('<stdin>:1:2: \u001b[31minvalid-input\u001b[39m not valid JSON');
  });
});

describe('counts in words, and progress', () => {
  it('gives the noun its plural only when the count is not 1', () => {
    expect(counted(1, 'record')).toBe('1 record');
    expect(counted(0, 'error')).toBe('0 errors');
    expect(counted(2000, 'issue')).toBe('2,000 issues');
    const bySeverity = { error: 1, conflict: 2, warning: 1, info: 3 };
    expect(summaryLine({ bySeverity, byCode: {} })).toBe(
      'Summary: 1 error, 2 conflicts, 1 warning, 3 info\n',
    );
  });

  it('writes every count with thousands separators, the count of issues not printed too', async () => {
    let out = '';
    printIssues(
      {
        stdout: (t) => (out += t),
        stderr: () => undefined,
        stdin: Readable.from([]),
        stderrIsTty: false,
      },
      [],
      800_000,
    );
    expect(out).toBe('… and 800,000 more issues\n');
    const bySeverity = { error: 1200, conflict: 0, warning: 0, info: 4321 };
    expect(summaryLine({ bySeverity, byCode: { 'claims-disagree': 1200 } })).toBe(
      'Summary: 1,200 errors, 0 conflicts, 0 warnings, 4,321 info (claims-disagree 1,200)\n',
    );
    const finding = { code: 'claims-disagree', severity: 'error', message: 'm' } as never;
    expect(findingsTable(Array.from({ length: 1200 }, () => finding))).toMatch(
      /^ERROR \(1,200\)\n/,
    );
    const many = {
      ...sample,
      title: 'T',
      exchanges: Array.from({ length: 1500 }, () => sample.exchanges[0]!),
    };
    expect(reportTable(many, [], { bySeverity, byCode: {} })).toMatch(
      /^T: 1,500 exchanges, [\d,]+ claims\n/,
    );
    const lines = ndjson.split('\n').slice(0, 1);
    for (let i = 0; i < 1500; i += 1) lines.push('{"planet": {}}');
    const result = await cli(['validate', '-', '--max-errors', '0'], [`${lines.join('\n')}\n`]);
    expect(result.out).toBe('… and 1,500 more issues\n<stdin>: 0 records read: 1,500 issues\n');
  });

  it('wipes the progress line once reading is done, and says "1 error"', async () => {
    const result = await cli(['validate', '-'], [`${ndjson}{"planet": {}}\n`], {
      stderrIsTty: true,
    });
    expect(result.err).toMatch(
      // eslint-disable-next-line no-control-regex -- the escape that erases the line is the point
      /\r[\d,]+ records, \d+\.\d MB, [\d,]+ records\/s, 1 error\u001b\[K/,
    );
    expect(result.err.endsWith('\r\u001b[K')).toBe(true);
    expect(result.err).not.toContain('\n');
  });
});

describe('parse', () => {
  it('reads one phrase a line from standard input, and goes on past one it cannot read', async () => {
    const text = await cli(['parse'], ['over 2,200\r\n', '\nсо', 'тні\n', 'a lot\n']);
    expect(text.out).toBe('over 2,200\t2,201 or more\nсотні\t200–999\n');
    expect(text.err).toBe(
      '<stdin>:4:1: unreadable-phrase cannot read "a lot" at position 0: a number was expected here\n',
    );
    expect(text.code).toBe(1);
    const json = await cli(['parse', '-', '--format', 'json'], ['about 40\n']);
    expect(JSON.parse(json.out)).toMatchObject({ line: 1, text: 'about 40', count: { best: 40 } });
    const one = await cli(['parse', 'a lot', '--format', 'json']);
    expect(one.code).toBe(1);
    expect(JSON.parse(one.out)).toMatchObject({
      text: 'a lot',
      issues: [{ code: 'unreadable-phrase', start: 0 }],
    });
  });

  it('reads with the lexicon of --lexicon, and refuses one that is not valid', async () => {
    const ours = {
      ...defaultLexicon,
      id: 'ours',
      magnitudes: { ...defaultLexicon.magnitudes, hundreds: { low: 100, high: 900 } },
    };
    const good = await cli([
      'parse',
      'hundreds',
      '--format',
      'json',
      '--lexicon',
      file('ours.json', JSON.stringify(ours)),
    ]);
    expect(JSON.parse(good.out).count).toMatchObject({
      low: 100,
      high: 900,
      lexicon: `ours@${defaultLexicon.version}`,
    });
    const badText = JSON.stringify({ ...defaultLexicon, version: '' }, null, 2);
    const bad = await cli(['parse', 'hundreds', '--lexicon', file('bad.json', badText)]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/bad\.json:3:14: invalid-option version: the lexicon is not usable: /);
    expect(bad.err).toMatch(
      /swapledger: --lexicon .*bad\.json: not a valid lexicon \(1 issue\)\n$/,
    );
    const json = await cli([
      'parse',
      'hundreds',
      '--format',
      'json',
      '--lexicon',
      file('bad.json', badText),
    ]);
    expect(JSON.parse(json.out)).toMatchObject({
      issues: [{ line: 3, path: ['version'] }],
      error: {},
    });
  });
});
