/// <reference types="node" />
// `swapledger import`: reads a team's claim sheet (CSV, TSV, NDJSON or JSON) with a mapping file,
// writes the dataset, and tells every row it refused and every guess it made, at its line.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readSheet } from '../../sheet/readSheet.js';
import { safeImportSheet } from '../../sheet/safeImportSheet.js';
import { SheetMappingSchema, type SheetMapping } from '../../sheet/SheetMappingSchema.js';
import type { SheetProblem } from '../../sheet/SheetProblem.js';
import { constructors } from '../../validation/_lib/construct.js';
import { asJson, counted, issueLine, issuesInWords, printable } from '../format.js';
import { causeOf, CliError, EXIT, type Io } from '../io.js';
import {
  inputName,
  InputIssue,
  MAX_JSON_BYTES,
  openInput,
  placeInDocument,
  readJsonStream,
  STDIN,
} from '../read.js';
import { badUtf8, notUtf8 } from '../utf8.js';

export const IMPORT_HELP = `Usage: swapledger import FILE [options]

Imports a claim sheet (CSV or TSV, NDJSON, or JSON; a byte-order mark is ignored; gzip is
decompressed) into a dataset, read with a mapping file (docs/sheet.md). FILE - reads standard
input. The dataset goes to standard output, or to the file -o names. Every row that is not in it
is told on standard error as FILE:LINE: refused CODE in "COLUMN": MESSAGE, and every guess made
to take a row as FILE:LINE: guessed CODE in "COLUMN": MESSAGE, then a summary line.

Exits 0 when every row was taken, 1 when a row was refused (the dataset of the rest is still
written), 2 on a usage error, a mapping that is not valid, or a file that cannot be read.

Options:
  --map FILE           the mapping (JSON); without it, the sheet is read in the default layout
  --strict             refuse a row rather than guess (create a source or party, or take an
                       unknown medium as "other")
  -o, --output FILE    write the dataset to FILE instead of standard output
  --format text|json   json prints one document on standard output: {"file", "dataset" (or
                       "output"), "report"}, also on failure, with "error"
  -h, --help           this help, as plain text whatever --format says`;

/** Reads an input whole as text: UTF-8 only, its byte-order mark kept for the reader to drop. */
async function sheetText(path: string, io: Io): Promise<string> {
  const name = inputName(path);
  const input = await openInput(path, io.stdin);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input.stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_JSON_BYTES)
        throw new CliError(
          `${name}: a sheet is read whole, and this one is over ${MAX_JSON_BYTES / 2 ** 20} MB`,
          EXIT.usage,
        );
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name}: cannot be read (${causeOf(error)})`, EXIT.usage);
  }
  const bytes = Buffer.concat(chunks, size);
  const bad = badUtf8(bytes);
  if (bad !== undefined) throw new InputIssue(name, notUtf8(bad));
  return bytes.toString('utf8');
}

/** The mapping in FILE, checked; a file that is not a mapping is a wrong option value (exit 2). */
async function mappingAt(path: string, io: Io, format: string): Promise<SheetMapping> {
  const name = inputName(path);
  let read;
  try {
    read = await readJsonStream((await openInput(path, io.stdin)).stream, name);
  } catch (error) {
    if (error instanceof InputIssue)
      throw new CliError(`--map ${error.message}`, EXIT.usage, { issues: [error.issue] });
    throw error;
  }
  const checked = constructors(SheetMappingSchema).safe(read.value as SheetMapping);
  if (checked.success) return checked.data;
  const issues = placeInDocument(name, read.text, checked.error);
  if (format !== 'json') for (const issue of issues) io.stderr(issueLine(issue));
  throw new CliError(
    `--map ${name}: not a valid mapping (${issuesInWords(issues.length)})`,
    EXIT.usage,
    {
      issues,
    },
  );
}

const problemLine = (file: string, verdict: string, p: SheetProblem): string =>
  `${printable(`${file}:${p.line}: ${verdict} ${p.code}${p.column === '' ? '' : ` in ${JSON.stringify(p.column)}`}: ${p.message}`)}\n`;

/** Runs `swapledger import`; returns the exit code. */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      map: { type: 'string' },
      strict: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
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
  const full = { ...report, rows: report.rows + read.refused.length, refused };
  if (values.output !== undefined) {
    try {
      writeFileSync(values.output, `${JSON.stringify(dataset, null, 2)}\n`);
    } catch (error) {
      throw new CliError(`${values.output}: cannot be written (${causeOf(error)})`, EXIT.usage);
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
    const where = file === STDIN ? 'standard input' : file;
    io.stderr(
      `${printable(where)}: ${counted(full.rows, 'row')}: ${full.taken} taken, ${refused.length} refused, ${report.guessed.length} ${report.guessed.length === 1 ? 'guess' : 'guesses'}\n`,
    );
  }
  return refused.length > 0 ? EXIT.invalid : EXIT.ok;
}
