/// <reference types="node" />
// `swapledger parse`: the count a phrase reads as, and the lexicon entries that decided it.
import { parseArgs } from 'node:util';
import { safeExplainCount } from '../../phrase/safeExplainCount.js';
import { asJson, printable, readingText } from '../format.js';
import { CliError, EXIT, type Io } from '../io.js';

const HELP = `Usage: swapledger parse "TEXT" [--format text|json]

Shows the count a phrase reads as ("over 2,200", "сотні", "about 40"), with the entries of the
lexicon that decided it.`;

/** Runs `swapledger parse`; returns the exit code. */
export function parse(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json, not "${format}"`, EXIT.usage);
  if (positionals.length !== 1)
    throw new CliError(
      'parse takes one TEXT, in quotes: swapledger parse "over 2,200"',
      EXIT.usage,
    );
  const result = safeExplainCount(positionals[0] as string);
  if (!result.success) {
    const issue = result.error[0];
    // The message quotes the text as given, which may hold characters that act on a terminal.
    io.stderr(
      `${printable(issue?.message ?? 'cannot read the text')} [${issue?.code ?? 'unreadable-phrase'}]\n`,
    );
    return EXIT.invalid;
  }
  io.stdout(format === 'json' ? asJson(result.data) : readingText(result.data));
  return EXIT.ok;
}
