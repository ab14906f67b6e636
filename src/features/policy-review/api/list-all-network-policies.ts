// GET /apis/networking.k8s.io/v1/networkpolicies: the policies already in the cluster, all namespaces.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { reviewKeys } from './keys';
import { itemsOf, type ObjectList } from './object-list';

export async function listAllNetworkPolicies(signal?: AbortSignal): Promise<NetworkPolicy[]> {
  const res = await apiRequest<ObjectList>(
    '/apis/networking.k8s.io/v1/networkpolicies',
    signal === undefined ? {} : { signal },
  );
  return itemsOf(res.body, 'NetworkPolicy') as NetworkPolicy[];
}

export const allNetworkPoliciesQueryOptions = () =>
  queryOptions({ queryKey: reviewKeys.networkPolicies(), queryFn: ({ signal }) => listAllNetworkPolicies(signal) });

export const useAllNetworkPolicies = () => useQuery(allNetworkPoliciesQueryOptions());
