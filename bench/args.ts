/**
 * What the benchmarks' command lines have in common: a mistake in how a run was asked for is told
 * in one line, with no stack, and the run ends with exit code 2 before anything is measured.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a benchmark was asked for. */
export class Refused extends Error {}

/** A whole number from `min` to `max`, written in digits. */
export function count(name: string, text: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new Refused(
      `--${name} is a whole number ${max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`}, not ${JSON.stringify(text)}`,
    );
  return n;
}

/** The options given, every one known and each with its value, or {@link Refused}. */
export function options(
  config: NonNullable<ParseArgsConfig['options']>,
): Record<string, string | undefined> {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      allowPositionals: false,
      options: config,
    });
    return values as Record<string, string | undefined>;
  } catch (error) {
    // Node's own words, some of them over three lines, in one.
    const message = error instanceof Error ? error.message : String(error);
    throw new Refused(message.replace(/\s*\n\s*/g, ' '));
  }
}

/** Runs `main`; a {@link Refused} run prints its reason after `name` and exits with code 2. */
export async function run(name: string, main: () => unknown): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    console.error(`${name}: ${error.message}`);
    process.exitCode = 2;
  }
}
