#!/usr/bin/env node
// The `netpol` / `netpol-studio` command: loads the TypeScript CLI through tsx and runs it.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
