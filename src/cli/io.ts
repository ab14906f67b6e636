// The CLI's view of the outside world; tests pass fakes, bin/netpol-studio.js the real process.
import { readFile } from 'node:fs/promises';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads a file as UTF-8 text (default: node:fs). */
  readFile?: (path: string) => Promise<string>;
  /** Reads all of standard input (default: process.stdin). */
  readStdin?: () => Promise<string>;
}

export type ResolvedIO = Required<CliIO>;

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function resolveIO(io: CliIO): ResolvedIO {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    readFile: io.readFile ?? ((path) => readFile(path, 'utf8')),
    readStdin: io.readStdin ?? readProcessStdin,
  };
}
