// The set of clusters the app can talk to: the built-in demo cluster, every kubeconfig context and
// every CCE gateway target, with the one initially selected.
import { cceTargets, type CceOptions } from './cce';
import { kubeconfigFiles, loadKubeconfig } from './kubeconfig';
import { BridgeConfigError, type ClusterInfo, type RemoteTarget } from './types';

export const DEMO_CLUSTER = 'demo';

export interface LoadClustersOptions {
  /** --kubeconfig FILE; when absent KUBECONFIG (':'-separated) is used; neither means demo only. */
  readonly kubeconfigPath?: string;
  /** --context NAME: the initially selected cluster (any cluster name, including a CCE one or 'demo'). */
  readonly context?: string;
  readonly env: NodeJS.ProcessEnv;
  readonly cce?: CceOptions;
}

export interface ClusterRegistry {
  /** The name selected at start: --context, else the kubeconfig's current-context, else 'demo'. */
  readonly current: string;
  /** Bridged clusters by name (the demo cluster is not here: the server answers it itself). */
  readonly remotes: ReadonlyMap<string, RemoteTarget>;
  /** What GET /clusters shows, demo first. */
  list(): ClusterInfo[];
  /** Closes pooled connections to the clusters (on shutdown). */
  close(): void;
}

const demoInfo = (current: boolean): ClusterInfo => ({
  name: DEMO_CLUSTER,
  kind: 'demo',
  server: null,
  namespace: 'default',
  current,
  authKind: 'none',
  insecureSkipTLSVerify: false,
});

/** Reads the kubeconfig file(s) and CCE settings. Throws BridgeConfigError with a printable message. */
export async function loadClusters(options: LoadClustersOptions): Promise<ClusterRegistry> {
  const files = kubeconfigFiles(options.kubeconfigPath, options.env);
  const explicit = options.kubeconfigPath !== undefined && options.kubeconfigPath !== '';
  const kube = files.length > 0 ? await loadKubeconfig(files, explicit) : { targets: [], currentContext: undefined };
  const cce = await cceTargets(options.cce, options.env);
  const remotes = new Map<string, RemoteTarget>();
  for (const t of [...kube.targets, ...cce]) {
    if (t.info.name === DEMO_CLUSTER) {
      throw new BridgeConfigError(
        `the cluster name "demo" is reserved for the built-in demo cluster; rename the ${t.info.kind === 'cce' ? 'CCE cluster' : 'kubeconfig context'}`,
      );
    }
    if (t.info.name === '') throw new BridgeConfigError('a cluster or context name is empty');
    if (remotes.has(t.info.name)) {
      throw new BridgeConfigError(
        `the cluster name ${JSON.stringify(t.info.name)} is used twice (kubeconfig context and CCE cluster)`,
      );
    }
    remotes.set(t.info.name, t);
  }
  let current = DEMO_CLUSTER;
  if (options.context !== undefined && options.context !== '') {
    if (options.context !== DEMO_CLUSTER && !remotes.has(options.context)) {
      const known = [DEMO_CLUSTER, ...remotes.keys()].map((n) => JSON.stringify(n)).join(', ');
      throw new BridgeConfigError(`context ${JSON.stringify(options.context)} not found; known clusters: ${known}`);
    }
    current = options.context;
  } else if (kube.currentContext !== undefined) {
    current = kube.currentContext;
  }
  return {
    current,
    remotes,
    close: () => {
      for (const t of remotes.values()) t.close();
    },
    list: () => [
      demoInfo(current === DEMO_CLUSTER),
      ...[...remotes.values()].map((t) => ({ ...t.info, current: t.info.name === current })),
    ],
  };
}
