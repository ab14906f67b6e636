// @vitest-environment happy-dom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiStatusError } from '../../../lib/api-client';
import { useCreateNetworkPolicy } from './create-network-policy';
import { networkPolicyKeys } from './keys';

afterEach(() => vi.unstubAllGlobals());

function setup() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

describe('useCreateNetworkPolicy', () => {
  it('POSTs to the draft namespace and invalidates that namespace list on success', async () => {
    const calls: { url: string; method: string | undefined }[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      calls.push({ url, method: init?.method });
      return new Response('{"kind":"NetworkPolicy"}', { status: 201 });
    });
    const { client, wrapper } = setup();
    client.setQueryData(networkPolicyKeys.list('prod'), { items: [] });
    client.setQueryData(networkPolicyKeys.list('other'), { items: [] });
    const { result } = renderHook(() => useCreateNetworkPolicy(), { wrapper });
    await act(() =>
      result.current.mutateAsync({
        policy: { metadata: { name: 'a', namespace: 'prod' } },
        dryRun: true,
        pretty: false,
      }),
    );
    expect(calls).toEqual([
      { url: '/apis/networking.k8s.io/v1/namespaces/prod/networkpolicies?dryRun=All&pretty=false', method: 'POST' },
    ]);
    await waitFor(() => expect(client.getQueryState(networkPolicyKeys.list('prod'))?.isInvalidated).toBe(true));
    expect(client.getQueryState(networkPolicyKeys.list('other'))?.isInvalidated).toBe(false);
  });

  it('rejects with the typed Status error and invalidates nothing', async () => {
    const status = { kind: 'Status', apiVersion: 'v1', metadata: {}, reason: 'AlreadyExists', code: 409 };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(status), { status: 409 }));
    const { client, wrapper } = setup();
    client.setQueryData(networkPolicyKeys.list('default'), { items: [] });
    const { result } = renderHook(() => useCreateNetworkPolicy(), { wrapper });
    let err: unknown;
    await act(async () => {
      err = await result.current.mutateAsync({ policy: {}, dryRun: false, pretty: true }).catch((e: unknown) => e);
    });
    expect(err).toBeInstanceOf(ApiStatusError);
    expect((err as ApiStatusError).status?.reason).toBe('AlreadyExists');
    expect(client.getQueryState(networkPolicyKeys.list('default'))?.isInvalidated).toBe(false);
  });
});
