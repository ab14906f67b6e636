// @vitest-environment happy-dom
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { PolicyReviewPanel } from './policy-review-panel';

const NAMESPACES = {
  items: [{ metadata: { name: 'default' } }, { metadata: { name: 'shop', labels: { team: 'storefront' } } }],
};
const pod = (namespace: string, name: string, labels: Record<string, string>, ip: string) => ({
  metadata: { namespace, name, labels },
  spec: { containers: [{ name: 'c', ports: [{ name: 'http', containerPort: 8080 }] }] },
  status: { podIP: ip },
});
const PODS = {
  items: [
    pod('default', 'debug', { run: 'debug' }, '10.0.0.5'),
    pod('shop', 'frontend', { app: 'frontend' }, '10.0.1.1'),
    pod('shop', 'cart', { app: 'cart' }, '10.0.1.2'),
  ],
};
const POLICIES = { items: [] };

const draft = (spec: NetworkPolicy['spec']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'cart-lockdown', namespace: 'shop' },
  spec,
});

beforeEach(() => {
  vi.stubGlobal('Worker', undefined);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = url.includes('/pods') ? PODS : url.includes('networkpolicies') ? POLICIES : NAMESPACES;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel(
  policy: NetworkPolicy,
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
) {
  const ui = (p: NetworkPolicy) => (
    <QueryClientProvider client={client}>
      <PolicyReviewPanel policy={p} />
    </QueryClientProvider>
  );
  const r = render(ui(policy));
  return { rerender: (p: NetworkPolicy) => r.rerender(ui(p)) };
}

describe('PolicyReviewPanel', () => {
  it('explains the draft and follows it live', () => {
    const { rerender } = renderPanel(draft({ podSelector: { matchLabels: { app: 'cart' } } }));
    const panel = screen.getByRole('tabpanel', { name: 'Explanation' });
    expect(panel.textContent).toContain('shop/cart-lockdown selects pods in namespace "shop" labelled app=cart.');
    expect(panel.textContent).toContain('Selected pods are isolated for ingress; nothing is allowed.');
    rerender(
      draft({
        podSelector: { matchLabels: { app: 'cart' } },
        ingress: [
          { from: [{ podSelector: { matchLabels: { app: 'frontend' } } }, { ipBlock: { cidr: '192.168.0.0/16' } }] },
        ],
      }),
    );
    expect(panel.textContent).toContain('2 peers, ORed');
    expect(panel.textContent).toContain('from pods labelled app=frontend');
  });

  it('counts affected pods from the cluster and lists them', async () => {
    renderPanel(
      draft({ podSelector: { matchLabels: { app: 'cart' } }, ingress: [{ from: [{ namespaceSelector: {} }] }] }),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Affected pods' }));
    const selected = await screen.findByRole('listitem', { name: /^Selected pods: / });
    expect(selected.getAttribute('aria-label')).toBe('Selected pods: matches 1 of 2 pods in namespace "shop"');
    const peer = screen.getByRole('listitem', { name: /^Ingress rule 1, peer 1: / });
    expect(peer.getAttribute('aria-label')).toBe('Ingress rule 1, peer 1: matches 3 of 3 pods in the cluster');
    expect(within(selected).getByRole('list', { name: 'Pods matched by spec.podSelector' }).textContent).toContain(
      'shop/cart',
    );
  });

  it("refetches the cluster's policies after a successful write (the editor's Create)", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderPanel(draft({ podSelector: {} }), client);
    const policyCalls = () =>
      vi.mocked(fetch).mock.calls.filter(([url]) => String(url).includes('networkpolicies')).length;
    await vi.waitFor(() => expect(policyCalls()).toBe(1));
    await act(async () => {
      await client
        .getMutationCache()
        .build(client, { mutationFn: async () => 'created' })
        .execute(undefined);
    });
    await vi.waitFor(() => expect(policyCalls()).toBe(2));
  });

  it('draws the diagram with a text alternative', () => {
    renderPanel(draft({ podSelector: {}, ingress: [{ ports: [{ port: 8080 }] }] }));
    fireEvent.click(screen.getByRole('tab', { name: 'Diagram' }));
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain(
      'Ingress rule 1: from everyone to the selected pods on port 8080/TCP.',
    );
  });

  it('simulates traffic: a denied cell, its reasons, and the flip when the draft allows it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { rerender } = renderPanel(draft({ podSelector: { matchLabels: { app: 'cart' } } }));
      fireEvent.click(screen.getByRole('tab', { name: 'Traffic simulation' }));
      const cell = await screen.findByRole('button', { name: 'shop/frontend to shop/cart: denied (was allowed)' });
      fireEvent.click(cell);
      const why = screen.getByRole('region', { name: 'Why' });
      expect(why.textContent).toContain('isolated for ingress by shop/cart-lockdown (the draft)');
      rerender(draft({ podSelector: { matchLabels: { app: 'cart' } }, ingress: [{}] }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(500);
      });
      expect(
        await screen.findByRole('button', { name: 'shop/frontend to shop/cart: allowed (unchanged)' }),
      ).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists what the cluster model cannot simulate faithfully, such as host-network pods', async () => {
    const hostPod = { ...pod('default', 'node-agent', {}, '172.18.0.11'), spec: { hostNetwork: true, containers: [] } };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const body = url.includes('/pods')
          ? { items: [...PODS.items, hostPod] }
          : url.includes('networkpolicies')
            ? POLICIES
            : NAMESPACES;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      }),
    );
    renderPanel(draft({ podSelector: {} }));
    fireEvent.click(screen.getByRole('tab', { name: 'Traffic simulation' }));
    const notes = await screen.findByRole('list', { name: "Notes about the cluster's pods" });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Pod default/node-agent uses hostNetwork: NetworkPolicy behaviour for it is undefined (most network plugins do not apply policies to it); it is simulated like any other pod',
    ]);
  });
});
