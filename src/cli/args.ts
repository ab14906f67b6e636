// A small argument parser: `--name value`, `--name=value`, `-n value`, boolean flags, `--` and a
// lone `-` (stdin) as a positional. Errors are returned, never thrown, so usage errors exit 2.

export interface OptionSpec {
  /** Long name without dashes, e.g. "output". */
  name: string;
  short?: string;
  /** True when the option takes a value. */
  value: boolean;
}

export interface ParsedArgs {
  options: Map<string, string | true>;
  positionals: string[];
}

export function parseArgs(args: readonly string[], specs: readonly OptionSpec[]): ParsedArgs | { error: string } {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const name = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1, 2);
    const spec = specs.find((s) => (long ? s.name === name : s.short === name));
    if (spec === undefined) return { error: `unknown flag: ${long ? `--${name}` : `-${name}`}` };
    if (!spec.value) {
      if (long && eq >= 0) return { error: `flag --${spec.name} takes no value` };
      options.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (long && eq >= 0) value = arg.slice(eq + 1);
    else if (!long && arg.length > 2) value = arg.slice(2).replace(/^=/, '');
    else value = args[++i];
    if (value === undefined) return { error: `flag --${spec.name} needs a value` };
    options.set(spec.name, value);
  }
  return { options, positionals };
}
