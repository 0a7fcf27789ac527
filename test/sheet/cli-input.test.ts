// `swapledger import` on files that are hard to read, as users run it: each told in plain words,
// with the exit code the help promises, and the JSON document of --format json on every failure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from '../cli-build.js';

let dir = '';
let cli = '';

const run = (args: string[], input?: string | Buffer) => runCli(cli, args, { cwd: dir, input });

const HEADER = 'exchange,dates,parties,source,side,stated_on,medium,url,counted,figure';
const ROW = 'x,2023-04-26,UA|RU,Reuters,,2023-04-26,,https://example.org/a,held,44';
const MAP = {
  parties: [
    { record: { id: 'UA', name: 'Ukraine', kind: 'state' } },
    { record: { id: 'RU', name: 'Russia', kind: 'state' } },
  ],
  sources: [{ record: { id: 'reuters', name: 'Reuters', kind: 'outlet', affiliation: null } }],
  subjects: [{ wording: 'held', subject: { type: 'held', holder: 'RU', of: 'UA' } }],
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'swapledger-import-input-'));
  cli = await buildCli(dir);
  writeFileSync(join(dir, 'map.json'), JSON.stringify(MAP));
  const text = `${HEADER}\n${ROW}\n`;
  writeFileSync(
    join(dir, 'utf16.csv'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  );
  writeFileSync(
    join(dir, 'latin1.csv'),
    Buffer.from(`${HEADER}\n${ROW.replace('Reuters', 'Reut\u00e9rs')}\n`, 'latin1'),
  );
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'ok.csv'), text);
  writeFileSync(join(dir, 'ragged.csv'), `${HEADER}\nx,2023-04-26,UA|RU\n`);
  writeFileSync(join(dir, 'dup.csv'), `${HEADER},figure\n${ROW},45\n${ROW},46\n`);
  const swallowed = Array.from({ length: 4 }, () => ROW).join('\n');
  writeFileSync(
    join(dir, 'unclosed.csv'),
    `${HEADER}\n${ROW.replace(',44', ',"44')}\n${swallowed}\n`,
  );
  writeFileSync(
    join(dir, 'collide.json'),
    JSON.stringify({
      ...MAP,
      sources: [
        ...MAP.sources,
        {
          record: { id: 'afp', name: 'AFP', kind: 'outlet', affiliation: null },
          aliases: ['reuters'],
        },
      ],
    }),
  );
  mkdirSync(join(dir, 'folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('swapledger import, reading', () => {
  it('refuses UTF-16 as UTF-16, exit 2', () => {
    const { code, stderr } = run(['import', 'utf16.csv', '--map', 'map.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('UTF-16: save the sheet as UTF-8');
  });

  it('refuses bytes that are not UTF-8 at their place, exit 2', () => {
    const { code, stderr } = run(['import', 'latin1.csv', '--map', 'map.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/latin1\.csv: line 2, column \d+: not valid UTF-8 \(bytes? E9[^)]*\)/);
  });

  it('refuses an empty file, exit 2', () => {
    const { code, stderr } = run(['import', 'empty.csv', '--map', 'map.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('empty.csv: the file is empty');
  });

  it('says a directory is a directory, and a missing mapping is the --map file', () => {
    expect(run(['import', 'folder']).stderr).toContain('folder: is a directory, not a claim sheet');
    expect(run(['import', 'ok.csv', '--map', 'nomap.json']).stderr).toContain(
      '--map nomap.json: no such file',
    );
  });

  it('says a directory given as --map is no mapping file', () => {
    expect(run(['import', 'ok.csv', '--map', '.']).stderr).toContain(
      '--map .: is a directory, not a mapping file',
    );
  });

  it('keeps the report in the JSON document when the output cannot be written', () => {
    const { code, stdout } = run([
      'import',
      'ok.csv',
      '--map',
      'map.json',
      '-o',
      join(dir, 'no', 'such', 'x.json'),
      '--format',
      'json',
    ]);
    expect(code).toBe(2);
    const doc = JSON.parse(stdout);
    expect(doc.error.message).toContain('cannot be written');
    expect(doc.report).toMatchObject({ rows: 1, taken: 1 });
  });

  it('gives the documented JSON document on every failure', () => {
    const missing = JSON.parse(run(['import', 'nofile.csv', '--format', 'json']).stdout);
    expect(missing).toMatchObject({ file: 'nofile.csv', report: null });
    expect(missing.error.message).toContain('no such file');
    const utf16 = JSON.parse(run(['import', 'utf16.csv', '--format', 'json']).stdout);
    expect(utf16).toMatchObject({ file: 'utf16.csv', report: null });
    const usage = JSON.parse(run(['import', '--format', 'json']).stdout);
    expect(usage).toMatchObject({ file: null, report: null });
  });

  it('tells option mistakes in one line, with balanced quotes', () => {
    const ambiguous = run(['import', 'ok.csv', '--map', '--bogus']).stderr;
    expect(ambiguous).not.toContain('\\n');
    expect(ambiguous.split('\n').filter(Boolean)).toHaveLength(1);
    const unknown = run(['import', 'ok.csv', '--bogus']).stderr;
    expect((unknown.match(/"/g) ?? []).length % 2).toBe(0);
    expect(unknown).toContain('"--bogus"');
  });
});

describe('swapledger import, accounting', () => {
  it('names standard input <stdin> everywhere', () => {
    const { stderr } = run(['import', '-', '--map', 'map.json'], `${HEADER}\nx,2023-04-26,UA|RU\n`);
    expect(stderr).not.toContain('standard input');
    expect(stderr).toContain('<stdin>: 1 row: 0 taken, 1 refused');
  });

  it('says how many cells a ragged row has against the header', () => {
    expect(run(['import', 'ragged.csv', '--map', 'map.json']).stderr).toContain(
      'has 3 cells, the header has 10',
    );
  });

  it('counts every line a broken quote swallowed, and every row under a bad header', () => {
    expect(run(['import', 'unclosed.csv', '--map', 'map.json']).stderr).toContain(
      'unclosed.csv: 5 rows: 0 taken, 5 refused',
    );
    const dup = run(['import', 'dup.csv', '--map', 'map.json']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/dup\.csv:1: refused duplicate-column in "figure": /);
    expect(dup.stderr).toContain('dup.csv: 2 rows: 0 taken, 2 refused');
  });

  it('refuses an ambiguous mapping as a mapping problem, exit 2', () => {
    const { code, stderr } = run(['import', 'ok.csv', '--map', 'collide.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/collide\.json:\d+:\d+: invalid-value .*"reuters".*"reuters".*"afp"/i);
  });
});
