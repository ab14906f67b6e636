// @vitest-environment happy-dom
// The cluster bar: the server's selected cluster and namespace on load, its URL, the connection
// state from /clusters/{name}/version, and a switch that drops every other cluster's cached data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEMO_CLUSTER, getClusterSelection, setClusterSelection } from '../../../lib/current-cluster';
import { ClusterBar } from './cluster-bar';

const CLUSTERS = {
  kind: 'ClusterList',
  current: 'prod',
  items: [
    {
      name: 'demo',
      kind: 'demo',
      server: null,
      namespace: 'default',
      current: false,
      authKind: 'none',
      insecureSkipTLSVerify: false,
    },
    {
      name: 'prod',
      kind: 'kubeconfig',
      server: 'https://prod.example:6443',
      namespace: 'shop',
      current: true,
      authKind: 'token',
      insecureSkipTLSVerify: false,
    },
  ],
};

function json(code: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status: code, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setClusterSelection({ cluster: DEMO_CLUSTER, namespace: undefined });
  sessionStorage.clear();
});

describe('ClusterBar', () => {
  it('starts on the server selected cluster, says a 401, and switching resets cached data', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      if (url === '/clusters') return json(200, CLUSTERS);
      if (url === '/clusters/prod/version')
        return json(401, {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'Unauthorized',
          code: 401,
          message: 'token expired',
        });
      if (url === '/clusters/demo/version') return json(200, { major: '1', minor: '33', gitVersion: 'v1.33.0' });
      if (url.endsWith('/api/v1/namespaces'))
        return json(200, { items: [{ metadata: { name: 'default' } }, { metadata: { name: 'shop' } }] });
      return json(404, {});
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['networkpolicies', 'list', 'shop'], { items: ['from prod'] });
    render(
      <QueryClientProvider client={client}>
        <ClusterBar />
      </QueryClientProvider>,
    );

    const state = await screen.findByText('Credentials rejected (401): token expired');
    expect(state.getAttribute('role')).toBe('status');
    expect(getClusterSelection()).toEqual({ cluster: 'prod', namespace: 'shop' });
    expect((screen.getByLabelText('Cluster') as HTMLSelectElement).value).toBe('prod');
    await waitFor(() => expect((screen.getByLabelText('Namespace in use') as HTMLSelectElement).value).toBe('shop'));
    expect(screen.getByTestId('cluster-server').textContent).toBe('https://prod.example:6443');
    expect(urls).toContain('/clusters/prod/api/v1/namespaces');

    fireEvent.change(screen.getByLabelText('Cluster'), { target: { value: 'demo' } });
    expect(await screen.findByText('Connected (v1.33)')).toBeTruthy();
    expect(getClusterSelection()).toEqual({ cluster: 'demo', namespace: 'default' });
    expect(screen.getByTestId('cluster-server').textContent).toBe('this server (built-in demo cluster)');
    expect(client.getQueryData(['networkpolicies', 'list', 'shop'])).toBeUndefined();
    expect(client.getQueryData(['clusters', 'list'])).toEqual(CLUSTERS);
    // Kept for a reload of the tab.
    expect(JSON.parse(sessionStorage.getItem('netpol.clusters.session') ?? '{}')).toEqual({
      cluster: 'demo',
      namespace: 'default',
    });
  });

  it('says an unreachable cluster with the bridge message', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (url === '/clusters') return json(200, CLUSTERS);
      if (url === '/clusters/prod/version')
        return json(502, {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'ServiceUnavailable',
          code: 502,
          message: 'Could not reach cluster "prod" at https://prod.example:6443: connect ECONNREFUSED',
        });
      return json(403, {
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        reason: 'Forbidden',
        code: 403,
        message: 'no',
      });
    });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <ClusterBar />
      </QueryClientProvider>,
    );
    expect(
      await screen.findByText(
        'Unreachable: Could not reach cluster "prod" at https://prod.example:6443: connect ECONNREFUSED',
      ),
    ).toBeTruthy();
    // Namespaces not listable: the namespace is a text field instead.
    await waitFor(() => expect((screen.getByLabelText('Namespace in use') as HTMLInputElement).value).toBe('shop'));
  });
});
