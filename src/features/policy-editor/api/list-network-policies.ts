// GET .../namespaces/{namespace}/networkpolicies: the list a successful create invalidates.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { NetworkPolicyList } from '../../../k8s/networking/types';
import { createNetworkPolicyPath } from './create-network-policy';
import { networkPolicyKeys } from './keys';

export async function listNetworkPolicies(namespace: string, signal?: AbortSignal): Promise<NetworkPolicyList> {
  const res = await apiRequest<NetworkPolicyList>(
    createNetworkPolicyPath(namespace),
    signal === undefined ? {} : { signal },
  );
  return res.body ?? { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicyList', metadata: {}, items: [] };
}

export const networkPoliciesQueryOptions = (namespace: string) =>
  queryOptions({
    queryKey: networkPolicyKeys.list(namespace),
    queryFn: ({ signal }) => listNetworkPolicies(namespace, signal),
  });

export const useNetworkPolicies = (namespace: string) => useQuery(networkPoliciesQueryOptions(namespace));
