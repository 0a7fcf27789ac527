// `swapledger report --format html` and `-o`: the page the library makes, written where asked,
// with the same filters and exit codes as the other formats.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { buildCli, runCli } from '../cli-build.js';

let dir = '';
let cli = '';
const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '1' };
delete env['NO_COLOR'];

const run = (args: string[]) => runCli(cli, args, { cwd: dir, env });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'swapledger-cli-html-'));
  cli = await buildCli(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('swapledger report --format html', () => {
  it('writes one self-contained page with every finding of the sample to the file -o names', () => {
    const { code, stdout } = run(['report', '--format', 'html', '-o', 'report.html']);
    // The sample has findings of severity error: --fail-on error (the default) holds.
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/i);
    const total = audit(loadSampleDataset()).findings.length;
    expect(html).toContain(`${total} findings`);
  });

  it('prints the page on standard output without -o, and applies --only', () => {
    const { code, stdout } = run([
      'report',
      '--format=html',
      '--only',
      'asymmetric-exchange',
      '--fail-on',
      'none',
    ]);
    expect(code).toBe(0);
    const shown = audit(loadSampleDataset()).findings.filter(
      (f) => f.code === 'asymmetric-exchange',
    );
    expect(stdout).toContain(`${shown.length} findings`);
    expect(stdout).not.toContain('claims-disagree');
  });

  it('never writes colour codes into a file, whatever FORCE_COLOR says', () => {
    run(['report', '-o', 'report.txt', '--fail-on', 'none']);
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(text).toContain('Summary:');
    expect(text).not.toContain('\u001b[');
  });

  it('says why a file cannot be written, in one line, with the usage status', () => {
    const { code, stderr } = run(['report', '--format', 'html', '-o', 'no/such/dir/r.html']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no/such/dir/r.html: cannot be written (no such file or directory)');
  });

  it('writes no file for an invalid dataset, and tells its failure as without -o', () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ format: 'swapledger/1', claims: {} }));
    const { code, stdout } = run(['report', 'broken.json', '--format', 'json', '-o', 'out.json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ dataset: null, valid: false });
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('names html among the formats when another is asked for', () => {
    const { code, stderr } = run(['report', '--format', 'pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain('table, json, markdown or html');
  });
});
