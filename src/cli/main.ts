// The `netpol` command: dispatches subcommands from a small registry. Each command lives in
// ./commands/<name>.ts; adding one is adding its module and one line to `commands`.
import { EXIT_USAGE as USAGE_ERROR, type Command } from './command';
import { explain } from './commands/explain';
import { reach } from './commands/reach';
import { validate } from './commands/validate';
import { resolveIO, type CliIO } from './io';

export type { CliIO } from './io';
export type { Command } from './command';

export const commands: Record<string, Command> = {
  validate,
  explain,
  reach,
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length), 4);
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'netpol: NetworkPolicy Studio on the command line (networking.k8s.io/v1 NetworkPolicy).',
    '',
    'Usage:',
    '  netpol <command> [options] [arguments]',
    '',
    'Commands:',
    ...lines,
    `  ${'help'.padEnd(width)}  Show this help, or the help of a command (netpol help <command>)`,
    '',
    "Run 'netpol <command> --help' for the options of a command.",
    '',
  ].join('\n');
}

export async function runCli(args: string[], rawIO: CliIO): Promise<number> {
  const io = resolveIO(rawIO);
  try {
    const [name, ...rest] = args;
    if (name === undefined) {
      io.stderr(usage());
      return USAGE_ERROR;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      if (topic === undefined) {
        io.stdout(usage());
        return 0;
      }
      const cmd = Object.hasOwn(commands, topic) ? commands[topic] : undefined;
      if (cmd === undefined) {
        io.stderr(`netpol: unknown command "${topic}"\n\n${usage()}`);
        return USAGE_ERROR;
      }
      io.stdout(cmd.usage);
      return 0;
    }
    const cmd = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (cmd === undefined) {
      io.stderr(`netpol: unknown command "${name}"\n\n${usage()}`);
      return USAGE_ERROR;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(cmd.usage);
      return 0;
    }
    return await cmd.run(rest, io);
  } catch (e) {
    // A bug must still end with a message and an exit code, never a stack trace.
    io.stderr(`netpol: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return USAGE_ERROR;
  }
}
