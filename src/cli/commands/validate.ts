/// <reference types="node" />
// `swapledger validate`: checks a dataset, one JSON document or NDJSON streamed, and lists its
// issues.
import { parseArgs } from 'node:util';
import { DATASET_COLLECTIONS } from '../../dataset/DatasetSchema.js';
import { printValidation, progressDisplay } from '../format.js';
import { CliError, EXIT, type Io } from '../io.js';
import { validateNdjson } from '../ndjson.js';
import { checkDocument, ioFailure, openInput, readJsonStream } from '../read.js';

const HELP = `Usage: swapledger validate [FILE|-] [options]

Validates a dataset given as one JSON document, or as NDJSON (one record per line, such as
{"claim": {...}}, after a first line {"header": {"format": "swapledger/1"}}), from a file or
standard input (-). NDJSON is streamed: memory does not grow with the records. Every bad line is
reported with its number, the path in the record, a code and a message; references between
records are checked once everything is read.

Options:
  --format text|json   output format (default text)
  --max-errors N       print at most N issues (default 100); the count of the rest is given`;

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
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json, not "${format}"`, EXIT.usage);
  const maxErrors = maxErrorsOf(values['max-errors']);
  if (positionals.length > 1) throw new CliError('validate takes at most one FILE', EXIT.usage);
  const path = positionals[0] ?? '-';
  const maxIssues = Math.max(maxErrors, MIN_ISSUES_KEPT);

  const input = await openInput(path, io.stdin);
  if (input.ndjson) {
    const progress = progressDisplay(io);
    let result;
    try {
      result = await validateNdjson(input.stream, {
        maxIssues,
        ...(progress ? { onProgress: progress } : {}),
      });
    } catch (error) {
      throw ioFailure(path === '-' ? 'standard input' : path, error);
    }
    if (progress) io.stderr('\n');
    printValidation(
      io,
      {
        valid: result.issueCount === 0,
        format: 'ndjson',
        records: result.records,
        issues: result.issues,
        issueCount: result.issueCount,
      },
      format,
      maxErrors,
    );
    return result.issueCount === 0 ? EXIT.ok : EXIT.invalid;
  }

  const document = await readJsonStream(input.stream, path === '-' ? 'standard input' : path);
  const result = checkDocument(document, maxIssues);
  printValidation(
    io,
    {
      valid: result.success,
      format: 'json',
      records: recordCount(document),
      issues: result.success ? [] : result.error.issues,
      issueCount: result.success ? 0 : result.error.total,
    },
    format,
    maxErrors,
  );
  return result.success ? EXIT.ok : EXIT.invalid;
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
