// The command line: picks the command, prints the overall help and the version, and turns every
// failure into one line on standard error and an exit code. Each command lives in commands/,
// reading its input through read.ts and writing through format.ts.
import { parse } from './commands/parse.js';
import { report } from './commands/report.js';
import { validate } from './commands/validate.js';
import { printable } from './format.js';
import { CliError, EXIT, writeFailure, type Io } from './io.js';
import packageJson from '../../package.json' with { type: 'json' };

export { EXIT, type Io } from './io.js';

const HELP = `swapledger ${packageJson.version}: validate and audit datasets of prisoner and detainee exchanges.

Usage:
  swapledger report [FILE]        audit a dataset (the embedded sample when no FILE is given)
  swapledger validate [FILE|-]    validate a dataset: one JSON document, or NDJSON (streamed)
  swapledger parse "TEXT"         show the count a phrase reads as, and the lexicon entries used
  swapledger COMMAND --help       help for a command
  swapledger --version

Exit codes: 0 success; 1 invalid data, or findings at or above --fail-on; 2 usage or I/O error.`;

/** Runs the command line and returns its exit code; it never throws. */
export async function run(argv: readonly string[], given: Io): Promise<number> {
  const [command, ...rest] = argv;
  // Output that cannot be written ends the command as an I/O error, not as a crash.
  const io: Io = {
    stderr: (text) => given.stderr(text),
    stdin: given.stdin,
    stderrIsTty: given.stderrIsTty,
    stdout: (text) => {
      try {
        given.stdout(text);
      } catch (error) {
        throw writeFailure(error);
      }
    },
  };
  // Every line on standard error goes through one escape: a file name, an option's value or a
  // message may hold characters that would drive the terminal.
  const fail = (message: string) => io.stderr(`swapledger: ${printable(message)}\n`);
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${HELP}\n`);
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
      fail(error.message);
      return error.code;
    }
    if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      fail(`${error.message}; run swapledger ${command} --help`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    fail(`unexpected failure: ${message}`);
    return EXIT.usage;
  }
}
