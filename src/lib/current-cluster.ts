// The cluster (and namespace) the app talks to: a tiny external store read by the transport, so
// every Kubernetes API path goes to /clusters/{name}/... for any cluster but the built-in demo.
export const DEMO_CLUSTER = 'demo';

export interface ClusterSelection {
  readonly cluster: string;
  /** The namespace shown in the cluster bar and listed; undefined until the cluster list is known. */
  readonly namespace: string | undefined;
}

type Listener = (selection: ClusterSelection) => void;

let current: ClusterSelection = { cluster: DEMO_CLUSTER, namespace: undefined };
const listeners = new Set<Listener>();

export function getClusterSelection(): ClusterSelection {
  return current;
}

/** Replaces the selection; listeners run only when something changed. */
export function setClusterSelection(next: ClusterSelection): void {
  if (next.cluster === current.cluster && next.namespace === current.namespace) return;
  current = next;
  for (const l of [...listeners]) l(current);
}

/** For useSyncExternalStore: returns the unsubscribe function. */
export function subscribeClusterSelection(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// Only the Kubernetes API is per cluster; /clusters itself, static files and the app's own
// routes are not.
const K8S_PATH = /^\/(?:api|apis|version|openapi)(?:[/?]|$)/;

/** `/clusters/{name}` + path for a Kubernetes API path when a cluster other than the demo is selected. */
export function clusterPath(path: string, cluster: string = current.cluster): string {
  if (cluster === DEMO_CLUSTER || !K8S_PATH.test(path)) return path;
  return `/clusters/${encodeURIComponent(cluster)}${path}`;
}
