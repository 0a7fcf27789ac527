/// <reference types="node" />
import type { Readable } from 'node:stream';

/** Exit codes, as documented in docs/cli.md. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A failure with a message for the user and an exit code; never shown with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Where the CLI writes; injectable so that tests and services can capture it. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  readonly stderrIsTty: boolean;
}
