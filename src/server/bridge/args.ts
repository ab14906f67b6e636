// Takes the bridge's command-line options out of the server's argv, so main.ts can parse the rest
// as before: --kubeconfig FILE, --context NAME, --cce NAME=URL (repeatable), --cce-token-file FILE, --cce-ca-file FILE.
import { parseCceSpec, type CceClusterOption } from './cce';
import { BridgeConfigError } from './types';

export interface BridgeArgs {
  kubeconfigPath?: string;
  context?: string;
  cce: { clusters: CceClusterOption[]; tokenFile?: string; caFile?: string };
}

const OPTIONS = ['--kubeconfig', '--context', '--cce', '--cce-token-file', '--cce-ca-file'] as const;
type Option = (typeof OPTIONS)[number];

/** Splits argv into the bridge's options and everything else (in order). `--opt=value` works too. */
export function extractBridgeArgs(argv: readonly string[]): { bridge: BridgeArgs; rest: string[] } {
  const bridge: BridgeArgs = { cce: { clusters: [] } };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg : arg.slice(0, eq)) as Option;
    if (!OPTIONS.includes(name)) {
      rest.push(arg);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined || value === '') throw new BridgeConfigError(`${name} needs a value`);
    if (name === '--kubeconfig') bridge.kubeconfigPath = value;
    else if (name === '--context') bridge.context = value;
    else if (name === '--cce') bridge.cce.clusters.push(parseCceSpec(value));
    else if (name === '--cce-token-file') bridge.cce.tokenFile = value;
    else bridge.cce.caFile = value;
  }
  return { bridge, rest };
}
