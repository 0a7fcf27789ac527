// What every client check shares: named cases that report ✔ or ✖ and never stop the others,
// and a way to run a command and keep what it printed. Runs in the scratch project (see
// scripts/clients.mjs), so `swapledger` and the clients resolve as a user's install has them.
import { spawnSync } from 'node:child_process';

/** Runs one named case; a thrown error marks it failed and the process exits 1 at the end. */
export async function check(name, body) {
  try {
    await body();
    console.log(`✔ ${name}`);
  } catch (error) {
    process.exitCode = 1;
    console.error(`✖ ${name}\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`);
  }
}

/** Runs a command; returns its exit status and what it wrote, whatever the status. */
export function run(file, args, options = {}) {
  const out = spawnSync(file, args, { encoding: 'utf8', ...options });
  return { status: out.status, signal: out.signal, stdout: out.stdout, stderr: out.stderr };
}
