// `swapledger import`, run as users run it: the bundled command in a child process.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from '../cli-build.js';

let dir = '';
let cli = '';
const fixtures = join(import.meta.dirname, 'fixtures');

const run = (args: string[], input?: string) => runCli(cli, args, { cwd: dir, input });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'swapledger-import-'));
  cli = await buildCli(dir);
  copyFileSync(join(fixtures, 'uk-team-sheet.csv'), join(dir, 'sheet.csv'));
  copyFileSync(join(fixtures, 'uk-team-mapping.json'), join(dir, 'map.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('swapledger import', () => {
  it('writes the dataset, tells each refused row and guess at its line, and exits 1', () => {
    const { code, stdout, stderr } = run(['import', 'sheet.csv', '--map', 'map.json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).claims).toHaveLength(9);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^sheet\.csv:10: refused unreadable-figure in "цифра": /),
      expect.stringMatching(/^sheet\.csv:9: guessed source-created in "джерело": /),
      'sheet.csv: 10 rows: 9 taken, 1 refused, 1 guess',
    ]);
  });

  it('writes to -o, reads standard input, and reports as JSON under --format json', () => {
    const text = readFileSync(join(fixtures, 'uk-team-sheet.csv'), 'utf8');
    const { code, stdout } = run(
      ['import', '-', '--map', 'map.json', '-o', 'out.json', '--format', 'json'],
      text,
    );
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({
      file: '<stdin>',
      output: 'out.json',
      report: { rows: 10, taken: 9 },
    });
    expect(document.report.refused).toEqual([
      expect.objectContaining({ line: 10, column: 'цифра', code: 'unreadable-figure' }),
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).format).toBe('swapledger/1');
  });

  it('turns guesses into refusals under --strict', () => {
    const { stderr } = run([
      'import',
      'sheet.csv',
      '--map',
      'map.json',
      '--strict',
      '-o',
      'strict.json',
    ]);
    expect(stderr).toContain('sheet.csv:9: refused unknown-source in "джерело"');
    expect(stderr).toContain('10 rows: 8 taken, 2 refused, 0 guesses');
  });

  it('exits 0 when every row is taken', () => {
    writeFileSync(
      join(dir, 'ok.csv'),
      'source,counted,figure,url\nReuters,held,"about 1,000",https://example.org/a\n',
    );
    writeFileSync(
      join(dir, 'ok.json'),
      JSON.stringify({
        parties: [
          { record: { id: 'UA', name: 'Ukraine', kind: 'state' } },
          { record: { id: 'RU', name: 'Russia', kind: 'state' } },
        ],
        sources: [
          { record: { id: 'reuters', name: 'Reuters', kind: 'outlet', affiliation: null } },
        ],
        subjects: [{ wording: 'held', subject: { type: 'held', holder: 'RU', of: 'UA' } }],
      }),
    );
    const { code, stdout, stderr } = run(['import', 'ok.csv', '--map', 'ok.json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).claims[0].value).toMatchObject({ low: 900, high: 1100 });
    expect(stderr).toBe('ok.csv: 1 row: 1 taken, 0 refused, 0 guesses\n');
  });

  it('refuses a mapping that is not valid with its issues at their line, exit 2, JSON on failure', () => {
    writeFileSync(join(dir, 'bad.json'), '{\n  "delimiter": "|"\n}\n');
    const text = run(['import', 'sheet.csv', '--map', 'bad.json']);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/^bad\.json:2:\d+: invalid-value /);
    const json = run(['import', 'sheet.csv', '--map', 'bad.json', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error.message).toContain('not a valid mapping');
  });

  it('gives its help, and refuses a missing FILE as a usage error', () => {
    expect(run(['import', '--help']).stdout).toMatch(/^Usage: swapledger import FILE/);
    expect(run(['import']).code).toBe(2);
    expect(run(['import', 'nothing-here.csv']).code).toBe(2);
  });
});
