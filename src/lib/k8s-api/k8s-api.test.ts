// The shared list fetchers: the paths for every scope (named cluster, selected cluster, one or all
// namespaces), names sorted without blanks or repeats, kinds restored only where asked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CLUSTER, setClusterSelection } from '../current-cluster';
import { withKind } from './list';
import { listNamespaceNames, listNamespaces, namespacesPath } from './namespaces';
import { listNetworkPolicies, networkPoliciesPath } from './network-policies';
import { listPods, podsPath } from './pods';

function serve(body: unknown): string[] {
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return urls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setClusterSelection({ cluster: DEMO_CLUSTER, namespace: undefined });
});

describe('paths', () => {
  it('name the cluster only when asked, and encode the namespace', () => {
    expect(namespacesPath()).toBe('/api/v1/namespaces');
    expect(namespacesPath('prod eu')).toBe('/clusters/prod%20eu/api/v1/namespaces');
    expect(namespacesPath(DEMO_CLUSTER)).toBe('/api/v1/namespaces');
    expect(podsPath({})).toBe('/api/v1/pods');
    expect(podsPath({ cluster: 'c1', namespace: 'a/b' })).toBe('/clusters/c1/api/v1/namespaces/a%2Fb/pods');
    expect(networkPoliciesPath({})).toBe('/apis/networking.k8s.io/v1/networkpolicies');
    expect(networkPoliciesPath({ namespace: 'shop' })).toBe(
      '/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies',
    );
    expect(networkPoliciesPath({ cluster: 'c1', namespace: 'shop' })).toBe(
      '/clusters/c1/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies',
    );
  });

  it('without a cluster, the transport routes to the cluster selected at request time', async () => {
    const urls = serve({ items: [] });
    setClusterSelection({ cluster: 'c2', namespace: undefined });
    await listPods({});
    await listPods({ cluster: 'c1', namespace: 'x' });
    expect(urls).toEqual(['/clusters/c2/api/v1/pods', '/clusters/c1/api/v1/namespaces/x/pods']);
  });
});

describe('list fetchers', () => {
  it('listNamespaceNames sorts and drops blanks and repeats', async () => {
    serve({
      items: [{ metadata: { name: 'b' } }, { metadata: {} }, { metadata: { name: 'a' } }, { metadata: { name: 'b' } }],
    });
    expect(await listNamespaceNames('c1')).toEqual(['a', 'b']);
  });

  it('listNamespaces restores the kind; pods and policies come back as sent', async () => {
    serve({ items: [{ metadata: { name: 'a' } }] });
    expect(await listNamespaces()).toEqual([{ kind: 'Namespace', metadata: { name: 'a' } }]);
    expect(await listPods({})).toEqual([{ metadata: { name: 'a' } }]);
    expect(await listNetworkPolicies({ namespace: 'a' })).toEqual([{ metadata: { name: 'a' } }]);
  });

  it('a body without items is an empty list', async () => {
    serve({ kind: 'PodList' });
    expect(await listPods({ namespace: 'a' })).toEqual([]);
  });

  it('withKind keeps a kind already there and drops non-objects', () => {
    expect(withKind([{ kind: 'X' }, null, 3, [], { a: 1 }], 'Pod')).toEqual([{ kind: 'X' }, { a: 1, kind: 'Pod' }]);
  });
});
