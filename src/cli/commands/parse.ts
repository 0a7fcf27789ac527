/// <reference types="node" />
// `swapledger parse`: the count a phrase reads as, and the lexicon entries that decided it; for
// one phrase given as an argument, or for each line of standard input.
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import type { Lexicon } from '../../phrase/Lexicon.js';
import type { ParseCountOptions } from '../../phrase/ParseCountOptions.js';
import type { PhraseIssue } from '../../phrase/PhraseIssue.js';
import { lexiconSnapshot } from '../../phrase/_lib/lexiconSnapshot.js';
import { safeExplainCount } from '../../phrase/safeExplainCount.js';
import type { Issue } from '../../validation/Issue.js';
import {
  asJson,
  asJsonLine,
  issueLine,
  issuesInWords,
  printable,
  readingLine,
  readingText,
} from '../format.js';
import { CliError, EXIT, type Io } from '../io.js';
import { lines, type UnreadableLine } from '../ndjson.js';
import {
  fileIssue,
  inputName,
  InputIssue,
  openInput,
  placeInDocument,
  readJsonStream,
  STDIN,
} from '../read.js';

export const PARSE_HELP = `Usage: swapledger parse ["TEXT"] [options]

Shows the count a phrase reads as ("over 2,200", "сотні", "about 40"), with the entries of the
lexicon that decided it.

With no TEXT, or -, reads phrases from standard input, one a line (blank lines are skipped), and
prints one line for each as it goes: the phrase, a tab, its count. Under --format json each line
is one JSON object: {"line", "text", "count", "entries"}, or {"line", "text", "issues"} for a
phrase it cannot read. A phrase it cannot read is also told on standard error, as
<stdin>:LINE:COLUMN: CODE MESSAGE, and makes the exit code 1.

Options:
  --format text|json   output format (default text)
  --lexicon FILE       read with this lexicon, a JSON file of the shape of the package's
                       defaultLexicon (every table; see docs/phrases.md)
  -h, --help           this help, as plain text whatever --format says`;

/** Runs `swapledger parse`; returns the exit code. */
export async function parse(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lexicon: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json, not "${format}"`, EXIT.usage);
  if (positionals.length > 1)
    throw new CliError(
      'parse takes one TEXT, in quotes: swapledger parse "over 2,200"; or none, to read standard input',
      EXIT.usage,
    );
  const text = positionals[0];
  const fromStdin = text === undefined || text === '-';
  if (values.lexicon === '-' && fromStdin)
    throw new CliError('--lexicon - and phrases cannot both come from standard input', EXIT.usage);
  const options: ParseCountOptions | undefined =
    values.lexicon === undefined ? undefined : await lexiconAt(values.lexicon, io, format);
  if (fromStdin) return phrasesFrom(io.stdin, io, format, options);

  const result = safeExplainCount(text, options);
  if (!result.success) {
    const issue = result.error[0];
    // The message quotes the text as given, which may hold characters that act on a terminal.
    io.stderr(
      `${printable(issue?.message ?? 'cannot read the text')} [${issue?.code ?? 'unreadable-phrase'}]\n`,
    );
    // A program that asked for JSON gets the same object a line of standard input would give.
    if (format === 'json') io.stdout(asJson({ text, issues: result.error }));
    return EXIT.invalid;
  }
  io.stdout(format === 'json' ? asJson(result.data) : readingText(result.data));
  return EXIT.ok;
}

/**
 * Reads each line of a stream as a phrase and prints its reading at once, so that a long list
 * shows results as it goes. A line that cannot be read is told and does not stop the rest.
 */
async function phrasesFrom(
  stream: Readable,
  io: Io,
  format: string,
  options: ParseCountOptions | undefined,
): Promise<number> {
  let code: number = EXIT.ok;
  let number = 0;
  for await (const line of lines(stream, () => undefined)) {
    number += 1;
    // A line as typed: no byte-order mark at the very start (the reader keeps no line ending).
    const text =
      typeof line === 'string' ? (number === 1 ? line.replace(/^\uFEFF/, '') : line) : undefined;
    if (text !== undefined && text.trim() === '') continue;
    const result =
      typeof line !== 'string'
        ? { success: false as const, error: [unreadable(line)] }
        : safeExplainCount(text ?? line, options);
    if (result.success) {
      io.stdout(
        format === 'json'
          ? asJsonLine({ line: number, text, ...result.data })
          : readingLine(text ?? '', result.data),
      );
      continue;
    }
    code = EXIT.invalid;
    const issues = result.error.map((issue) => phraseIssue(issue, number));
    for (const issue of issues) io.stderr(issueLine(issue));
    if (format === 'json')
      io.stdout(asJsonLine({ line: number, text: text ?? null, issues: result.error }));
  }
  return code;
}

/**
 * The issue of a line the reader could not hand over: longer than any phrase, or not UTF-8,
 * with the column of its first bad byte.
 */
function unreadable(line: UnreadableLine): Issue & { readonly start?: number } {
  return {
    path: [],
    code: line.code,
    message: line.unreadable,
    ...(line.column === undefined ? {} : { start: line.column - 1 }),
  };
}

/** A phrase's issue at its place on its line of standard input. */
function phraseIssue(issue: Issue | PhraseIssue, line: number) {
  const column = 'start' in issue && issue.start !== undefined ? issue.start + 1 : 1;
  return fileIssue(STDIN, { path: [], code: issue.code, message: issue.message }, { line, column });
}

/**
 * The lexicon in a file, checked as the library checks one. The object as read is what is passed
 * on, so that the library, which remembers the lexicons it has checked, checks it only once.
 */
async function lexiconAt(path: string, io: Io, format: string): Promise<ParseCountOptions> {
  const name = inputName(path);
  let read;
  try {
    read = await readJsonStream((await openInput(path, io.stdin)).stream, name);
  } catch (error) {
    // A file that is no JSON at all is a wrong option value, as a missing one is: exit 2.
    if (error instanceof InputIssue)
      throw new CliError(`--lexicon ${error.message}`, EXIT.usage, { issues: [error.issue] });
    throw error;
  }
  const checked = lexiconSnapshot(read.value);
  if (checked.success) return { lexicon: read.value as Lexicon };
  // The library's paths start at the option ("lexicon"); in the file they start at its root.
  const issues = placeInDocument(
    name,
    read.text,
    checked.error.map((issue) => ({
      ...issue,
      path: issue.path[0] === 'lexicon' ? issue.path.slice(1) : issue.path,
    })),
  );
  if (format !== 'json') for (const issue of issues) io.stderr(issueLine(issue));
  throw new CliError(
    `--lexicon ${name}: not a valid lexicon (${issuesInWords(issues.length)})`,
    EXIT.usage,
    { issues },
  );
}
