/// <reference types="node" />
// The `swapledger` command.
import { fstatSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { colorWanted } from './color.js';
import { printable } from './format.js';
import { EXIT, writeFailure } from './io.js';
import { run } from './main.js';

// A reader that stops early (`swapledger report | head`) closes the pipe. Unix tools die of
// SIGPIPE then, which a shell shows as status 141; Node ignores that signal, so the same status
// is given by hand, with nothing printed: the reader asked for no more. Any other failure to
// write (a full disk) is an I/O error: one line saying why, and exit code 2, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.closed);
  process.stderr.write(`swapledger: ${printable(writeFailure(error).message)}\n`);
  process.exit(EXIT.usage);
});
// With standard error gone there is nowhere left to say why.
process.stderr.on('error', (error: NodeJS.ErrnoException) =>
  process.exit(error.code === 'EPIPE' ? EXIT.closed : EXIT.usage),
);

/**
 * Standard input. Node hands a directory over as a stream that ends at once, which would read as
 * empty input; a read of it gives the real error (EISDIR) to report instead.
 */
function standardInput(): Readable {
  try {
    if (fstatSync(0).isDirectory()) readSync(0, Buffer.alloc(1));
  } catch (error) {
    return new Readable({
      read() {
        this.destroy(error as Error);
      },
    });
  }
  return process.stdin;
}

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: standardInput(),
  stderrIsTty: process.stderr.isTTY === true,
  color: colorWanted(process.env, process.stdout.isTTY === true),
});
process.exitCode = code;
