// The shape of one `netpol` subcommand in the registry of ./main.ts.
import type { ResolvedIO } from './io';

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** The full help text of the command. */
  usage: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run: (args: string[], io: ResolvedIO) => Promise<number>;
}

/** Exit codes shared by the commands. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
