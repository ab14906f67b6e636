// Temporary: replaced by the netpol CLI.
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}
export async function runCli(_args: string[], io: CliIO): Promise<number> {
  io.stderr('not yet\n');
  return 2;
}
