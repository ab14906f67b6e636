// Kubernetes paths of one named cluster (the list endpoints' are in src/lib/k8s-api) (explicit, not the transport's current selection, so a
// query's URL always matches the cluster in its key).
import { clusterPath } from '../../../lib/current-cluster';

const enc = encodeURIComponent;

export const policyPath = (cluster: string, namespace: string, name: string): string =>
  clusterPath(`/apis/networking.k8s.io/v1/namespaces/${enc(namespace)}/networkpolicies/${enc(name)}`, cluster);

/** Always the /clusters/{name}/ form, the demo included: the bridge answers it for every cluster. */
export const versionPath = (cluster: string): string => `/clusters/${enc(cluster)}/version`;
