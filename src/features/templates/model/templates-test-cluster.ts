// A small cluster for the template tests: pods in the templates' namespace, in a team=frontend
// namespace, elsewhere, and the cluster DNS in kube-system.
import type { Cluster, ClusterPod } from '../../../k8s/networking/semantics';

export const NS = 'shop';
export const pod = (
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ip: string,
  ports: ClusterPod['ports'] = [],
) => ({
  namespace,
  name,
  labels,
  ips: [ip],
  ports,
});
export const cluster: Cluster = {
  namespaces: [
    { name: NS, labels: { team: 'backend' } },
    { name: 'front', labels: { team: 'frontend' } },
    { name: 'other', labels: {} },
    { name: 'kube-system', labels: {} },
  ],
  pods: [
    pod(NS, 'api', { app: 'api' }, '10.0.0.1'),
    pod(NS, 'db', { app: 'db' }, '10.0.0.2', [{ containerPort: 5432, protocol: 'TCP', name: 'pg' }]),
    pod(NS, 'client', { role: 'db-client' }, '10.0.0.3'),
    pod(NS, 'web', { app: 'web' }, '10.0.0.4'),
    pod('front', 'web', { app: 'web' }, '10.0.1.1'),
    pod('front', 'worker', { app: 'worker' }, '10.0.1.2'),
    pod('other', 'web', { app: 'web' }, '10.0.2.1'),
    pod('other', 'client', { role: 'db-client' }, '10.0.2.2'),
    pod('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }, '10.0.9.10', [
      { containerPort: 53, protocol: 'UDP', name: 'dns' },
      { containerPort: 53, protocol: 'TCP', name: 'dns-tcp' },
    ]),
    pod('kube-system', 'metrics', { 'k8s-app': 'metrics-server' }, '10.0.9.11'),
  ],
};
