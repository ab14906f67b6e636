// A small shop cluster for the review's unit tests (namespaces with labels, pods with ports and IPs).
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { buildCluster, indexCluster, type ClusterIndex } from './engine';

const ns = (name: string, labels: Record<string, string> = {}) => ({
  kind: 'Namespace',
  metadata: { name, labels },
});
const pod = (namespace: string, name: string, labels: Record<string, string>, ip: string, ports: object[] = []) => ({
  kind: 'Pod',
  metadata: { namespace, name, labels },
  spec: { containers: [{ name: 'c', ports }] },
  status: { podIP: ip },
});

export function shopIndex(): ClusterIndex {
  const { cluster } = buildCluster([
    ns('default'),
    ns('shop', { team: 'storefront' }),
    ns('payments', { team: 'payments', compliance: 'pci' }),
    pod('default', 'debug', { run: 'debug' }, '10.0.0.5'),
    pod('shop', 'frontend', { app: 'frontend', tier: 'web' }, '10.0.1.1', [{ name: 'http', containerPort: 8080 }]),
    pod('shop', 'cart', { app: 'cart', tier: 'backend' }, '10.0.1.2', [{ name: 'grpc', containerPort: 7070 }]),
    pod('payments', 'api', { app: 'payments-api' }, '10.0.2.1', [{ name: 'https', containerPort: 8443 }]),
  ]);
  return indexCluster(cluster);
}

export const policy = (namespace: string, name: string, spec: NetworkPolicy['spec']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace },
  spec,
});
