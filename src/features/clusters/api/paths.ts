// Kubernetes paths of one named cluster (explicit, not the transport's current selection, so a
// query's URL always matches the cluster in its key).
import { clusterPath } from '../../../lib/current-cluster';

const enc = encodeURIComponent;

export const policiesPath = (cluster: string, namespace: string): string =>
  clusterPath(`/apis/networking.k8s.io/v1/namespaces/${enc(namespace)}/networkpolicies`, cluster);

export const policyPath = (cluster: string, namespace: string, name: string): string =>
  clusterPath(`/apis/networking.k8s.io/v1/namespaces/${enc(namespace)}/networkpolicies/${enc(name)}`, cluster);

export const podsPath = (cluster: string, namespace: string): string =>
  clusterPath(`/api/v1/namespaces/${enc(namespace)}/pods`, cluster);

export const namespacesPath = (cluster: string): string => clusterPath('/api/v1/namespaces', cluster);

/** Always the /clusters/{name}/ form, the demo included: the bridge answers it for every cluster. */
export const versionPath = (cluster: string): string => `/clusters/${enc(cluster)}/version`;
