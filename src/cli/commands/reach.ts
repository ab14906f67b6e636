// `netpol reach`: the reachability matrix of a cluster's pods under a set of NetworkPolicies for
// one port and protocol, as a grid or as JSON. The work is in the core (semantics engine).
import { parseArgs } from '../args';
import type { ResolvedIO } from '../io';
import { EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { expandListItems, parseDocuments } from '../../k8s/codec';
import type { NetworkPolicy } from '../../k8s/networking/types';
import {
  buildCluster,
  matrixGet,
  policyNamespace,
  policyWarnings,
  reachabilityMatrix,
  type Cluster,
  type ReachabilityMatrix,
} from '../../k8s/networking/semantics';

/** Reads FILE ('-' = stdin) and returns every object in it, Lists and multi-document streams unwrapped. */
export async function loadObjects(file: string, io: ResolvedIO): Promise<{ objects: unknown[] } | { error: string }> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : e instanceof Error
            ? e.message
            : String(e);
    return { error: `cannot read ${file}: ${why}` };
  }
  const parsed = parseDocuments(text);
  const first = parsed.errors[0];
  if (first !== undefined) return { error: `${file}:${first.startLine}:${first.startColumn}: ${first.message}` };
  const objects = parsed.documents.filter((d) => !d.empty).flatMap((d) => expandListItems(d.value).map((i) => i.value));
  return { objects };
}

export async function loadCluster(
  file: string,
  io: ResolvedIO,
): Promise<{ cluster: Cluster; notes: string[] } | { error: string }> {
  const loaded = await loadObjects(file, io);
  if ('error' in loaded) return loaded;
  return buildCluster(loaded.objects);
}

const isPolicy = (o: unknown): o is NetworkPolicy =>
  typeof o === 'object' && o !== null && (o as { kind?: unknown }).kind === 'NetworkPolicy';

/** Every NetworkPolicy in the files; other kinds are reported as notes. */
export async function loadPolicies(
  files: readonly string[],
  io: ResolvedIO,
): Promise<{ policies: NetworkPolicy[]; notes: string[] } | { error: string }> {
  const policies: NetworkPolicy[] = [];
  const notes: string[] = [];
  for (const f of files) {
    const loaded = await loadObjects(f, io);
    if ('error' in loaded) return loaded;
    for (const o of loaded.objects) {
      if (isPolicy(o)) policies.push(o);
      else
        notes.push(
          `${f}: ignored ${typeof (o as { kind?: unknown })?.kind === 'string' ? (o as { kind: string }).kind : 'an object without kind'}`,
        );
    }
  }
  return { policies, notes };
}

/** The JSON form: every ordered pair of distinct pods. */
export function matrixJSON(m: ReachabilityMatrix): string {
  const matrix: Record<string, Record<string, boolean>> = {};
  m.pods.forEach((from, i) => {
    const row: Record<string, boolean> = {};
    m.pods.forEach((to, j) => {
      if (i !== j) row[to] = matrixGet(m, i, j);
    });
    matrix[from] = row;
  });
  return `${JSON.stringify({ probe: { port: m.probe.port, protocol: m.probe.protocol }, matrix }, null, 2)}\n`;
}

/** A grid like the e2e suite's truth tables: rows are sources, "." allowed, "X" denied. */
export function matrixGrid(m: ReachabilityMatrix): string {
  const n = m.pods.length;
  if (n === 0) return `probe ${m.probe.port}/${m.probe.protocol}: no pods\n`;
  const w = Math.max(4, ...m.pods.map((p) => p.length));
  const cw = Math.max(1, ...m.pods.map((p) => p.length));
  const lines = [
    `probe ${m.probe.port}/${m.probe.protocol}: rows are sources (from), columns destinations (to); "." allowed, "X" denied, "-" self`,
    '',
  ];
  lines.push([''.padEnd(w), ...m.pods.map((p) => p.padEnd(cw))].join(' ').trimEnd());
  let allowed = 0;
  for (let i = 0; i < n; i++) {
    const cells = m.pods.map((_, j) => {
      if (i === j) return '-'.padEnd(cw);
      const ok = matrixGet(m, i, j);
      if (ok) allowed++;
      return (ok ? '.' : 'X').padEnd(cw);
    });
    lines.push([(m.pods[i] ?? '').padEnd(w), ...cells].join(' ').trimEnd());
  }
  lines.push('', `${allowed} of ${n * (n - 1)} connections allowed`);
  return `${lines.join('\n')}\n`;
}

const USAGE = `Usage: netpol reach --cluster CLUSTER_FILE --port N [--protocol TCP|UDP|SCTP] [--output text|json] POLICY_FILE...

Prints which pods can connect to which on one port and protocol, with the NetworkPolicies of the
POLICY_FILEs applied together (a connection needs the source's egress and the destination's ingress).

CLUSTER_FILE holds Namespace and Pod objects: a List or multi-document YAML/JSON, as
'kubectl get ns,pods -A -o yaml' prints them (labels, spec.containers[].ports, status.podIP).
A file name of '-' reads standard input.

Options:
  --cluster FILE     the Namespace and Pod objects (required)
  --port N           the destination port, 1-65535 (required)
  --protocol P       TCP (default), UDP or SCTP
  -o, --output F     text (default): a grid; json: {"probe": {...}, "matrix": {"ns/pod": {"ns/pod": bool}}}
  -h, --help         show this help
`;

const SPECS = [
  { name: 'cluster', value: true },
  { name: 'port', value: true },
  { name: 'protocol', value: true },
  { name: 'output', short: 'o', value: true },
  { name: 'help', short: 'h', value: false },
];

async function run(args: string[], io: ResolvedIO): Promise<number> {
  const fail = (msg: string): number => {
    io.stderr(`netpol reach: ${msg}\n`);
    return EXIT_USAGE;
  };
  const parsed = parseArgs(args, SPECS);
  if ('error' in parsed) return fail(`${parsed.error}\n\n${USAGE}`);
  const opt = (k: string): string | undefined => {
    const v = parsed.options.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  if (parsed.options.has('help')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const clusterFile = opt('cluster');
  if (clusterFile === undefined) return fail('--cluster CLUSTER_FILE is required');
  const portText = opt('port');
  if (portText === undefined) return fail('--port N is required');
  if (!/^[0-9]+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    return fail(`--port must be a number from 1 to 65535, not ${JSON.stringify(portText)}`);
  }
  const protocol = (opt('protocol') ?? 'TCP').toUpperCase();
  if (!['TCP', 'UDP', 'SCTP'].includes(protocol))
    return fail(`--protocol must be TCP, UDP or SCTP, not ${JSON.stringify(opt('protocol'))}`);
  const output = opt('output') ?? 'text';
  if (output !== 'text' && output !== 'json')
    return fail(`--output must be text or json, not ${JSON.stringify(output)}`);
  if (parsed.positionals.length === 0) return fail(`at least one POLICY_FILE is required\n\n${USAGE}`);
  if (parsed.positionals.filter((f) => f === '-').length + (clusterFile === '-' ? 1 : 0) > 1) {
    return fail('standard input (-) can be read only once');
  }

  const cluster = await loadCluster(clusterFile, io);
  if ('error' in cluster) return fail(cluster.error);
  if (cluster.cluster.pods.length === 0) return fail(`${clusterFile}: no Pod objects found`);
  const policies = await loadPolicies(parsed.positionals, io);
  if ('error' in policies) return fail(policies.error);
  // Parts the API server would reject match nothing here; say so rather than fail.
  const invalid = policies.policies.flatMap((p) =>
    policyWarnings(p)
      .filter((w) => w.code.startsWith('Invalid') || w.code === 'ExceptOutsideCIDR')
      .map((w) => `${policyNamespace(p)}/${p.metadata?.name ?? ''}: ${w.field}: ${w.message}`),
  );
  for (const note of [...cluster.notes.map((n) => `${clusterFile}: ${n}`), ...policies.notes, ...invalid]) {
    io.stderr(`netpol reach: note: ${note}\n`);
  }

  const m = reachabilityMatrix(cluster.cluster, policies.policies, { port: Number(portText), protocol });
  io.stdout(output === 'json' ? matrixJSON(m) : matrixGrid(m));
  return EXIT_OK;
}

export const reach: Command = {
  summary: 'Show which pods can reach which on a port, with NetworkPolicies applied',
  usage: USAGE,
  run,
};
