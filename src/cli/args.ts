// What the arguments ask for before they are parsed: help, and the output format. Both are read
// first so that they hold even when another argument is wrong: `-h` after a bad option still
// prints the usage, and `--format json` still gets its error as JSON.

/** The arguments before a `--`, after which nothing is an option. */
const options = (args: readonly string[]): readonly string[] => {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
};

/** Whether `-h` or `--help` is among the options. */
export function wantsHelp(args: readonly string[]): boolean {
  return options(args).some((arg) => arg === '-h' || arg === '--help');
}

/** The value of the last `--format X` or `--format=X`, as parseArgs would take it. */
export function formatAsked(args: readonly string[]): string | undefined {
  const given = options(args);
  let format: string | undefined;
  for (let i = 0; i < given.length; i += 1) {
    const arg = given[i] as string;
    if (arg === '--format') format = given[i + 1];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
  }
  return format;
}
