// GET .../namespaces/{namespace}/networkpolicies of one cluster: the policy list's rows.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { NetworkPolicy, NetworkPolicyList } from '../../../k8s/networking/types';
import { clusterKeys } from './keys';
import { policiesPath } from './paths';

export async function listPolicies(cluster: string, namespace: string, signal?: AbortSignal): Promise<NetworkPolicy[]> {
  const res = await apiRequest<NetworkPolicyList>(
    policiesPath(cluster, namespace),
    signal === undefined ? {} : { signal },
  );
  const items = Array.isArray(res.body?.items) ? res.body.items : [];
  return [...items].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
}

export const policiesQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: clusterKeys.policies(cluster, namespace),
    queryFn: ({ signal }) => listPolicies(cluster, namespace, signal),
    retry: false,
  });

export const usePolicies = (cluster: string, namespace: string) => useQuery(policiesQueryOptions(cluster, namespace));
