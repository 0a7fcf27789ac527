/// <reference types="node" />
// The `swapledger` command.
import { run } from './main.js';

// A reader that stops early (`swapledger report | head`) closes the pipe: that ends the command
// quietly, as for any command-line tool, instead of an unhandled error with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE')
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stderrIsTty: process.stderr.isTTY === true,
});
process.exitCode = code;
