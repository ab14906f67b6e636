// The cluster model the engine evaluates against: namespaces with labels, pods with labels, IPs and
// container ports, built from Kubernetes Namespace and Pod objects (a List, lists, or single objects).
import type { Protocol } from '../types';

export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export interface ContainerPort {
  name?: string;
  containerPort: number;
  /** Defaults to TCP, as core/v1 ContainerPort does. */
  protocol: Protocol | (string & {});
}

export interface ClusterNamespace {
  name: string;
  labels: Record<string, string>;
}

export interface ClusterPod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  /** status.podIPs (or status.podIP); empty when the pod has no IP yet. */
  ips: string[];
  /** Every container's ports, flattened (named ports resolve across all containers). */
  ports: ContainerPort[];
}

export interface Cluster {
  namespaces: ClusterNamespace[];
  pods: ClusterPod[];
}

export const podKey = (p: { namespace: string; name: string }): string => `${p.namespace}/${p.name}`;

/** Namespace labels as the apiserver stores them: it always sets kubernetes.io/metadata.name. */
export function namespaceLabels(name: string, labels: Record<string, string> | undefined): Record<string, string> {
  return { ...(labels ?? {}), [NAMESPACE_NAME_LABEL]: name };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

function podPorts(spec: unknown): ContainerPort[] {
  const out: ContainerPort[] = [];
  if (!isRecord(spec)) return out;
  for (const list of [spec.initContainers, spec.containers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      // Init containers only serve while they run unless they are sidecars (restartPolicy Always).
      if (list === spec.initContainers && !(isRecord(c) && c.restartPolicy === 'Always')) continue;
      if (!isRecord(c) || !Array.isArray(c.ports)) continue;
      for (const p of c.ports) {
        if (!isRecord(p) || typeof p.containerPort !== 'number') continue;
        const port: ContainerPort = {
          containerPort: p.containerPort,
          protocol: typeof p.protocol === 'string' && p.protocol !== '' ? p.protocol : 'TCP',
        };
        if (typeof p.name === 'string' && p.name !== '') port.name = p.name;
        out.push(port);
      }
    }
  }
  return out;
}

function podIPs(status: unknown): string[] {
  if (!isRecord(status)) return [];
  const ips: string[] = [];
  if (Array.isArray(status.podIPs)) {
    for (const x of status.podIPs) if (isRecord(x) && typeof x.ip === 'string' && x.ip !== '') ips.push(x.ip);
  }
  if (typeof status.podIP === 'string' && status.podIP !== '' && !ips.includes(status.podIP)) ips.unshift(status.podIP);
  return ips;
}

/** Flattens Lists (kind List, NamespaceList, PodList, anything with `items`) into single objects. */
export function flattenObjects(input: unknown): unknown[] {
  if (Array.isArray(input)) return input.flatMap(flattenObjects);
  if (
    isRecord(input) &&
    Array.isArray(input.items) &&
    (typeof input.kind !== 'string' || input.kind.endsWith('List'))
  ) {
    return input.items.flatMap(flattenObjects);
  }
  return input === null || input === undefined ? [] : [input];
}

export interface BuildClusterResult {
  cluster: Cluster;
  /** Objects that were skipped or fixed up, in words (for the CLI and the UI to show). */
  notes: string[];
}

/**
 * Builds a Cluster from Namespace and Pod objects; other kinds are ignored with a note. Pods in a
 * namespace that is not listed get that namespace with only its default name label.
 */
export function buildCluster(input: unknown): BuildClusterResult {
  const notes: string[] = [];
  const namespaces = new Map<string, ClusterNamespace>();
  const pods: ClusterPod[] = [];
  const seenPods = new Set<string>();
  for (const obj of flattenObjects(input)) {
    if (!isRecord(obj)) {
      notes.push('skipped an item that is not an object');
      continue;
    }
    const meta = isRecord(obj.metadata) ? obj.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : '';
    if (obj.kind === 'Namespace') {
      if (name === '') notes.push('skipped a Namespace without metadata.name');
      else namespaces.set(name, { name, labels: namespaceLabels(name, stringMap(meta.labels)) });
    } else if (obj.kind === 'Pod') {
      const ns = typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : 'default';
      if (name === '') {
        notes.push(`skipped a Pod without metadata.name in namespace ${ns}`);
        continue;
      }
      const key = `${ns}/${name}`;
      const phase = isRecord(obj.status) ? obj.status.phase : undefined;
      if (phase === 'Succeeded' || phase === 'Failed') {
        // Completed pods (kubectl shows them) have no running containers: nothing can reach them.
        notes.push(`skipped Pod ${key} in phase ${phase}`);
        continue;
      }
      if (seenPods.has(key)) {
        notes.push(`skipped duplicate Pod ${key}`);
        continue;
      }
      seenPods.add(key);
      if (isRecord(obj.spec) && obj.spec.hostNetwork === true) {
        // Upstream leaves policy on host-network pods undefined; most plugins do not apply it.
        notes.push(
          `Pod ${key} uses hostNetwork: NetworkPolicy behaviour for it is undefined (most network plugins do not apply policies to it); it is simulated like any other pod`,
        );
      }
      pods.push({
        namespace: ns,
        name,
        labels: stringMap(meta.labels),
        ips: podIPs(obj.status),
        ports: podPorts(obj.spec),
      });
    } else {
      notes.push(
        `ignored ${typeof obj.kind === 'string' ? obj.kind : 'an object without kind'}${name ? ` ${name}` : ''}`,
      );
    }
  }
  for (const p of pods) {
    if (!namespaces.has(p.namespace)) {
      notes.push(`namespace ${p.namespace} is not listed; assuming only its ${NAMESPACE_NAME_LABEL} label`);
      namespaces.set(p.namespace, { name: p.namespace, labels: namespaceLabels(p.namespace, {}) });
    }
  }
  return { cluster: { namespaces: [...namespaces.values()], pods }, notes };
}
