/// <reference types="node" />
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { audit } from '../audit/audit.js';
import type { Finding } from '../audit/Finding.js';
import {
  findingCodes,
  SEVERITIES,
  type FindingCode,
  type Severity,
} from '../audit/findingCodes.js';
import { formatCount } from '../count/formatCount.js';
import { DATASET_COLLECTIONS, type Dataset } from '../dataset/DatasetSchema.js';
import type { Result } from '../result/Result.js';
import { validateDataset } from '../dataset/validateDataset.js';
import { safeExplainCount } from '../phrase/safeExplainCount.js';
import { loadSampleDataset } from '../sample/loadSampleDataset.js';
import { formatPath } from '../validation/formatPath.js';
import type { Issue } from '../validation/Issue.js';
import { jsonErrorPosition } from './jsonErrorPosition.js';
import { RECORD_KINDS, validateNdjson, type LineIssue } from './ndjson.js';
import packageJson from '../../package.json' with { type: 'json' };

/** Exit codes, as documented in docs/cli.md. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A failure with a message for the user and an exit code; never shown with a stack. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Where the CLI writes; injectable so that tests and services can capture it. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  readonly stderrIsTty: boolean;
}

const MAX_JSON_BYTES = 256 * 2 ** 20;

const HELP = {
  main: `swapledger ${packageJson.version}: validate and audit datasets of prisoner and detainee exchanges.

Usage:
  swapledger report [FILE]        audit a dataset (the embedded sample when no FILE is given)
  swapledger validate [FILE|-]    validate a dataset: one JSON document, or NDJSON (streamed)
  swapledger parse "TEXT"         show the count a phrase reads as, and the lexicon entries used
  swapledger COMMAND --help       help for a command
  swapledger --version

Exit codes: 0 success; 1 invalid data, or findings at or above --fail-on; 2 usage or I/O error.`,
  report: `Usage: swapledger report [FILE] [options]

Audits a dataset (JSON, or NDJSON with one record per line) and prints its findings, grouped by
severity, with a summary. With no FILE, audits the embedded sample of reported Russia–Ukraine
exchanges.

Options:
  --format table|json|markdown   output format (default table)
  --only CODE,...                only these finding codes
  --min-severity LEVEL           hide findings below LEVEL (error, conflict, warning, info)
  --fail-on LEVEL                exit 1 when a finding is at or above LEVEL (default error;
                                 none never fails on findings)`,
  validate: `Usage: swapledger validate [FILE|-] [options]

Validates a dataset given as one JSON document, or as NDJSON (one record per line, such as
{"claim": {...}}, after a first line {"header": {"format": "swapledger/1"}}), from a file or
standard input (-). NDJSON is streamed: memory does not grow with the records. Every bad line is
reported with its number, the path in the record, a code and a message; references between
records are checked once everything is read.

Options:
  --format text|json   output format (default text)
  --max-errors N       print at most N issues (default 100); the count of the rest is given`,
  parse: `Usage: swapledger parse "TEXT" [--format text|json]

Shows the count a phrase reads as ("over 2,200", "сотні", "about 40"), with the entries of the
lexicon that decided it.`,
} as const;

function severityOf(
  value: string | undefined,
  option: string,
  none = false,
): Severity | 'none' | undefined {
  if (value === undefined) return undefined;
  if (none && value === 'none') return 'none';
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new CliError(
      `${option} must be one of ${SEVERITIES.join(', ')}${none ? ' or none' : ''}, not "${value}"`,
      EXIT.usage,
    );
  }
  return value as Severity;
}

function openFile(path: string): { size: number } {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : `${path}: cannot be read (${code ?? 'unknown error'})`,
      EXIT.usage,
    );
  }
  if (stat.isDirectory())
    throw new CliError(`${path}: is a directory, not a dataset file`, EXIT.usage);
  return { size: stat.size };
}

/** Decides between one JSON document and NDJSON from the name, or else from the first line. */
function looksLikeNdjson(path: string, head: string): boolean {
  if (/\.(ndjson|jsonl)$/i.test(path)) return true;
  if (/\.json$/i.test(path)) return false;
  const first = head.split('\n', 1)[0]?.trim() ?? '';
  return /^\{"(header|party|source|cohort|agreement|exchange|claim)"\s*:/.test(first);
}

function lineAndColumn(text: string): string {
  const position = jsonErrorPosition(text);
  if (position === undefined) return '';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

function tooLarge(path: string, size: number): CliError {
  return new CliError(
    `${path}: ${(size / 2 ** 30).toFixed(1)} GB is too large to read as one JSON document (the limit is ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
    EXIT.usage,
  );
}

/** The first bytes of a file, without reading the rest. */
function headOf(path: string, size: number): Buffer {
  const head = Buffer.alloc(Math.min(size, 8192));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

function isBinary(sample: Buffer): boolean {
  return sample.subarray(0, 8192).includes(0);
}

/** Reads a JSON document (the whole file), with line and column on a syntax error. */
function readJsonDocument(path: string, size: number): unknown {
  if (size === 0) throw new CliError(`${path}: the file is empty`, EXIT.invalid);
  if (size > MAX_JSON_BYTES) {
    throw new CliError(
      `${path}: ${(size / 2 ** 30).toFixed(1)} GB is too large to read as one JSON document (the limit is ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
      EXIT.usage,
    );
  }
  const bytes = readFileSync(path);
  if (isBinary(bytes))
    throw new CliError(`${path}: this is binary data, not JSON or NDJSON`, EXIT.invalid);
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${path}: not valid JSON${lineAndColumn(text)}`, EXIT.invalid);
  }
}

function printIssues(
  io: Io,
  issues: readonly (Issue | LineIssue)[],
  total: number,
  max: number,
): void {
  for (const issue of issues.slice(0, max)) {
    const where = 'line' in issue ? `line ${issue.line}: ` : '';
    io.stdout(
      `${where}${issue.path.length > 0 ? `${formatPath(issue.path)}: ` : ''}${issue.message} [${issue.code}]\n`,
    );
  }
  if (total > max) io.stdout(`… and ${total - max} more issue${total - max === 1 ? '' : 's'}\n`);
}

async function loadDataset(path: string | undefined, io: Io): Promise<Dataset> {
  if (path === undefined) return loadSampleDataset();
  const { size } = openFile(path);
  if (size > 2 ** 30)
    throw new CliError(
      `${path}: ${(size / 2 ** 30).toFixed(1)} GB is too large to audit in memory; validate it with swapledger validate, which streams`,
      EXIT.usage,
    );
  const head = headOf(path, size);
  if (size > 0 && isBinary(head))
    throw new CliError(`${path}: this is binary data, not JSON or NDJSON`, EXIT.invalid);
  const result = looksLikeNdjson(path, head.toString('utf8'))
    ? await datasetFromNdjson(createReadStream(path))
    : invalidOr(validateDataset(readJsonDocument(path, size)));
  if (!result.success) {
    const { issues, total } = result.error;
    printIssues(io, issues, total, 20);
    throw new CliError(
      `${path}: the dataset is not valid (${total} issue${total === 1 ? '' : 's'}); run swapledger validate for all of them`,
      EXIT.invalid,
    );
  }
  return result.data;
}

type Loaded = Result<Dataset, { readonly issues: readonly Issue[]; readonly total: number }>;

const invalidOr = (result: Result<Dataset, readonly Issue[]>): Loaded =>
  result.success
    ? result
    : { success: false, error: { issues: result.error, total: result.error.length } };

/** Reads a whole NDJSON dataset into memory for the audit (which needs every record at once). */
async function datasetFromNdjson(stream: Readable): Promise<Loaded> {
  let text = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  // The streaming validator gives line numbers; only a file it accepts is assembled and typed.
  const { Readable: ReadableStream } = await import('node:stream');
  const check = await validateNdjson(ReadableStream.from([Buffer.from(text)]));
  if (check.issueCount > 0)
    return { success: false, error: { issues: check.issues, total: check.issueCount } };
  let header: unknown = {};
  const collections: Record<string, unknown[]> = {};
  for (const collection of Object.keys(DATASET_COLLECTIONS)) collections[collection] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim(); // as the validator reads it: a byte-order mark is whitespace
    if (trimmed === '') continue;
    const value = JSON.parse(trimmed) as Record<string, unknown>;
    const [kind] = Object.keys(value) as [keyof typeof RECORD_KINDS];
    if (kind === 'header') header = value[kind];
    else collections[RECORD_KINDS[kind]]?.push(value[kind]);
  }
  // Spreading defines own properties, so a header key such as "__proto__" stays plain data.
  const document = { ...(header as object), ...collections };
  return invalidOr(validateDataset(document));
}

function table(findings: readonly Finding[]): string {
  let out = '';
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out += `${severity.toUpperCase()} (${group.length})\n`;
    for (const f of group) out += `  ${f.code.padEnd(25)} ${f.message}\n`;
    out += '\n';
  }
  return out;
}

function markdown(findings: readonly Finding[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  let out = '| Severity | Code | Finding |\n| --- | --- | --- |\n';
  for (const f of findings) out += `| ${f.severity} | \`${f.code}\` | ${cell(f.message)} |\n`;
  return out;
}

async function report(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      only: { type: 'string' },
      'min-severity': { type: 'string' },
      'fail-on': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(`${HELP.report}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError('report takes at most one FILE', EXIT.usage);
  const format = values.format ?? 'table';
  if (!['table', 'json', 'markdown'].includes(format))
    throw new CliError(`--format must be table, json or markdown, not "${format}"`, EXIT.usage);
  const only = values.only
    ?.split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  for (const code of only ?? []) {
    if (!Object.hasOwn(findingCodes, code))
      throw new CliError(
        `--only: unknown finding code "${code}" (known: ${Object.keys(findingCodes).join(', ')})`,
        EXIT.usage,
      );
  }
  const minSeverity = severityOf(values['min-severity'], '--min-severity') as Severity | undefined;
  const failOn = severityOf(values['fail-on'], '--fail-on', true) ?? 'error';
  const dataset = await loadDataset(positionals[0], io);
  const result = audit(dataset);
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  const shown = result.findings.filter(
    (f) =>
      (only === undefined || only.includes(f.code)) &&
      (minSeverity === undefined || rank(f.severity) <= rank(minSeverity)),
  );
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, shown.filter((f) => f.severity === s).length]),
  );
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of shown) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ dataset: dataset.title ?? null, summary: { bySeverity, byCode }, findings: shown }, null, 2)}\n`,
    );
  } else if (format === 'markdown') {
    io.stdout(markdown(shown));
  } else {
    io.stdout(
      `${dataset.title ?? 'Dataset'}: ${dataset.exchanges.length} exchanges, ${dataset.claims.length} claims\n\n`,
    );
    io.stdout(table(shown));
    const codes = Object.entries(byCode)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    io.stdout(
      `Summary: ${SEVERITIES.map((s) => `${bySeverity[s]} ${s}`).join(', ')}${codes ? ` (${codes})` : ''}\n`,
    );
  }
  if (failOn === 'none') return EXIT.ok;
  return shown.some((f) => rank(f.severity) <= rank(failOn)) ? EXIT.invalid : EXIT.ok;
}

async function validate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'max-errors': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(`${HELP.validate}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json, not "${format}"`, EXIT.usage);
  const maxErrors = values['max-errors'] === undefined ? 100 : Number(values['max-errors']);
  if (!Number.isInteger(maxErrors) || maxErrors < 0)
    throw new CliError('--max-errors takes a whole number', EXIT.usage);
  if (positionals.length > 1) throw new CliError('validate takes at most one FILE', EXIT.usage);
  const path = positionals[0] ?? '-';

  let ndjson: boolean;
  let stream: Readable;
  if (path === '-') {
    // Standard input: NDJSON is streamed; a single JSON document is read whole.
    const chunks: Buffer[] = [];
    let sniffed = false;
    ndjson = false;
    const iterator = (io.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (!first.done) {
      chunks.push(first.value);
      sniffed = true;
      ndjson = looksLikeNdjson('-', first.value.toString('utf8'));
    }
    const { Readable: R } = await import('node:stream');
    stream = R.from(
      (async function* () {
        for (const c of chunks) yield c;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value as Buffer;
        }
      })(),
    );
    if (!sniffed) throw new CliError('standard input is empty', EXIT.invalid);
  } else {
    const { size } = openFile(path);
    if (size === 0) throw new CliError(`${path}: the file is empty`, EXIT.invalid);
    const head = headOf(path, size);
    ndjson = looksLikeNdjson(path, head.toString('utf8'));
    if (!ndjson && size > MAX_JSON_BYTES) throw tooLarge(path, size);
    if (isBinary(head))
      throw new CliError(`${path}: this is binary data, not JSON or NDJSON`, EXIT.invalid);
    stream = createReadStream(path);
  }

  if (ndjson) {
    const started = Date.now();
    const progress = io.stderrIsTty
      ? (p: { records: number; bytes: number; errors: number }) => {
          const seconds = Math.max(0.001, (Date.now() - started) / 1000);
          io.stderr(
            `\r${p.records.toLocaleString('en-US')} records, ${(p.bytes / 2 ** 20).toFixed(1)} MB, ${Math.round(p.records / seconds).toLocaleString('en-US')} records/s, ${p.errors} errors   `,
          );
        }
      : undefined;
    const reopen = path === '-' ? undefined : () => createReadStream(path);
    const result = await validateNdjson(stream, {
      ...(reopen ? { reopen } : {}),
      maxIssues: Math.max(maxErrors, 1000),
      ...(progress ? { onProgress: progress } : {}),
    });
    if (progress) io.stderr('\n');
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify({ valid: result.issueCount === 0, format: 'ndjson', records: result.records, issueCount: result.issueCount, issues: result.issues.slice(0, maxErrors), omitted: Math.max(0, result.issueCount - maxErrors) }, null, 2)}\n`,
      );
    } else {
      printIssues(io, result.issues, result.issueCount, maxErrors);
      io.stdout(
        `${result.records.toLocaleString('en-US')} records read: ${result.issueCount === 0 ? 'valid' : `${result.issueCount} issue${result.issueCount === 1 ? '' : 's'}`}\n`,
      );
    }
    return result.issueCount === 0 ? EXIT.ok : EXIT.invalid;
  }

  let text = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.length > MAX_JSON_BYTES)
      throw new CliError(
        `input is too large to read as one JSON document (over ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
        EXIT.usage,
      );
  }
  if (text.trim() === '')
    throw new CliError(
      `${path === '-' ? 'standard input' : path}: the file is empty`,
      EXIT.invalid,
    );
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new CliError(
      `${path === '-' ? 'standard input' : path}: not valid JSON${lineAndColumn(text)}`,
      EXIT.invalid,
    );
  }
  const result = validateDataset(input, { maxIssues: Math.max(maxErrors, 1000) });
  const issues = result.success ? [] : result.error;
  const counts =
    input !== null && typeof input === 'object'
      ? ['parties', 'sources', 'cohorts', 'agreements', 'exchanges', 'claims'].reduce(
          (n, k) =>
            n +
            (Array.isArray((input as Record<string, unknown>)[k])
              ? ((input as Record<string, unknown[]>)[k]?.length ?? 0)
              : 0),
          0,
        )
      : 0;
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ valid: result.success, format: 'json', records: counts, issueCount: issues.length, issues: issues.slice(0, maxErrors), omitted: Math.max(0, issues.length - maxErrors) }, null, 2)}\n`,
    );
  } else {
    printIssues(io, issues, issues.length, maxErrors);
    io.stdout(
      `${counts.toLocaleString('en-US')} records read: ${result.success ? 'valid' : `${issues.length} issue${issues.length === 1 ? '' : 's'}`}\n`,
    );
  }
  return result.success ? EXIT.ok : EXIT.invalid;
}

function parse(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    io.stdout(`${HELP.parse}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new CliError(
      'parse takes one TEXT, in quotes: swapledger parse "over 2,200"',
      EXIT.usage,
    );
  const result = safeExplainCount(positionals[0] as string);
  if (!result.success) {
    const issue = result.error[0];
    io.stderr(
      `${issue?.message ?? 'cannot read the text'} [${issue?.code ?? 'unreadable-phrase'}]\n`,
    );
    return EXIT.invalid;
  }
  if (values.format === 'json') io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
  else {
    io.stdout(`${formatCount(result.data.count)}\n${JSON.stringify(result.data.count)}\n`);
    for (const entry of result.data.entries) io.stdout(`  ${entry}\n`);
  }
  return EXIT.ok;
}

/** Runs the command line and returns its exit code; it never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${HELP.main}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (command === 'report') return await report(rest, io);
    if (command === 'validate') return await validate(rest, io);
    if (command === 'parse') return parse(rest, io);
    throw new CliError(`unknown command "${command}"; run swapledger --help`, EXIT.usage);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`swapledger: ${error.message}\n`);
      return error.code;
    }
    if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`swapledger: ${error.message}; run swapledger ${command} --help\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`swapledger: unexpected failure: ${message}\n`);
    return EXIT.usage;
  }
}
