// `netpol explain FILE`: what each NetworkPolicy in FILE means in plain language, what
// `kubectl describe` would show, and the warnings (pod-aware with --cluster). Printing only.
import { parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, type Command } from '../command';
import type { ResolvedIO } from '../io';
import {
  explainNetworkPolicy,
  indexCluster,
  policyWarnings,
  type ClusterIndex,
  type PolicyExplanation,
  type PolicyWarning,
} from '../../k8s/networking/semantics';
import { loadCluster, loadPolicies } from './reach';

const USAGE = `Usage: netpol explain [--cluster CLUSTER_FILE] [--output text|json] FILE

Explains every NetworkPolicy in FILE: which pods it selects, whether it isolates them for ingress
and egress, what each rule allows (with the AND/OR of peers and ports spelled out), the text of
'kubectl describe networkpolicy' (egress worded as egress), and warnings for common mistakes.
FILE is JSON or YAML (multi-document and kind: List included); '-' reads standard input.

Options:
  --cluster FILE     Namespace and Pod objects ('kubectl get ns,pods -A -o yaml'): adds pod counts,
                     named-port checks and ipBlock-over-pod-IP checks to the warnings
  -o, --output F     text (default) or json: [{"policy", "explanation", "warnings"}]
  -h, --help         show this help
`;

const SPECS = [
  { name: 'cluster', value: true },
  { name: 'output', short: 'o', value: true },
  { name: 'help', short: 'h', value: false },
];

interface Entry {
  explanation: PolicyExplanation;
  warnings: PolicyWarning[];
}

function renderText(entries: readonly Entry[], withCluster: boolean): string {
  const out: string[] = [];
  entries.forEach(({ explanation: e, warnings }, i) => {
    if (i > 0) out.push('', '='.repeat(60), '');
    out.push(
      e.text.trimEnd(),
      '',
      'As kubectl describe shows it:',
      ...e.describe
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
      '',
    );
    if (warnings.length === 0) {
      out.push(`Warnings: none${withCluster ? '' : ' (pass --cluster for pod-aware checks)'}`);
    } else {
      out.push('Warnings:');
      for (const w of warnings) out.push(`  ${w.severity} [${w.code}] ${w.field}: ${w.message}`);
    }
  });
  return `${out.join('\n')}\n`;
}

async function run(args: string[], io: ResolvedIO): Promise<number> {
  const fail = (msg: string): number => {
    io.stderr(`netpol explain: ${msg}\n`);
    return EXIT_USAGE;
  };
  const parsed = parseArgs(args, SPECS);
  if ('error' in parsed) return fail(`${parsed.error}\n\n${USAGE}`);
  if (parsed.options.has('help')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const clusterOpt = parsed.options.get('cluster');
  const outputOpt = parsed.options.get('output');
  const output = typeof outputOpt === 'string' ? outputOpt : 'text';
  if (output !== 'text' && output !== 'json')
    return fail(`--output must be text or json, not ${JSON.stringify(output)}`);
  if (parsed.positionals.length !== 1) return fail(`exactly one FILE is required\n\n${USAGE}`);
  const file = parsed.positionals[0] ?? '';
  const clusterFile = typeof clusterOpt === 'string' ? clusterOpt : undefined;
  if (file === '-' && clusterFile === '-') return fail('standard input (-) can be read only once');

  let index: ClusterIndex | undefined;
  if (clusterFile !== undefined) {
    const c = await loadCluster(clusterFile, io);
    if ('error' in c) return fail(c.error);
    for (const n of c.notes) io.stderr(`netpol explain: note: ${clusterFile}: ${n}\n`);
    index = indexCluster(c.cluster);
  }
  const loaded = await loadPolicies([file], io);
  if ('error' in loaded) return fail(loaded.error);
  if (loaded.policies.length === 0) return fail(`${file}: no NetworkPolicy found`);
  for (const n of loaded.notes) io.stderr(`netpol explain: note: ${n}\n`);

  const entries = loaded.policies.map((p) => ({
    explanation: explainNetworkPolicy(p),
    warnings: policyWarnings(p, index),
  }));
  if (output === 'json') {
    const json = entries.map((e) => ({
      policy: e.explanation.policy,
      explanation: e.explanation,
      warnings: e.warnings,
    }));
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(renderText(entries, index !== undefined));
  }
  return EXIT_OK;
}

export const explain: Command = {
  summary: 'Explain NetworkPolicies in plain language, with warnings',
  usage: USAGE,
  run,
};
