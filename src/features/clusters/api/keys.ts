// Query keys of the clusters feature. Every key holds the cluster name, so nothing read from one
// cluster is ever shown for another.
export const clusterKeys = {
  all: ['clusters'] as const,
  list: () => [...clusterKeys.all, 'list'] as const,
  cluster: (cluster: string) => [...clusterKeys.all, 'cluster', cluster] as const,
  version: (cluster: string) => [...clusterKeys.cluster(cluster), 'version'] as const,
  namespaces: (cluster: string) => [...clusterKeys.cluster(cluster), 'namespaces'] as const,
  policies: (cluster: string, namespace: string) =>
    [...clusterKeys.cluster(cluster), 'networkpolicies', namespace] as const,
  pods: (cluster: string, namespace: string) => [...clusterKeys.cluster(cluster), 'pods', namespace] as const,
};
