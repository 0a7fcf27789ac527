// The command line: picks the command, prints the overall help and the version, and turns every
// failure into one line on standard error and an exit code (and, under --format json, into one
// JSON document on standard output). Each command lives in commands/, reading its input through
// read.ts and writing through format.ts.
import { errorsAsJson, wantsHelp } from './args.js';
import { importCommand, IMPORT_HELP } from './commands/import.js';
import { parse, PARSE_HELP } from './commands/parse.js';
import { report, REPORT_HELP } from './commands/report.js';
import { validate, VALIDATE_HELP } from './commands/validate.js';
import { asJson, printable } from './format.js';
import { CliError, EXIT, WriteFailure, writeFailure, type Io } from './io.js';
import packageJson from '../../package.json' with { type: 'json' };

export { EXIT, type Io } from './io.js';

const HELP = `swapledger ${packageJson.version}: validate and audit datasets of prisoner and detainee exchanges.

Usage:
  swapledger report [FILE]        audit a dataset (the embedded sample when no FILE is given)
  swapledger validate [FILE]...   validate datasets: JSON documents, or NDJSON (streamed)
  swapledger parse ["TEXT"]       show the count a phrase reads as, and the lexicon entries used
  swapledger import FILE          import a claim sheet (CSV, TSV, NDJSON) into a dataset
  swapledger COMMAND --help       help for a command (plain text, whatever --format says)
  swapledger --version

--format may also come before the command (swapledger --format json validate x); every other
option goes after it.

A FILE of - is standard input; gzip is decompressed. With no TEXT, parse reads one phrase a line
from standard input. Issues print as FILE:LINE:COLUMN: CODE MESSAGE. Colour on a terminal;
NO_COLOR=1 turns it off, FORCE_COLOR=1 on.

Exit codes: 0 success; 1 invalid data, or findings at or above --fail-on; 2 usage or I/O error;
141 the reader of the output left before the end (as \`cat\` gives under \`| head\`).`;

/** Each command: what runs it, and its usage. */
const COMMANDS: Record<string, { run: (args: string[], io: Io) => Promise<number>; help: string }> =
  {
    report: { run: report, help: REPORT_HELP },
    validate: { run: validate, help: VALIDATE_HELP },
    parse: { run: parse, help: PARSE_HELP },
    import: { run: importCommand, help: IMPORT_HELP },
  };

/** What comes before the command: the options that may, and the command with its own. */
interface Split {
  readonly command: string | undefined;
  /** `--format X` as given before the command, handed to it ahead of its own options. */
  readonly format: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  readonly rest: readonly string[];
}

/**
 * Takes the options given before the command: --format (as a program writes
 * `swapledger --format json validate x`), -h/--help and --version. Any other belongs to a command
 * and is refused there with the usage, rather than taken for the command's name.
 */
function splitCommand(argv: readonly string[]): Split {
  const format: string[] = [];
  let help = false;
  let version = false;
  let i = 0;
  for (; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--format') {
      const value = argv[i + 1];
      if (value === undefined)
        throw new CliError(
          '--format needs a value: swapledger --format json COMMAND; run swapledger --help',
          EXIT.usage,
        );
      format.push(arg, value);
      i += 1;
    } else if (arg.startsWith('--format=')) format.push(arg);
    else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') version = true;
    else if (arg === '--') {
      i += 1;
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      const option = arg.split('=')[0] as string;
      throw new CliError(
        `${option} goes after the command: swapledger COMMAND [options]; run swapledger --help`,
        EXIT.usage,
      );
    } else break;
  }
  return { command: argv[i], format, help, version, rest: argv.slice(i + 1) };
}

/** Runs the command line and returns its exit code; it never throws. */
export async function run(argv: readonly string[], given: Io): Promise<number> {
  let command: string | undefined;
  // Output that cannot be written ends the command as an I/O error, not as a crash.
  const io: Io = {
    stderr: (text) => given.stderr(text),
    stdin: given.stdin,
    stderrIsTty: given.stderrIsTty,
    color: given.color === true,
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
  // A program that asked for JSON reads standard output: it gets the failure there too, whether
  // --format came before the command or after it.
  const json = errorsAsJson(argv);
  try {
    if (argv.length === 0) {
      io.stdout(`${HELP}\n`);
      return EXIT.usage;
    }
    const split = splitCommand(argv);
    ({ command } = split);
    // Help and the version are for people: plain text, whatever --format asks for.
    if (split.version && !split.help) {
      io.stdout(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (command === undefined) {
      if (split.help) {
        io.stdout(`${HELP}\n`);
        return EXIT.ok;
      }
      throw new CliError('no command given; run swapledger --help', EXIT.usage);
    }
    if (command === 'help') {
      const [first] = split.rest;
      const topic = first === '-h' || first === '--help' ? undefined : first;
      if (topic !== undefined && !Object.hasOwn(COMMANDS, topic))
        throw new CliError(`no command "${topic}"; run swapledger --help`, EXIT.usage);
      io.stdout(`${topic === undefined ? HELP : COMMANDS[topic]?.help}\n`);
      return EXIT.ok;
    }
    if (!Object.hasOwn(COMMANDS, command))
      throw new CliError(`unknown command "${command}"; run swapledger --help`, EXIT.usage);
    const { run: runCommand, help } = COMMANDS[command] as (typeof COMMANDS)[string];
    // Given before the command, --format is the command's, as if written first after it: one
    // written after it still wins, as the last of two always does.
    const rest = [...split.format, ...split.rest];
    if (split.help || wantsHelp(rest)) {
      io.stdout(`${help}\n`);
      return EXIT.ok;
    }
    return await runCommand(rest, io);
  } catch (caught) {
    let error: CliError;
    if (caught instanceof CliError) error = caught;
    else if (
      caught instanceof TypeError &&
      (caught as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    )
      error = new CliError(`${usageMessage(caught)}; run swapledger ${command} --help`, EXIT.usage);
    else {
      const message = caught instanceof Error ? caught.message : String(caught);
      error = new CliError(`unexpected failure: ${message}`, EXIT.usage);
    }
    if (json && !(error instanceof WriteFailure)) {
      try {
        io.stdout(asJson({ ...error.details, error: { message: error.message } }));
      } catch {
        // Standard output is gone: standard error still says why.
      }
    }
    fail(error.message);
    return error.code;
  }
}

/**
 * Node's own words for a bad option, except where they misquote: its message for an unknown
 * option shows the way to pass a name starting with "-" with an unbalanced quote.
 */
function usageMessage(error: TypeError): string {
  const unknown = /^Unknown option '(.*?)'\. To specify/s.exec(error.message);
  if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown)
    return `unknown option "${unknown[1]}" (an argument starting with "-" goes after "--")`;
  return error.message;
}
