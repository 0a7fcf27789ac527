/// <reference types="node" />
// `swapledger validate`: checks datasets, each one JSON document or NDJSON streamed, and lists
// their issues at the place in the file each one is.
import { parseArgs } from 'node:util';
import { DATASET_COLLECTIONS } from '../../dataset/DatasetSchema.js';
import {
  printable,
  printIssues,
  progressDisplay,
  validationJson,
  verdictLine,
  type FileValidation,
} from '../format.js';
import { CliError, EXIT, WriteFailure, type Io } from '../io.js';
import { validateNdjson } from '../ndjson.js';
import {
  checkDocument,
  inputName,
  InputIssue,
  ioFailure,
  openInput,
  placeInDocument,
  placeOnLines,
  readJsonStream,
} from '../read.js';

export const VALIDATE_HELP = `Usage: swapledger validate [FILE...] [options]

Validates datasets, each given as one JSON document, or as NDJSON (one record per line, such as
{"claim": {...}}, after a first line {"header": {"format": "swapledger/1"}}), from files or from
standard input (- or no FILE). Gzip is decompressed, and a byte-order mark skipped; text must be
UTF-8. NDJSON is streamed: memory does not grow with the records. Each issue is one line,
FILE:LINE:COLUMN: CODE PATH: MESSAGE, at the value it is about; then one verdict line per FILE.
References between records are checked once everything is read.

Exit 0 when every FILE is valid, 1 when one is not, 2 when one cannot be read.

Options:
  --format text|json   output format (default text); json prints one document for all FILEs
  --max-errors N       print at most N issues in all (default 100); the count of the rest is given
  -h, --help           this help, as plain text whatever --format says`;

/** Issues kept in memory at least, so that the count of the rest stays exact enough to give. */
const MIN_ISSUES_KEPT = 1000;

/** Runs `swapledger validate`; returns the exit code. */
export async function validate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'max-errors': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json, not "${format}"`, EXIT.usage);
  const maxErrors = maxErrorsOf(values['max-errors']);
  const paths = positionals.length === 0 ? ['-'] : positionals;
  if (paths.filter((path) => path === '-').length > 1)
    throw new CliError('standard input (-) can be read only once', EXIT.usage);

  const files: FileValidation[] = [];
  // The issues still to print, across every file, as a compiler stops listing after so many.
  let budget = maxErrors;
  let code: number = EXIT.ok;
  for (const path of paths) {
    const file = await validateOne(path, io, budget);
    files.push(file);
    budget -= file.issues.length;
    code = Math.max(
      code,
      file.error !== undefined ? EXIT.usage : file.valid ? EXIT.ok : EXIT.invalid,
    );
    // A file that cannot be read is said on standard error in every format, as any failure is.
    if (file.error !== undefined) {
      io.stderr(`swapledger: ${printable(file.error)}\n`);
      continue;
    }
    if (format === 'json') continue;
    // Printed as each file is done, so that a long run shows its results as it goes.
    printIssues(io, file.issues, file.issueCount);
    io.stdout(verdictLine(file));
  }
  if (format === 'json') io.stdout(validationJson(files));
  return code;
}

/**
 * Validates one input, keeping its first `shown` issues placed in the file. A file that cannot be
 * read gives its reason instead of stopping the others; only a failure to write stops them all.
 */
async function validateOne(path: string, io: Io, shown: number): Promise<FileValidation> {
  const name = inputName(path);
  const maxIssues = Math.max(shown, MIN_ISSUES_KEPT);
  try {
    const input = await openInput(path, io.stdin);
    if (input.ndjson) {
      const progress = progressDisplay(io);
      let result;
      try {
        result = await validateNdjson(input.stream, {
          maxIssues,
          ...(progress ? { onProgress: progress.show } : {}),
        });
      } catch (error) {
        throw ioFailure(name, error);
      } finally {
        progress?.clear();
      }
      return {
        file: name,
        format: 'ndjson',
        valid: result.issueCount === 0,
        records: result.records,
        issues: await placeOnLines(input, result.issues.slice(0, shown)),
        issueCount: result.issueCount,
      };
    }
    const { text, value } = await readJsonStream(input.stream, name);
    const result = checkDocument(value, maxIssues);
    return {
      file: name,
      format: 'json',
      valid: result.success,
      records: recordCount(value),
      issues: result.success
        ? []
        : placeInDocument(name, text, result.error.issues.slice(0, shown)),
      issueCount: result.success ? 0 : result.error.total,
    };
  } catch (error) {
    // Bytes that are no dataset at all are one issue of the file, like any other.
    if (error instanceof InputIssue)
      return {
        file: name,
        format: null,
        valid: false,
        records: 0,
        issues: shown > 0 ? [error.issue] : [],
        issueCount: 1,
      };
    // Anything else unforeseen is a fault of the command, reported as one by main.ts.
    if (error instanceof WriteFailure || !(error instanceof CliError)) throw error;
    const failed = { file: name, format: null, valid: false, records: 0, issueCount: 0 };
    return { ...failed, issues: [], error: error.message };
  }
}

/** The value of --max-errors: digits only, since Number() reads "" and " " as 0. */
function maxErrorsOf(value: string | undefined): number {
  if (value === undefined) return 100;
  if (!/^\d+$/.test(value.trim()))
    throw new CliError(`--max-errors takes a whole number, not "${value}"`, EXIT.usage);
  return Number(value);
}

/** How many records a JSON document holds: the lengths of its collections that are lists. */
function recordCount(document: unknown): number {
  if (document === null || typeof document !== 'object') return 0;
  let records = 0;
  for (const collection of Object.keys(DATASET_COLLECTIONS)) {
    const list = (document as Record<string, unknown>)[collection];
    if (Array.isArray(list)) records += list.length;
  }
  return records;
}
