// @vitest-environment happy-dom
// The policy list on a fake cluster: rows with pod counts and rule counts, Open in editor (server
// fields stripped, the opened policy remembered), Delete only after typing the name, 401 said.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { DEMO_CLUSTER, setClusterSelection } from '../../../lib/current-cluster';
import { getOpenedPolicy, setOpenedPolicy } from '../model/opened-policy';
import { ClusterPolicies } from './policy-list';

const WEB: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: {
    name: 'web',
    namespace: 'shop',
    resourceVersion: '7',
    uid: 'u',
    creationTimestamp: new Date().toISOString(),
  },
  spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{}, {}] },
};
const PODS = {
  items: [
    { metadata: { namespace: 'shop', name: 'a', labels: { app: 'web' } } },
    { metadata: { namespace: 'shop', name: 'b', labels: { app: 'web' } } },
    { metadata: { namespace: 'shop', name: 'c', labels: { app: 'db' } } },
  ],
};

function json(code: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status: code, headers: { 'content-type': 'application/json' } });
}

function renderList(onOpen = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ClusterPolicies hasChanges={() => false} onOpen={onOpen} />
    </QueryClientProvider>,
  );
  return onOpen;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setOpenedPolicy(undefined);
  setClusterSelection({ cluster: DEMO_CLUSTER, namespace: undefined });
});

describe('ClusterPolicies', () => {
  it('lists, opens and deletes after the name is typed', async () => {
    const calls: string[] = [];
    let deleted = false;
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      if (url.endsWith('/pods')) return json(200, PODS);
      if (init?.method === 'DELETE') {
        deleted = true;
        return json(200, { kind: 'Status', status: 'Success' });
      }
      return json(200, { items: deleted ? [] : [WEB] });
    });
    setClusterSelection({ cluster: 'prod', namespace: 'shop' });
    const onOpen = renderList();

    const region = await screen.findByRole('region', { name: 'Policies in shop' });
    const row = await within(region).findByRole('row', { name: /web/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '2 pods',
      '2 rules',
      'not isolated',
      '0s',
      'Open in editorDelete',
    ]);
    expect(calls).toContain('GET /clusters/prod/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies');

    fireEvent.click(within(row).getByRole('button', { name: 'Open in editor' }));
    expect((onOpen.mock.calls[0]?.[0] as NetworkPolicy).metadata).toEqual({ name: 'web', namespace: 'shop' });
    expect(getOpenedPolicy()).toEqual({ cluster: 'prod', namespace: 'shop', name: 'web', resourceVersion: '7' });

    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete NetworkPolicy web?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/to confirm/), { target: { value: 'we' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/to confirm/), { target: { value: 'web' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toContain('DELETE /clusters/prod/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies/web');
    expect(getOpenedPolicy()).toBeUndefined();
    expect(await within(region).findByText('No NetworkPolicies in shop.')).toBeTruthy();
  });

  it('says a 401 with the server message', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('/pods')
        ? json(403, {
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'Forbidden',
            code: 403,
            message: 'no pods',
          })
        : json(401, {
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'Unauthorized',
            code: 401,
            message: 'token expired',
          }),
    );
    setClusterSelection({ cluster: 'prod', namespace: 'shop' });
    renderList();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not list the policies: Credentials rejected (401): token expired',
    );
  });

  it('shows the selector instead of a pod count when the pods cannot be read', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('/pods')
        ? json(403, {
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'Forbidden',
            code: 403,
            message: 'no',
          })
        : json(200, { items: [WEB] }),
    );
    setClusterSelection({ cluster: 'prod', namespace: 'shop' });
    renderList();
    const region = await screen.findByRole('region', { name: 'Policies in shop' });
    await waitFor(() => expect(region.textContent).toContain('The pods cannot be read'));
    const row = within(region).getByRole('row', { name: /web/ });
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe('app=web');
  });
});
