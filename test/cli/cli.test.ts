// The command line, run as users run it: the built CLI in a child process. It is bundled here with
// esbuild (as the package build does with tsup), so the tests do not depend on an earlier build.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleDataset } from '../../src/sample/index.js';
import { buildCli, runCli } from '../cli-build.js';

let dir = '';
let cli = '';

// The plain output, whatever colour the shell has asked for.
const run = (args: string[], input?: string) => runCli(cli, args, { cwd: dir, input });

function ndjson(dataset = loadSampleDataset()): string {
  const lines = [JSON.stringify({ header: { format: dataset.format, title: dataset.title } })];
  for (const [kind, list] of [
    ['party', dataset.parties],
    ['source', dataset.sources],
    ['cohort', dataset.cohorts ?? []],
    ['agreement', dataset.agreements ?? []],
    ['exchange', dataset.exchanges],
    ['claim', dataset.claims],
  ] as const) {
    for (const record of list) lines.push(JSON.stringify({ [kind]: record }));
  }
  return `${lines.join('\n')}\n`;
}

const write = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return name;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'swapledger-cli-'));
  cli = await buildCli(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('swapledger', () => {
  it('prints help, command help and its version', () => {
    expect(run(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('swapledger report [FILE]'),
    });
    expect(run(['report', '--help']).stdout).toContain('--min-severity');
    expect(run(['validate', '--help']).stdout).toContain('--max-errors');
    expect(run(['parse', '--help']).stdout).toContain('lexicon');
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const none = run([]);
    expect(none.code).toBe(2);
    const unknown = run(['audit']);
    expect(unknown).toMatchObject({
      code: 2,
      stderr: 'swapledger: unknown command "audit"; run swapledger --help\n',
    });
    expect(run(['report', '--colour'])).toMatchObject({ code: 2 });
  });

  it('parses a phrase, and says why it cannot', () => {
    const ok = run(['parse', 'over 2,200']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('2,201 or more');
    expect(ok.stdout).toContain('bounds["over"] = more-than');
    expect(JSON.parse(run(['parse', 'сотні', '--format', 'json']).stdout).count).toMatchObject({
      low: 200,
      high: 999,
    });
    const bad = run(['parse', 'a lot']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('cannot read "a lot" at position 0');
    noStack(bad.stderr);
  });

  it('reports the audit of the embedded sample, grouped by severity, with a summary', () => {
    const result = run(['report']);
    expect(result.code).toBe(1); // the sample holds error findings, and --fail-on defaults to error
    expect(result.stdout).toMatch(/^Russia–Ukraine prisoner exchanges/);
    expect(result.stdout).toContain('ERROR (2)');
    expect(result.stdout).toContain(
      'In the exchange of 2023-04-26, Ukraine received 44 people and Russian Federation 40 people (1.1 for 1).',
    );
    expect(result.stdout).toMatch(/Summary: 2 errors, 15 conflicts, \d+ warnings, \d+ info/);
    expect(run(['report', '--fail-on', 'none']).code).toBe(0);
  });

  it('filters and formats the report', () => {
    const json = JSON.parse(
      run(['report', '--format', 'json', '--only', 'claims-disagree,cumulative-decreases']).stdout,
    );
    expect(Object.keys(json.summary.byCode).sort()).toEqual([
      'claims-disagree',
      'cumulative-decreases',
    ]);
    expect(json.findings[0]).toMatchObject({
      id: expect.any(String),
      code: expect.any(String),
      severity: 'conflict',
      message: expect.any(String),
    });
    const markdown = run(['report', '--format', 'markdown', '--min-severity', 'error']).stdout;
    expect(markdown.split('\n').filter((l) => l.startsWith('| error'))).toHaveLength(2);
    expect(run(['report', '--only', 'nonsense']).code).toBe(2);
    const inherited = run(['report', '--only', 'toString']);
    expect(inherited.code).toBe(2);
    expect(inherited.stderr).toContain('unknown finding code "toString"');
    expect(run(['report', '--min-severity', 'loud']).code).toBe(2);
    expect(run(['report', '--fail-on', 'info', '--only', 'asymmetric-exchange']).code).toBe(1);
    expect(run(['report', '--fail-on', 'error', '--only', 'asymmetric-exchange']).code).toBe(0);
  });

  it('audits a dataset file given as JSON or as NDJSON', () => {
    const json = write('sample.json', JSON.stringify(loadSampleDataset()));
    const lines = write('sample.ndjson', ndjson());
    for (const file of [json, lines]) {
      const result = run(['report', file, '--format', 'json', '--fail-on', 'none']);
      expect(result.code, file).toBe(0);
      expect(JSON.parse(result.stdout).summary.bySeverity.error).toBe(2);
    }
  });

  it('validates a JSON document and an NDJSON stream', () => {
    expect(run(['validate', write('ok.json', JSON.stringify(loadSampleDataset()))])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('valid'),
    });
    const streamed = run(['validate', write('ok.ndjson', ndjson())]);
    expect(streamed.code).toBe(0);
    // The header line is not a record: the count is the dataset's, as for its JSON document.
    expect(streamed.stdout).toContain(
      `${(loadSampleDataset().parties.length + loadSampleDataset().sources.length + (loadSampleDataset().cohorts?.length ?? 0) + (loadSampleDataset().agreements?.length ?? 0) + loadSampleDataset().exchanges.length + loadSampleDataset().claims.length).toLocaleString('en-US')} records read: valid`,
    );
    const stdin = run(['validate', '-'], ndjson());
    expect(stdin.code).toBe(0);
    const stdinJson = run(
      ['validate', '-', '--format', 'json'],
      JSON.stringify(loadSampleDataset()),
    );
    expect(JSON.parse(stdinJson.stdout)).toMatchObject({ valid: true, format: 'json' });
  });

  it('reports every bad line of an NDJSON file with its number, and keeps going', () => {
    const good = ndjson()
      .split('\n')
      .filter((l) => l !== '');
    const claim = JSON.parse(good[good.length - 1]!) as { claim: Record<string, unknown> };
    const lines = [
      ...good.slice(0, 5),
      '{"claim": {"id": "broken", "subject": {"type": "held", "holder": "RU"',
      JSON.stringify({ claim: { ...claim.claim, id: 'bad-value', value: { low: 9, high: 1 } } }),
      JSON.stringify({ claim: { ...claim.claim, id: 'bad-source', source: 'nobody' } }),
      JSON.stringify({ planet: {} }),
      ...good.slice(5),
    ];
    const result = run(['validate', write('bad.ndjson', `${lines.join('\n')}\n`)]);
    expect(result.code).toBe(1);
    // FILE:LINE:COLUMN: CODE PATH: MESSAGE, the column at the value the issue is about.
    const at = (line: number, text: string) =>
      `bad.ndjson:${line}:${lines[line - 1]!.indexOf(text) + 1}: `;
    expect(result.stdout).toMatch(/^bad\.ndjson:6:\d+: invalid-input not valid JSON/m);
    expect(result.stdout).toContain(
      `${at(7, '9,')}low-above-high claim.value.low: low (9) is above high (1)`,
    );
    expect(result.stdout).toContain(
      `${at(8, '"nobody"')}unknown-reference claim.source: no source with id "nobody"`,
    );
    expect(result.stdout).toContain('bad.ndjson:9:1: invalid-type each line holds one record');
    expect(result.stdout).toContain(
      // The records of the good lines (all but the header) and the two bad ones that are records.
      `bad.ndjson: ${(good.length - 1 + 2).toLocaleString('en-US')} records read: 4 issues`,
    );
    const capped = run(['validate', 'bad.ndjson', '--max-errors', '1']);
    expect(capped.stdout).toContain('… and 3 more issues');
    const json = JSON.parse(
      run(['validate', 'bad.ndjson', '--format', 'json', '--max-errors', '2']).stdout,
    );
    expect(json).toMatchObject({ valid: false, format: 'ndjson', issueCount: 4, omitted: 2 });
    expect(json.issues[0]).toMatchObject({ file: 'bad.ndjson', line: 6, code: 'invalid-input' });
    expect(json.files).toEqual([
      {
        file: 'bad.ndjson',
        valid: false,
        format: 'ndjson',
        records: good.length + 1,
        issueCount: 4,
      },
    ]);
  });

  it('finds duplicate claims and links to missing claims, in a file read twice and from stdin', () => {
    const good = ndjson()
      .split('\n')
      .filter((l) => l !== '');
    const last = good[good.length - 1]!;
    const { claim } = JSON.parse(last) as { claim: Record<string, unknown> };
    const text = `${[...good, last, JSON.stringify({ claim: { ...claim, id: 'linked', links: [{ type: 'copies', claim: 'ghost' }] } })].join('\n')}\n`;
    for (const args of [
      ['validate', write('dup.ndjson', text)],
      ['validate', '-'],
    ]) {
      const result = run(args, args[1] === '-' ? text : undefined);
      expect(result.code, args.join(' ')).toBe(1);
      // A file is read again for the columns; standard input cannot be, and keeps the line.
      const file = args[1] === '-' ? '<stdin>' : 'dup.ndjson';
      const column = (n: number) => (file === '<stdin>' ? '' : `:${n}`);
      expect(result.stdout).toContain(
        `${file}:${good.length + 1}${column(last.indexOf('"id"') + 6)}: duplicate-id claim.id: the claim id ${JSON.stringify(claim['id'])} is used by an earlier line`,
      );
      expect(result.stdout).toMatch(
        new RegExp(
          `^${file.replace('.', '\\.')}:${good.length + 2}(:\\d+)?: unknown-reference claim\\.links\\[0\\]\\.claim: no claim with id "ghost"`,
          'm',
        ),
      );
    }
  });

  it('gives one clear message and the documented exit code for bad input, never a stack trace', () => {
    mkdirSync(join(dir, 'folder'), { recursive: true });
    const cases: [string[], number, RegExp][] = [
      [['validate', 'missing.json'], 2, /missing\.json: no such file/],
      [['validate', 'folder'], 2, /folder: is a directory/],
      [['validate', write('empty.json', '')], 1, /^empty\.json: invalid-input the file is empty$/m],
      [
        ['validate', write('broken.json', '{\n  "format": "swapledger/1",\n  "parties": [,]\n}')],
        1,
        /^broken\.json:3:15: invalid-input not valid JSON$/m,
      ],
      [
        [
          'validate',
          write('garbage.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe])),
        ],
        1,
        /^garbage\.bin: invalid-input this is binary data/m,
      ],
      [
        [
          'validate',
          write('future.json', JSON.stringify({ ...loadSampleDataset(), format: 'swapledger/9' })),
        ],
        1,
        /format: this package reads datasets of format "swapledger\/1"/,
      ],
      [['report', 'missing.json'], 2, /no such file/],
      [['report', 'broken.json'], 1, /^broken\.json:3:15: invalid-input not valid JSON$/m],
    ];
    for (const [args, code, message] of cases) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(`${result.stderr}${result.stdout}`, args.join(' ')).toMatch(message);
      noStack(result.stderr);
    }
  });

  it('refuses a 1 GB JSON document at once, pointing to NDJSON', () => {
    const fd = openSync(join(dir, 'huge.json'), 'w');
    ftruncateSync(fd, 2 ** 30); // a sparse file: no gigabyte is written
    closeSync(fd);
    const started = Date.now();
    const result = run(['validate', 'huge.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /huge\.json: 1\.0 GB is too large to read as one JSON document .* write it as NDJSON/,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('progress on a terminal', () => {
  it('shows records, megabytes, rate and errors on stderr when it is a terminal', async () => {
    const { run: runCli } = await import('../../src/cli/main.js');
    const { Readable } = await import('node:stream');
    let out = '';
    let err = '';
    const code = await runCli(['validate', '-'], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      stdin: Readable.from([Buffer.from(ndjson())]),
      stderrIsTty: true,
    });
    expect(code).toBe(0);
    expect(err).toMatch(/\r[\d,]+ records, \d+\.\d MB, [\d,]+ records\/s, 0 errors/);
    expect(out).toContain('records read: valid');
  });
});
