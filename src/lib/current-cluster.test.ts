// The selection store and the per-cluster path prefix the transport applies.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEMO_CLUSTER,
  clusterPath,
  getClusterSelection,
  setClusterSelection,
  subscribeClusterSelection,
} from './current-cluster';

afterEach(() => setClusterSelection({ cluster: DEMO_CLUSTER, namespace: undefined }));

describe('clusterPath', () => {
  it('leaves the demo cluster at the root', () => {
    expect(clusterPath('/apis/networking.k8s.io/v1/namespaces/default/networkpolicies', 'demo')).toBe(
      '/apis/networking.k8s.io/v1/namespaces/default/networkpolicies',
    );
  });
  it('prefixes Kubernetes paths with the encoded cluster name', () => {
    expect(clusterPath('/api/v1/namespaces', 'prod')).toBe('/clusters/prod/api/v1/namespaces');
    expect(clusterPath('/version', 'a b/c')).toBe('/clusters/a%20b%2Fc/version');
    expect(clusterPath('/apis', 'prod')).toBe('/clusters/prod/apis');
  });
  it('never prefixes non-API paths', () => {
    expect(clusterPath('/clusters', 'prod')).toBe('/clusters');
    expect(clusterPath('/clusters/x/version', 'prod')).toBe('/clusters/x/version');
    expect(clusterPath('/apiary', 'prod')).toBe('/apiary');
    expect(clusterPath('/index.html', 'prod')).toBe('/index.html');
  });
  it('uses the current selection by default', () => {
    setClusterSelection({ cluster: 'remote', namespace: 'default' });
    expect(clusterPath('/api/v1/pods')).toBe('/clusters/remote/api/v1/pods');
  });
});

describe('selection store', () => {
  it('notifies on change only', () => {
    const seen: string[] = [];
    const off = subscribeClusterSelection((s) => seen.push(`${s.cluster}/${s.namespace ?? ''}`));
    setClusterSelection({ cluster: 'remote', namespace: 'default' });
    setClusterSelection({ cluster: 'remote', namespace: 'default' });
    setClusterSelection({ cluster: 'remote', namespace: 'shop' });
    off();
    setClusterSelection({ cluster: 'demo', namespace: undefined });
    expect(seen).toEqual(['remote/default', 'remote/shop']);
    expect(getClusterSelection().cluster).toBe('demo');
  });
});
