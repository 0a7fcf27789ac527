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

/**
 * Whether a failure should be told as JSON: the last well-formed `--format` asks for it. A later
 * `--format` with no value or an unknown one is itself the usage error, and it is told in the
 * format asked for before it.
 */
export function errorsAsJson(args: readonly string[]): boolean {
  const given = options(args);
  let json = false;
  for (let i = 0; i < given.length; i += 1) {
    const arg = given[i] as string;
    const value =
      arg === '--format'
        ? given[i + 1]
        : arg.startsWith('--format=')
          ? arg.slice('--format='.length)
          : undefined;
    if (value === 'json') json = true;
    else if (value === 'text') json = false;
  }
  return json;
}
