#!/usr/bin/env node
// The `netpol` / `netpol-studio` command: loads the TypeScript CLI through tsx and runs it.
import { register } from 'tsx/esm/api';

// A closed pipe (`netpol validate ... | head -1`) ends the output quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
