/// <reference types="node" />
// `swapledger import`: reads a team's claim sheet (CSV, TSV, NDJSON or JSON) with a mapping file,
// writes the dataset, and tells every row it refused and every guess it made, at its line.
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import {
  sheetEmptyFile,
  sheetMapIsDirectory,
  sheetNotAFile,
  sheetOptionNeedsValue,
  sheetUnknownOption,
  sheetUtf16,
} from '../../_lib/messages.js';
import { mappingAmbiguities } from '../../sheet/_lib/ambiguity.js';
import { readSheet } from '../../sheet/readSheet.js';
import { safeImportSheet } from '../../sheet/safeImportSheet.js';
import { SheetMappingSchema, type SheetMapping } from '../../sheet/SheetMappingSchema.js';
import type { SheetProblem } from '../../sheet/SheetProblem.js';
import { constructors } from '../../validation/_lib/construct.js';
import { asJson, counted, figure, issueLine, issuesInWords, printable } from '../format.js';
import { causeOf, CliError, EXIT, WriteFailure, type Io } from '../io.js';
import {
  fileIssue,
  inputName,
  InputIssue,
  ioFailure,
  MAX_JSON_BYTES,
  openInput,
  placeInDocument,
  readJsonStream,
} from '../read.js';
import { badUtf8, columnOfBad, notUtf8 } from '../utf8.js';

export const IMPORT_HELP = `Usage: swapledger import FILE [options]

Imports a claim sheet (CSV or TSV, NDJSON, or JSON; a byte-order mark is ignored; gzip is
decompressed) into a dataset, read with a mapping file (docs/sheet.md). FILE - reads standard
input. The dataset goes to standard output, or to the file -o names. Every row that is not in it
is told on standard error as FILE:LINE: refused CODE in "COLUMN": MESSAGE, and every guess made
to take a row as FILE:LINE: guessed CODE in "COLUMN": MESSAGE, then a summary line.

Notices about the sheet as a whole (a column the mapping names that the sheet does not have, a
column nothing reads) are told as FILE:1: notice CODE in "COLUMN": MESSAGE. The summary counts
every row of the sheet, including the lines a broken quote swallowed.

Exits 0 when every row was taken, 1 when a row was refused (the dataset of the rest is still
written), 2 on a usage error, a mapping that is not valid or is ambiguous, or a file that cannot
be read: missing, a directory, empty, not UTF-8 (UTF-16 included), over 256 MB.

Options:
  --map FILE           the mapping (JSON); without it, the sheet is read in the default layout
  --strict             refuse a row rather than guess (create a source or party, or take an
                       unknown medium as "other")
  -o, --output FILE    write the dataset to FILE instead of standard output
  --format text|json   json prints one document on standard output: {"file", "dataset" (or
                       "output"), "report"}, also on failure, with "error" ("report" is null
                       when the import did not run, "file" null when no FILE was given)
  -h, --help           this help, as plain text whatever --format says`;

/**
 * Reads a sheet whole as text: gzip decompressed, UTF-8 only, its byte-order mark kept for the
 * reader to drop. A file that cannot be read as a sheet (missing, a directory, empty, UTF-16, not
 * UTF-8) is a usage failure (exit 2), told at its place where there is one.
 */
async function sheetText(path: string, io: Io): Promise<string> {
  const name = inputName(path);
  if (path !== '-') {
    let directory = false;
    try {
      directory = statSync(path).isDirectory();
    } catch (error) {
      throw ioFailure(path, error);
    }
    if (directory) throw new CliError(`${path}: ${sheetNotAFile()}`, EXIT.usage);
  }
  const stream = path === '-' ? io.stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) {
        stream.destroy();
        throw new CliError(
          `${name}: a sheet is read whole, and this one is over ${MAX_JSON_BYTES / 2 ** 20} MB`,
          EXIT.usage,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name}: cannot be read (${causeOf(error)})`, EXIT.usage);
  }
  let bytes = Buffer.concat(chunks, size);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_JSON_BYTES });
    } catch (error) {
      throw new CliError(`${name}: not valid gzip data (${causeOf(error)})`, EXIT.usage);
    }
  }
  const fail = (message: string, at?: { line: number; column: number }) =>
    new CliError(
      `${name}: ${at === undefined ? '' : `line ${at.line}, column ${at.column}: `}${message}`,
      EXIT.usage,
      { issues: [fileIssue(name, { path: [], code: 'invalid-input', message }, at)] },
    );
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw fail(sheetUtf16());
  const bad = badUtf8(bytes);
  if (bad !== undefined) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad.offset; i += 1)
      if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) {
        line += 1;
        lineStart = i + 1;
      }
    const column = columnOfBad(
      bytes.subarray(lineStart),
      { ...bad, offset: bad.offset - lineStart },
      line === 1,
    );
    throw fail(notUtf8(bad), { line, column });
  }
  const text = bytes.toString('utf8');
  if (text.replace(/^\uFEFF/, '').trim() === '') throw fail(sheetEmptyFile(path === '-'));
  return text;
}

/** The mapping in FILE, checked; a file that is not a mapping is a wrong option value (exit 2). */
async function mappingAt(path: string, io: Io, format: string): Promise<SheetMapping> {
  const name = inputName(path);
  let directory = false;
  try {
    directory = path !== '-' && statSync(path).isDirectory();
  } catch {
    // Missing or unreadable: told below, as any input is.
  }
  if (directory) throw new CliError(`--map ${name}: ${sheetMapIsDirectory()}`, EXIT.usage);
  let read;
  try {
    read = await readJsonStream((await openInput(path, io.stdin)).stream, name);
  } catch (error) {
    if (error instanceof InputIssue)
      throw new CliError(`--map ${error.message}`, EXIT.usage, { issues: [error.issue] });
    if (error instanceof CliError && !(error instanceof WriteFailure))
      throw new CliError(`--map ${error.message}`, EXIT.usage, error.details);
    throw error;
  }
  const checked = constructors(SheetMappingSchema).safe(read.value as SheetMapping);
  const ambiguous = checked.success ? mappingAmbiguities(checked.data) : [];
  if (checked.success && ambiguous.length === 0) return checked.data;
  const issues = placeInDocument(name, read.text, checked.success ? ambiguous : checked.error);
  if (format !== 'json') for (const issue of issues) io.stderr(issueLine(issue));
  throw new CliError(
    `--map ${name}: ${checked.success ? 'an ambiguous mapping' : 'not a valid mapping'} (${issuesInWords(issues.length)})`,
    EXIT.usage,
    { issues },
  );
}

const problemLine = (file: string, verdict: string, p: SheetProblem): string =>
  `${printable(`${file}:${p.line}: ${verdict} ${p.code}${p.column === '' ? '' : ` in ${JSON.stringify(p.column)}`}: ${p.message}`)}\n`;

const OPTIONS = {
  map: { type: 'string' },
  strict: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The arguments, or a usage failure in one line of the package's words. */
function parsed(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    const next = args[args.indexOf(option) + 1] ?? '';
    const words =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(message)
        ? sheetOptionNeedsValue(option, next)
        : code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
          ? sheetUnknownOption(option)
          : (message.split('\n')[0] as string);
    throw new CliError(`${words}; run swapledger import --help`, EXIT.usage);
  }
}

/**
 * Runs `swapledger import`; returns the exit code. Every failure carries the file and a null
 * report, so that --format json prints the documented document on failure too.
 */
export async function importCommand(args: string[], io: Io): Promise<number> {
  let file: string | null = null;
  try {
    return await importSheetFile(args, io, (name) => {
      file = name;
    });
  } catch (error) {
    if (error instanceof CliError && !(error instanceof WriteFailure))
      throw new CliError(error.message, error.code, { file, report: null, ...error.details });
    throw error;
  }
}

async function importSheetFile(
  args: string[],
  io: Io,
  named: (file: string) => void,
): Promise<number> {
  const { values, positionals } = parsed(args);
  if (positionals.length === 1) named(inputName(positionals[0] as string));
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json, not "${format}"`, EXIT.usage);
  if (positionals.length !== 1)
    throw new CliError(
      'import takes one FILE: swapledger import sheet.csv --map mapping.json',
      EXIT.usage,
    );
  const path = positionals[0] as string;
  if (path === '-' && values.map === '-')
    throw new CliError('--map - and the sheet cannot both come from standard input', EXIT.usage);
  const mapping = values.map === undefined ? {} : await mappingAt(values.map, io, format);
  const file = inputName(path);
  const read = readSheet(await sheetText(path, io), mapping);
  const result = safeImportSheet(read.rows, mapping, { strict: values.strict === true });
  if (!result.success)
    throw new CliError(
      `${values.map ?? 'the mapping'}: the records it adds do not make a valid dataset with the rows (${issuesInWords(result.error.length)}): ${result.error[0]?.message ?? ''}`,
      EXIT.usage,
      { issues: result.error },
    );
  const { dataset, report } = result.data;
  const refused = [...read.refused, ...report.refused].sort((a, b) => a.line - b.line);
  // Rows, not problems: a refused row may have several, and a refusal of the reader may stand
  // for several rows (a broken quote that swallowed lines, a header that names a column twice).
  let unread = 0;
  for (const p of read.refused) unread += p.rows ?? 1;
  const full = { ...report, rows: report.rows + unread, refused };
  const refusedRows = full.rows - report.taken;
  if (values.output !== undefined) {
    try {
      writeFileSync(values.output, `${JSON.stringify(dataset, null, 2)}\n`);
    } catch (error) {
      // The import ran: its report stays in the failure document.
      throw new CliError(`${values.output}: cannot be written (${causeOf(error)})`, EXIT.usage, {
        report: full,
      });
    }
  }
  if (format === 'json') {
    io.stdout(
      asJson({
        file,
        ...(values.output === undefined ? { dataset } : { output: values.output }),
        report: full,
      }),
    );
  } else {
    if (values.output === undefined) io.stdout(asJson(dataset));
    for (const p of refused) io.stderr(problemLine(file, 'refused', p));
    for (const p of report.guessed) io.stderr(problemLine(file, 'guessed', p));
    for (const p of report.notices) io.stderr(problemLine(file, 'notice', p));
    io.stderr(
      `${printable(file)}: ${counted(full.rows, 'row')}: ${figure(full.taken)} taken, ${figure(refusedRows)} refused, ${report.guessed.length} ${report.guessed.length === 1 ? 'guess' : 'guesses'}\n`,
    );
  }
  return refused.length > 0 ? EXIT.invalid : EXIT.ok;
}
