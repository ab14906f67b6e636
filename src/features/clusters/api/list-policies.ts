// GET .../namespaces/{namespace}/networkpolicies of one cluster: the policy list's rows.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listNetworkPolicies } from '../../../lib/k8s-api/network-policies';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { clusterKeys } from './keys';

export async function listPolicies(cluster: string, namespace: string, signal?: AbortSignal): Promise<NetworkPolicy[]> {
  const items = await listNetworkPolicies({ cluster, namespace }, signal);
  return [...items].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
}

export const policiesQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: clusterKeys.policies(cluster, namespace),
    queryFn: ({ signal }) => listPolicies(cluster, namespace, signal),
    retry: false,
  });

export const usePolicies = (cluster: string, namespace: string) => useQuery(policiesQueryOptions(cluster, namespace));
