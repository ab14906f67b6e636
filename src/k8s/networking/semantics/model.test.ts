import { describe, expect, it } from 'vitest';
import { buildCluster, flattenObjects } from './model';
import { xyzClusterList } from './testing/xyz-model';

describe('buildCluster', () => {
  it('reads a kubectl List of namespaces and pods', () => {
    const { cluster, notes } = buildCluster(xyzClusterList());
    expect(notes).toEqual([]);
    expect(cluster.namespaces.map((n) => n.name)).toEqual(['x', 'y', 'z']);
    expect(cluster.pods).toHaveLength(9);
    expect(cluster.pods[0]).toMatchObject({ namespace: 'x', name: 'a', labels: { pod: 'a' }, ips: ['10.244.1.11'] });
    expect(cluster.pods[0]?.ports).toContainEqual({ name: 'serve-81-udp', containerPort: 81, protocol: 'UDP' });
  });

  it('sets the namespace name label, defaults protocol and namespace, reads podIPs and sidecars', () => {
    const { cluster, notes } = buildCluster([
      {
        kind: 'NamespaceList',
        items: [
          {
            kind: 'Namespace',
            metadata: { name: 'prod', labels: { env: 'prod', 'kubernetes.io/metadata.name': 'wrong' } },
          },
        ],
      },
      {
        kind: 'Pod',
        metadata: { name: 'p', labels: { app: 'a' } },
        spec: {
          initContainers: [
            { name: 'init', ports: [{ containerPort: 1, name: 'init' }] },
            { name: 'sidecar', restartPolicy: 'Always', ports: [{ containerPort: 15090, name: 'envoy' }] },
          ],
          containers: [
            {
              name: 'c',
              ports: [
                { containerPort: 8080, name: 'http' },
                { containerPort: 53, protocol: 'UDP' },
              ],
            },
          ],
        },
        status: { podIP: '10.0.0.1', podIPs: [{ ip: '10.0.0.1' }, { ip: 'fd00::1' }] },
      },
      { kind: 'Service', metadata: { name: 's' } },
      { kind: 'Pod', metadata: { namespace: 'prod' } },
      {
        kind: 'Pod',
        metadata: { name: 'job-1', namespace: 'prod' },
        status: { phase: 'Succeeded', podIP: '10.0.0.9' },
      },
    ]);
    expect(cluster.namespaces).toEqual([
      { name: 'prod', labels: { env: 'prod', 'kubernetes.io/metadata.name': 'prod' } },
      { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } },
    ]);
    expect(cluster.pods).toEqual([
      {
        namespace: 'default',
        name: 'p',
        labels: { app: 'a' },
        ips: ['10.0.0.1', 'fd00::1'],
        ports: [
          { name: 'envoy', containerPort: 15090, protocol: 'TCP' },
          { name: 'http', containerPort: 8080, protocol: 'TCP' },
          { containerPort: 53, protocol: 'UDP' },
        ],
      },
    ]);
    expect(notes).toEqual([
      'ignored Service s',
      'skipped a Pod without metadata.name in namespace prod',
      'skipped Pod prod/job-1 in phase Succeeded',
      'namespace default is not listed; assuming only its kubernetes.io/metadata.name label',
    ]);
  });

  it('flattens nested lists and skips nulls', () => {
    expect(
      flattenObjects([{ kind: 'List', items: [{ kind: 'PodList', items: [{ a: 1 }] }, null] }, undefined]),
    ).toEqual([{ a: 1 }]);
  });

  it('notes host-network pods, whose policy behaviour upstream leaves undefined', () => {
    const { cluster, notes } = buildCluster([
      { kind: 'Pod', metadata: { name: 'h', namespace: 'kube-system' }, spec: { hostNetwork: true } },
      { kind: 'Pod', metadata: { name: 'p', namespace: 'kube-system' }, spec: { hostNetwork: false } },
    ]);
    expect(cluster.pods).toHaveLength(2);
    expect(notes.filter((n) => n.includes('hostNetwork'))).toEqual([
      'Pod kube-system/h uses hostNetwork: NetworkPolicy behaviour for it is undefined (most network plugins do not apply policies to it); it is simulated like any other pod',
    ]);
  });
});
