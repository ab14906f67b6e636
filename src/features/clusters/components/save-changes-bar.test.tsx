// @vitest-environment happy-dom
// Save changes against a stateful fake API server: 200, then a 409 explained with Overwrite
// (re-PUT with the server's resourceVersion) and Reload from server (the draft replaced).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { DEMO_CLUSTER, setClusterSelection } from '../../../lib/current-cluster';
import { setOpenedPolicy } from '../model/opened-policy';
import { SaveChangesBar } from './save-changes-bar';

interface Stored {
  rv: number;
  obj: NetworkPolicy;
}

function fakeServer(stored: Stored) {
  const puts: { url: string; rv: unknown }[] = [];
  const fetchFn = async (url: string, init?: RequestInit) => {
    const json = (code: number, body: unknown) =>
      new Response(JSON.stringify(body), { status: code, headers: { 'content-type': 'application/json' } });
    if (init?.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as NetworkPolicy;
      puts.push({ url, rv: body.metadata?.resourceVersion });
      if (body.metadata?.resourceVersion !== String(stored.rv)) {
        return json(409, {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'Conflict',
          code: 409,
          message:
            'Operation cannot be fulfilled on networkpolicies.networking.k8s.io "web": the object has been modified; please apply your changes to the latest version and try again',
        });
      }
      stored.rv += 1;
      stored.obj = { ...body, metadata: { ...body.metadata, resourceVersion: String(stored.rv) } };
      return json(200, stored.obj);
    }
    return json(200, { ...stored.obj, metadata: { ...stored.obj.metadata, resourceVersion: String(stored.rv) } });
  };
  return { puts, fetchFn };
}

const draft: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'web', namespace: 'shop', labels: { mine: 'yes' } },
  spec: { podSelector: {} },
};

function renderBar(onReplace = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false }, queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SaveChangesBar policy={draft} onReplace={onReplace} blocked={false} />
    </QueryClientProvider>,
  );
  return onReplace;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setOpenedPolicy(undefined);
  setClusterSelection({ cluster: DEMO_CLUSTER, namespace: undefined });
});

describe('SaveChangesBar', () => {
  it('is hidden unless the draft was opened from the selected cluster', () => {
    setClusterSelection({ cluster: 'prod', namespace: 'shop' });
    setOpenedPolicy({ cluster: 'other', namespace: 'shop', name: 'web', resourceVersion: '1' });
    renderBar();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('saves, then explains a conflict and overwrites knowingly', async () => {
    const stored: Stored = { rv: 5, obj: { ...draft, metadata: { name: 'web', namespace: 'shop' } } };
    const server = fakeServer(stored);
    vi.stubGlobal('fetch', server.fetchFn);
    setClusterSelection({ cluster: 'prod', namespace: 'shop' });
    setOpenedPolicy({ cluster: 'prod', namespace: 'shop', name: 'web', resourceVersion: '5' });
    renderBar();

    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Saved \(200 OK\): shop\/web is now at resourceVersion 6/)).toBeTruthy();
    expect(server.puts).toEqual([
      { url: '/clusters/prod/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies/web', rv: '5' },
    ]);

    stored.rv = 9; // someone else wrote it
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Conflict (409)');
    expect(alert.textContent).toContain('changed on the server since you opened it');
    expect(alert.textContent).toContain('the object has been modified');
    expect((screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Overwrite' }));
    expect(await screen.findByText(/Saved \(200 OK\): shop\/web is now at resourceVersion 10/)).toBeTruthy();
    expect(server.puts.map((p) => p.rv)).toEqual(['5', '6', '9']);
    expect(stored.obj.metadata?.labels).toEqual({ mine: 'yes' });
  });

  it('reloads from the server after a conflict, replacing the draft', async () => {
    const stored: Stored = {
      rv: 3,
      obj: { ...draft, metadata: { name: 'web', namespace: 'shop', labels: { theirs: '1' } } },
    };
    vi.stubGlobal('fetch', fakeServer(stored).fetchFn);
    setClusterSelection({ cluster: 'prod', namespace: 'shop' });
    setOpenedPolicy({ cluster: 'prod', namespace: 'shop', name: 'web', resourceVersion: '2' });
    const onReplace = renderBar();

    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reload from server' }));
    expect(await screen.findByText(/Reloaded shop\/web from the server \(resourceVersion 3\)/)).toBeTruthy();
    const replaced = onReplace.mock.calls[0]?.[0] as NetworkPolicy;
    expect(replaced.metadata).toEqual({ name: 'web', namespace: 'shop', labels: { theirs: '1' } });
    await waitFor(() => expect(screen.getByText(/resourceVersion 3\)$/)).toBeTruthy());
  });

  it('says a 403 with the server message', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'Forbidden',
            code: 403,
            message: 'nope',
          }),
          { status: 403 },
        ),
    );
    setClusterSelection({ cluster: 'prod', namespace: 'shop' });
    setOpenedPolicy({ cluster: 'prod', namespace: 'shop', name: 'web', resourceVersion: '2' });
    renderBar();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save shop/web: Forbidden (403): nope');
  });
});
