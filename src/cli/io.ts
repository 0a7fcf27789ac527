/// <reference types="node" />
import type { Readable } from 'node:stream';

/**
 * Exit codes, as documented in docs/cli.md. `closed` is what a shell shows for a tool ended by
 * SIGPIPE (128 + 13), which is what `cat` or `grep` give when the reader of their output leaves.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, closed: 141 } as const;

/**
 * A failure with a message for the user and an exit code; never shown with a stack. `details`
 * are what `--format json` adds to its document beside the message (the issues of a dataset).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Output that could not be written: nothing more is printed on standard output after it. */
export class WriteFailure extends CliError {}

/** Where the CLI writes; injectable so that tests and services can capture it. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  readonly stderrIsTty: boolean;
  /** Whether standard output may be coloured (see color.ts); off when absent. */
  readonly color?: boolean;
}

/** Why a system call failed, in the system's own words: "no space left on device". */
export function causeOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node writes "ENOSPC: no space left on device, write": the words are between code and call.
  return /^E[A-Z0-9]+: ([^,]+)/.exec(message)?.[1] ?? message;
}

/** The failure for output that cannot be written (a full disk, a device error). */
export function writeFailure(error: unknown): CliError {
  return error instanceof CliError
    ? error
    : new WriteFailure(`cannot write the output: ${causeOf(error)}`, EXIT.usage);
}
